import App
import Vapor

@main
enum Entrypoint {
    static func main() async throws {
        if CommandLine.arguments.dropFirst().first == "extract" {  // plan reader CLI, before Vapor boots
            exit(ExtractCLI.run(Array(CommandLine.arguments.dropFirst(2))))
        }
        var env = try Environment.detect()
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app)
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
