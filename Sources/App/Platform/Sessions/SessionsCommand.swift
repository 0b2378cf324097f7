import Vapor
import Views

/// `danvan sessions cleanup`: deletes expired sessions. Safe from cron on every server at once: one DELETE of rows
/// that nobody can use any more, so two runs at the same time only find less to do.
struct SessionsCommandGroup: AsyncCommandGroup {
    var help: String { L10n.Platform.phienDangNhapSessions }
    var commands: [String: any AnyAsyncCommand] { ["cleanup": SessionCleanupCommand()] }
}

struct SessionCleanupCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { L10n.Platform.xoaCacPhienDangNhapDa }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let removed = try await SessionRow.deleteExpired(at: app.clock.now, app.config, on: app.db)
        context.console.print(L10n.Platform.daXoaPhienDangNhapHet(removed))
    }
}
