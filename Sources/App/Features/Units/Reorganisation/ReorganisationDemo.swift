import DanVanCore
import Fluent
import Vapor

/// `danvan demo --structure 2025`: the demo's 2024 units reorganised by the shipped conversion table on 01/07/2025,
/// once. The demo confirms the default agency mapping itself; an office reviews its own (README).
enum ReorganisationDemo {
    static func load(_ app: Application) async throws {
        guard try await UnitSuccession.query(on: app.db).count() == 0 else { return }
        app.logger.notice("Đang tổ chức lại đơn vị mẫu theo bảng chuyển đổi (hiệu lực 01/07/2025)…")
        var input = try UnitsReorganise.input(
            table: DataFiles.conversionTable, list: DataFiles.unitList(structure: "2025"), agencies: nil,
            effective: CivilDate(year: 2025, month: 7, day: 1)!)
        input.skipUnknownOldCodes = true
        let actor = Actor.commandLine(at: app.clock.now)
        let (preview, _) = try await UnitReorganisation.apply(input, actor: actor, dryRun: true, on: app.db)
        input.agencyMapping = preview.agencyGuesses.compactMap { guess in
            guess.newCode.map { AgencyMapping.Row(oldCode: guess.oldCode, newCode: $0, line: 0) }
        }
        let (_, summary) = try await UnitReorganisation.apply(input, actor: actor, dryRun: false, on: app.db)
        for line in summary.lines where !line.hasPrefix("    ") { app.logger.notice("\(line)") }
    }
}
