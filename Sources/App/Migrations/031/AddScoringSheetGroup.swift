import Fluent
import SQLKit

/// Each sheet's group (issue 15, "Scale"): `unit_group`, the group its unit belonged to when the round opened (`xa` for
/// a commune, `co_quan` for every other kind, the raw values of `ScoringGroup`), so a unit is ranked with the group it
/// was scored in even if a later reorganisation changes its kind, and the results page counts and pages a round's sheets
/// from `scoring_sheets` alone. The index `(round_id, unit_group, group_rank)` replaces `(round_id, group_rank)`: it
/// hands the results page its first rows in the default order (agencies then communes, by rank) without sorting the
/// whole round.
///
/// The backfill is its own SQL (never the live feature code): the group of each sheet's unit's kind today.
struct AddScoringSheetGroup: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scoring_sheets").field("unit_group", .string, .required, .sql(.default("co_quan"))).update()
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE scoring_sheets SET unit_group = 'xa' WHERE unit_id IN (SELECT id FROM units WHERE kind = 'xa')").run()
        try await sql.raw("DROP INDEX idx_scoring_sheets_round_rank").run()
        try await sql.raw("CREATE INDEX idx_scoring_sheets_round_group_rank ON scoring_sheets (round_id, unit_group, group_rank)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX idx_scoring_sheets_round_group_rank").run()
        try await sql.raw("CREATE INDEX idx_scoring_sheets_round_rank ON scoring_sheets (round_id, group_rank)").run()
        try await database.schema("scoring_sheets").deleteField("unit_group").update()
    }
}
