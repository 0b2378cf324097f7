import Fluent
import SQLKit

/// The completeness grid counts a regime's requests per period by status: with every counted column in one index the
/// database reads the index alone (SQLite: 11 → 3 ms for Thanh Hóa's 9,552 monthly requests) instead of each row.
struct CreateReportRequestGridIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            """
            CREATE INDEX idx_report_requests_grid ON report_requests \
            (schedule_id, period_key, period_label, status, late, submitted_on, due_on, unit_id)
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS idx_report_requests_grid").run()
    }
}
