import Fluent
import SQLKit

/// The due-date lists, read per unit of a subtree:
/// - as for assignments (004), the index on `due_on` alone goes: with it PostgreSQL walked the country's overdue cases in
///   date order to fill a province's first page;
/// - the per-unit index also holds the id, so PostgreSQL picks a page's ids from the index alone before reading any case
///   (SQLite's indexes always hold the row id).
struct ReindexPetitionDueDates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX IF EXISTS idx_petitions_due_on").run()
        try await sql.raw("CREATE INDEX idx_petitions_unit_due ON petitions (unit_id, due_on, id)").run()
        try await sql.raw("DROP INDEX IF EXISTS idx_petitions_unit_id_due_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.createIndex(on: "petitions", "unit_id", "due_on")
        try await database.createIndex(on: "petitions", "due_on")
        try await (database as! any SQLDatabase).raw("DROP INDEX IF EXISTS idx_petitions_unit_due").run()
    }
}
