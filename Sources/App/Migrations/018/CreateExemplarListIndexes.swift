import Fluent
import SQLKit

/// The "Dân vận khéo" registry at 50,000 models: a subtree's list, its total and its counts read the per-unit index
/// `(unit_id, year, field, status, level, id)` alone; the national list walks `(year, id)` in its order; the national
/// counts read `(field, status, level)` in their grouping order (a year's counts `(year, field, status, level)`) instead
/// of every model (SQLite: 27 → 4 ms for the nation).
struct CreateExemplarListIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX idx_exemplars_unit_list ON exemplars (unit_id, year, field, status, level, id)").run()
        try await sql.raw("CREATE INDEX idx_exemplars_year_id ON exemplars (year, id)").run()
        try await sql.raw("CREATE INDEX idx_exemplars_counts ON exemplars (year, field, status, level)").run()
        try await sql.raw("CREATE INDEX idx_exemplars_groups ON exemplars (field, status, level)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for name in ["idx_exemplars_groups", "idx_exemplars_counts", "idx_exemplars_year_id", "idx_exemplars_unit_list"] {
            try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: name)").run()
        }
    }
}
