import Fluent
import Foundation
import SQLKit

/// The two example criteria sets (DOMAIN.md §1.3–1.4), marked as examples and issued by no unit: a province copies one
/// to make its own.
///
/// Frozen (issue 11, item 2): the sets are a literal copy (`SeedScoringExamples+Data.swift`) of the rows the live
/// `ScoringSetStore.create` wrote from the core's `ExampleCriteriaSets` when the migration was frozen, so a change to
/// the core's examples or to the store cannot change what this migration inserts. They go into the columns these
/// tables had at 014 (no later migration added any): a set through a model of this file only so that the app's clock
/// still stamps `created_at`, its criteria by SQLKit. Later migrations that read these rows (023's backfill reads a
/// criterion's role and group) see the same values.
struct SeedScoringExamples: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for example in Self.sets {
            let row = ScoringSetRow014()
            row.issuerUnitID = nil
            row.title = example.title
            row.decision = example.decision
            row.yearFrom = 2022
            row.yearTo = nil
            row.isExample = true
            row.exampleKey = example.exampleKey
            row.frozen = false
            row.bonusCap = example.bonusCap
            row.deductionCap = example.deductionCap
            row.bands = example.bands
            row.copiedFromID = nil
            row.createdBy = "danvan"
            try await row.create(on: database)
            var criteria = sql.insert(into: "scoring_criteria").columns(
                "set_id", "position", "code", "parent_code", "text", "max_points", "kind", "role", "levels", "thresholds", "source", "evidence",
                "is_line", "group_code")
            for (index, criterion) in example.criteria.enumerated() {
                criteria = criteria.values(
                    SQLBind(row.id!), SQLBind(index + 1), SQLBind(criterion.code), SQLBind(criterion.parentCode), SQLBind(criterion.text),
                    SQLBind(criterion.maxPoints), SQLBind(criterion.kind), SQLBind(criterion.role), SQLBind(criterion.levels),
                    SQLBind(criterion.thresholds), SQLBind(criterion.source), SQLBind(criterion.evidence), SQLBind(criterion.isLine),
                    SQLBind(criterion.groupCode))
            }
            try await criteria.run()
        }
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).delete(from: "scoring_sets").where("is_example", .equal, SQLBind(true)).run()
    }
}

/// `scoring_sets` as 014 made it.
private final class ScoringSetRow014: Model, CreationStamped, @unchecked Sendable {
    static let schema = "scoring_sets"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @OptionalField(key: "issuer_unit_id") var issuerUnitID: Int?
    @Field(key: "title") var title: String
    @Field(key: "decision") var decision: String
    @Field(key: "year_from") var yearFrom: Int
    @OptionalField(key: "year_to") var yearTo: Int?
    @Field(key: "is_example") var isExample: Bool
    @OptionalField(key: "example_key") var exampleKey: String?
    @Field(key: "frozen") var frozen: Bool
    @Field(key: "bonus_cap") var bonusCap: Int
    @Field(key: "deduction_cap") var deductionCap: Int
    @Field(key: "bands") var bands: String
    @OptionalField(key: "copied_from_id") var copiedFromID: Int?
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}
