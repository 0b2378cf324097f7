import DanVanCore
import Fluent
import SQLKit

/// Each finalised sheet's rank within its group, kept on the sheet (`group_rank`, migration 029) by every writer of final
/// totals (finalising, answering an objection with new points, recomputing a round), in the same transaction, with
/// `ScoreRanking`'s rule: the results page then reads one page of rows in rank order.
enum ScoringRanks {
    struct SheetRow: Decodable {
        let id: Int
        let unit_group: String
        let status: String
        let final_total: Int?
        let ineligible: Bool
        let group_rank: Int?
    }

    /// Ranks the round's finalised sheets again and writes the ranks that changed (call inside the transaction that
    /// writes the totals). On PostgreSQL the round's row is locked first, so two finalisations at once rank in turn.
    static func store(roundID: Int, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT id FROM scoring_rounds WHERE id = \(bind: roundID) FOR UPDATE").run()
        }
        let sheets = try await sql.raw(
            """
            SELECT id, unit_group, status, final_total, ineligible, group_rank FROM scoring_sheets WHERE round_id = \(bind: roundID)
            """
        ).all(decoding: SheetRow.self)
        let ranks = self.ranks(sheets)
        let changed = sheets.filter { ranks[$0.id] != $0.group_rank }
        for start in stride(from: 0, to: changed.count, by: 500) {
            let batch = changed[start..<min(start + 500, changed.count)]
            let values: [SQLQueryString] = batch.map { "(\(bind: $0.id), \(bind: ranks[$0.id] ?? -1))" }
            try await sql.raw(
                """
                UPDATE scoring_sheets SET group_rank = CASE WHEN v.column2 < 0 THEN NULL ELSE v.column2 END \
                FROM (VALUES \(values.joined(separator: ", "))) AS v WHERE scoring_sheets.id = v.column1
                """
            ).run()
        }
    }

    /// Sheet id → rank in its group, for the finalised sheets with a final total (`ScoreRanking`; ineligible: none).
    static func ranks(_ sheets: [SheetRow]) -> [Int: Int] {
        ScoreRanking.ranks(
            sheets.compactMap { sheet in
                guard sheet.status == SheetStatus.finalised.rawValue, let total = sheet.final_total else { return nil }
                return .init(
                    id: sheet.id, group: ScoringGroup(rawValue: sheet.unit_group) ?? .agencies, total: Points(hundredths: total),
                    ineligible: sheet.ineligible)
            })
    }
}
