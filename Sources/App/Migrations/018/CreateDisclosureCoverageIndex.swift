import Fluent
import SQLKit

/// The coordinator's disclosure grid reduces a page of communes' items to what the rule needs (GROUP BY commune,
/// category, month): with the columns it reads in one per-unit index it reads the index alone, both for the items that
/// start in the period and for the permanent categories' items posted before it.
struct CreateDisclosureCoverageIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX idx_disclosure_items_coverage ON disclosure_items (unit_id, starts_on, category_code, ends_on, withdrawn_on)")
            .run()
        try await sql.raw("CREATE INDEX idx_disclosure_items_posted ON disclosure_items (unit_id, category_code, starts_on, ends_on, withdrawn_on)")
            .run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX IF EXISTS idx_disclosure_items_posted").run()
        try await sql.raw("DROP INDEX IF EXISTS idx_disclosure_items_coverage").run()
    }
}
