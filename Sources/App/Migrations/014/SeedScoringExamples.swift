import DanVanCore
import Fluent

/// The two example criteria sets (DOMAIN.md §1.3–1.4), marked as examples and issued by no unit: a province copies one
/// to make its own.
struct SeedScoringExamples: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for example in ExampleCriteriaSets.all {
            try await ScoringSetStore.create(
                example.set, title: example.title, decision: example.decision, issuerUnitID: nil,
                yearFrom: 2022, yearTo: nil, exampleKey: example.key, createdBy: "danvan", on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await ScoringSet.query(on: database).filter(\.$isExample == true).delete()
    }
}
