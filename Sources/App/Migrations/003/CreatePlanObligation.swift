import Fluent

struct CreatePlanObligation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PlanObligation.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required, .references(Plan.schema, .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references(OrgUnit.schema, .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("description", .string, .required)
            .field("due_on", .string)
            .field("send_to", .string)
            .field("fulfilled_plan_id", .int, .references(Plan.schema, .id, onDelete: .setNull))
            .field("fulfilled_on", .string)
            .unique(on: "plan_id", "unit_id", "kind")
            .create()
        try await database.createIndex(on: PlanObligation.schema, "unit_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlanObligation.schema).delete()
    }
}
