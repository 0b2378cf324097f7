import Fluent

struct CreateWorkTask: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("tasks")
            .field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required, .references("plans", .id, onDelete: .cascade))
            .field("reference", .string, .required)
            .field("text", .string, .required)
            .field("due_on", .string)
            .field("weight", .double, .required)
            .field("position", .int, .required)
            .create()
        try await database.createIndex(on: "tasks", "plan_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("tasks").delete()
    }
}
