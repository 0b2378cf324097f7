import Fluent

struct CreateTaskAssignment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TaskAssignment.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("task_id", .int, .required, .references(WorkTask.schema, .id, onDelete: .cascade))
            .field("plan_id", .int, .required, .references(Plan.schema, .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references(OrgUnit.schema, .id, onDelete: .restrict))
            .field("role", .string, .required)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("due_on", .string)
            .field("updated_at", .datetime)
            .unique(on: "task_id", "unit_id")
            .create()
        try await database.createIndex(on: TaskAssignment.schema, "unit_id", "status")
        try await database.createIndex(on: TaskAssignment.schema, "plan_id")
        try await database.createIndex(on: TaskAssignment.schema, "due_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TaskAssignment.schema).delete()
    }
}
