import Fluent

struct CreateTaskAssignment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assignments")
            .field(.id, .int, .identifier(auto: true))
            .field("task_id", .int, .required, .references("tasks", .id, onDelete: .cascade))
            .field("plan_id", .int, .required, .references("plans", .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("role", .string, .required)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("due_on", .string)
            .field("updated_at", .datetime)
            .unique(on: "task_id", "unit_id")
            .create()
        try await database.createIndex(on: "assignments", "unit_id", "status")
        try await database.createIndex(on: "assignments", "plan_id")
        try await database.createIndex(on: "assignments", "due_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assignments").delete()
    }
}
