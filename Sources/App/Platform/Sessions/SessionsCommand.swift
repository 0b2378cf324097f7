import Vapor

/// `danvan sessions cleanup`: deletes expired sessions. Safe from cron on every server at once: one DELETE of rows
/// that nobody can use any more, so two runs at the same time only find less to do.
struct SessionsCommandGroup: AsyncCommandGroup {
    var help: String { "Phiên đăng nhập (sessions)" }
    var commands: [String: any AnyAsyncCommand] { ["cleanup": SessionCleanupCommand()] }
}

struct SessionCleanupCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Xóa các phiên đăng nhập đã hết hạn (chạy bằng cron)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let removed = try await SessionRow.deleteExpired(at: app.clock.now, app.config, on: app.db)
        context.console.print("Đã xóa \(removed) phiên đăng nhập hết hạn.")
    }
}
