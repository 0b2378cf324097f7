import App
import Foundation
import Vapor

@main
enum Entrypoint {
    static func main() async {
        // The reader's commands run before Vapor boots: they touch no database.
        switch CommandLine.arguments.dropFirst().first {
        case "extract": exit(ExtractCLI.run(Array(CommandLine.arguments.dropFirst(2))))
        case "text": exit(TextCLI.run(Array(CommandLine.arguments.dropFirst(2))))
        default: break
        }
        do {
            try await run()
        } catch {
            // Commands end here on bad input: one readable line, exit status 1.
            FileHandle.standardError.write(Data("Lỗi: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func run() async throws {
        var env = try Environment.detect()
        let subcommand = env.arguments.dropFirst().first
        // `demo --structure 2024|2025`: which structure the demo starts in; `serve` does not take the option.
        var structure = "2024"
        if subcommand == "demo", let index = env.arguments.firstIndex(of: "--structure"), index + 1 < env.arguments.count {
            structure = env.arguments[index + 1]
            env.arguments.removeSubrange(index...(index + 1))
        }
        try JSONLogHandler.bootstrap(environment: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app)
            if subcommand == "demo" {
                // `demo` = fill an embedded database if empty, then `serve` with the same options.
                try await Demo.prepare(app, structure: structure)
                app.environment.arguments = [env.arguments[0], "serve"] + env.arguments.dropFirst(2)
            }
            try await app.execute()
            // On SIGTERM Vapor closes its databases before its HTTP server, so a request still running then crashed on
            // `Request.db`. Closing the server first lets such requests finish (it waits up to its shutdown timeout);
            // the later close by Vapor finds nothing left to do. Whenever a server ran: `serve`, `demo`, or no
            // subcommand (Vapor's default is `serve`).
            if app.running != nil { await app.server.shutdown() }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
