import Fluent
import SQLKit

/// On PostgreSQL every foreign key is a per-row trigger with a row lock: the nation's calendar (325,000 requests) spent
/// 4 of its 6.7 s checking that `unit_id` and `receiver_unit_id` name units. Units are never deleted (they are closed,
/// keeping their history), so those two checks guard nothing; the regime's key stays (its ON DELETE CASCADE is used).
/// SQLite checks keys cheaply and cannot drop a constraint without rebuilding the table: it keeps them.
struct DropReportRequestUnitForeignKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw(
            """
            ALTER TABLE report_requests DROP CONSTRAINT IF EXISTS report_requests_unit_id_fkey, \
            DROP CONSTRAINT IF EXISTS report_requests_receiver_unit_id_fkey
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw(
            """
            ALTER TABLE report_requests ADD CONSTRAINT report_requests_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units(id), \
            ADD CONSTRAINT report_requests_receiver_unit_id_fkey FOREIGN KEY (receiver_unit_id) REFERENCES units(id)
            """
        ).run()
    }
}
