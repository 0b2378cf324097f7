import Fluent
import SQLKit

/// On PostgreSQL, `path LIKE '/26/%'` uses a B-tree index only with `text_pattern_ops` (unless the database's collation
/// is C). SQLite has no such operator class and scans its small units table either way, so the migration does nothing there.
struct CreateUnitPathPatternIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("CREATE INDEX idx_units_path_pattern ON units (path text_pattern_ops)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("DROP INDEX IF EXISTS idx_units_path_pattern").run()
    }
}
