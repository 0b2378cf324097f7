import Fluent
import SQLKit

/// PostgreSQL checks a foreign key row by row: opening the national round (1,069,800 lines in one `INSERT … SELECT`)
/// spent most of its remaining time checking each new line's sheet (issue 15, "Scale", after migration 029 dropped the
/// criterion's check). The opening inserts the lines from the round's own sheets in the same statement's transaction, so
/// the reference holds when written; what the check also carried is its cascade, and no code deletes a sheet or a round
/// (sheets live as long as their round, rounds are never deleted). Whoever adds such a delete must delete the sheets'
/// lines (and, through them, their evidence, objections and record links) explicitly in the same transaction.
/// SQLite keeps the check (dropping a constraint there rebuilds the table; its opening is fast enough).
struct DropScoringLineSheetCheck: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("ALTER TABLE scoring_lines DROP CONSTRAINT IF EXISTS scoring_lines_sheet_id_fkey").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw(
            """
            ALTER TABLE scoring_lines ADD CONSTRAINT scoring_lines_sheet_id_fkey \
            FOREIGN KEY (sheet_id) REFERENCES scoring_sheets (id) ON DELETE CASCADE
            """
        ).run()
    }
}
