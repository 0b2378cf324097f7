import Fluent
import SQLKit

/// Each finalised sheet's points per criterion group (issue 15, "Scale"): written in the same transaction as the sheet's
/// final total, so the results page sums a few rows per sheet instead of every line of the round. `self_points` is the
/// unit's own score of the group (self, else computed), `final_points` the score that counts (appraised, else self, else
/// computed) — the same sums as `ScoreCalculator`'s groups. Rows exist only for finalised sheets; `round_id` is repeated
/// so the round's group totals read the index `(round_id, group_code, final_points)` alone.
///
/// The backfill is its own SQL (never the live feature code): regular lines (role `thuong_xuyen`) with a group, summed per
/// finalised sheet and group.
struct CreateScoringSheetGroups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scoring_sheet_groups")
            .field(.id, .int, .identifier(auto: true))
            .field("sheet_id", .int, .required, .references("scoring_sheets", .id, onDelete: .cascade))
            .field("round_id", .int, .required)
            .field("group_code", .string, .required)
            .field("self_points", .int, .required)
            .field("final_points", .int, .required)
            .unique(on: "sheet_id", "group_code")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX idx_scoring_sheet_groups_round ON scoring_sheet_groups (round_id, group_code, final_points)").run()
        try await sql.raw(
            """
            INSERT INTO scoring_sheet_groups (sheet_id, round_id, group_code, self_points, final_points) \
            SELECT s.id, s.round_id, c.group_code, \
            CAST(SUM(COALESCE(l.self_points, l.computed_points, 0)) AS BIGINT), \
            CAST(SUM(COALESCE(l.appraised_points, l.self_points, l.computed_points, 0)) AS BIGINT) \
            FROM scoring_sheets s JOIN scoring_lines l ON l.sheet_id = s.id JOIN scoring_criteria c ON c.id = l.criterion_id \
            WHERE s.status = 'da_tham_dinh' AND c.group_code IS NOT NULL AND c.role = 'thuong_xuyen' \
            GROUP BY s.id, s.round_id, c.group_code
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("scoring_sheet_groups").delete()
    }
}
