import Fluent
import SQLKit

/// The work list counts and pages a subtree's assignments by due date and status: with those columns and the id in one
/// per-unit index, both statements read the index alone instead of each assignment of the province.
struct CreateAssignmentDueIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("CREATE INDEX idx_assignments_unit_due ON assignments (unit_id, due_on, status, id)").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX IF EXISTS idx_assignments_unit_due").run()
    }
}
