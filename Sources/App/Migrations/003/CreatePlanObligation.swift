import Fluent

struct CreatePlanObligation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_obligations")
            .field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required, .references("plans", .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("description", .string, .required)
            .field("due_on", .string)
            .field("send_to", .string)
            .field("fulfilled_plan_id", .int, .references("plans", .id, onDelete: .setNull))
            .field("fulfilled_on", .string)
            .unique(on: "plan_id", "unit_id", "kind")
            .create()
        try await database.createIndex(on: "plan_obligations", "unit_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_obligations").delete()
    }
}
