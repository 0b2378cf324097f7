import Fluent
import SQLKit

/// Lists are always scoped to a subtree; an index on `due_on` alone led both databases to walk every assignment in date
/// order and probe units one by one (60 ms for a province on PostgreSQL, 6 ms without it: BENCHMARKS.md).
struct DropAssignmentDueOnIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX IF EXISTS idx_assignments_due_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.createIndex(on: "assignments", "due_on")
    }
}
