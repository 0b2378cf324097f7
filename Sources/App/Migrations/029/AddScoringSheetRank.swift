import Fluent
import SQLKit

/// Each finalised sheet's rank within its group (issue 15, "Scale"): `group_rank`, kept beside the final total by every
/// writer of final totals (`ScoringRanks.store`, with `ScoreRanking`'s rule), so the results page reads one page of rows
/// in rank order instead of ranking every sheet of the round on each view. NULL for sheets not finalised and for
/// ineligible ones (not ranked). The index `(round_id, group_rank)` serves the page's order and the stored ranks' upkeep.
///
/// The backfill is its own SQL (never the live feature code): competition ranking (1, 2, 2, 4) of the finalised, eligible
/// sheets with a final total, per round and group (communes: unit kind `xa`; agencies: every other kind).
struct AddScoringSheetRank: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scoring_sheets").field("group_rank", .int).update()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX idx_scoring_sheets_round_rank ON scoring_sheets (round_id, group_rank)").run()
        try await sql.raw(
            """
            UPDATE scoring_sheets SET group_rank = r.position FROM (\
            SELECT s.id, RANK() OVER (PARTITION BY s.round_id, CASE WHEN u.kind = 'xa' THEN 1 ELSE 0 END ORDER BY s.final_total DESC) \
            AS position FROM scoring_sheets s JOIN units u ON u.id = s.unit_id \
            WHERE s.status = 'da_tham_dinh' AND s.ineligible = \(bind: false) AND s.final_total IS NOT NULL) AS r \
            WHERE scoring_sheets.id = r.id
            """
        ).run()
        // PostgreSQL checks a foreign key row by row: opening the national round (1,069,800 lines) spent a third of its
        // time checking each line's criterion. A line's criterion belongs to the round's set, which the opening froze in
        // the same transaction, and a frozen set's criteria are never changed nor removed (`ScoringSetStore.replaceTree`
        // refuses them, after waiting for an opening in progress on the set's row), so that reference cannot break; the
        // check on the line's sheet (and its cascade) stays.
        // SQLite keeps both (dropping a constraint there rebuilds the table; its opening is fast enough).
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE scoring_lines DROP CONSTRAINT IF EXISTS scoring_lines_criterion_id_fkey").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                "ALTER TABLE scoring_lines ADD CONSTRAINT scoring_lines_criterion_id_fkey FOREIGN KEY (criterion_id) REFERENCES scoring_criteria (id)"
            ).run()
        }
        try await sql.raw("DROP INDEX idx_scoring_sheets_round_rank").run()
        try await database.schema("scoring_sheets").deleteField("group_rank").update()
    }
}
