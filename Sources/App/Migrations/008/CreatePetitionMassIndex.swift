import Fluent
import SQLKit

/// The mass and over-level list: a partial index holding only those cases (one in sixteen), so a province's list and
/// its count read them alone instead of every case of the province (p95 550 → 78 ms on SQLite: BENCHMARKS.md).
struct CreatePetitionMassIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw(
            """
            CREATE INDEX idx_petitions_mass ON petitions (unit_id, received_on, id) WHERE is_mass OR is_over_level
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX IF EXISTS idx_petitions_mass").run()
    }
}
