import Vapor
import Views

/// `danvan reindex-petitions`: finishes a petition index rebuild that a reorganisation left pending (the command was
/// stopped before its catch-up ended); with `--all`, rebuilds the index even when it is current.
struct PetitionReindexCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "all", help: "Rebuild even if no rebuild is pending")
        var all: Bool
    }

    var help: String { L10n.Petitions.dungLaiChiMucTimKiemDon }

    func run(using context: CommandContext, signature: Signature) async throws {
        let db = context.application.db
        if signature.all { try await PetitionSearchIndex.markStale(since: context.application.clock.now, on: db) }
        let rebuilt = try await PetitionSearchIndex.catchUp(on: db)
        context.console.print(rebuilt ? L10n.Petitions.daDungLaiChiMucTimKiemDon : L10n.Petitions.chiMucTimKiemDonDaDayDu)
    }
}
