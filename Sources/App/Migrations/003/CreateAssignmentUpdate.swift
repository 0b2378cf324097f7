import Fluent

struct CreateAssignmentUpdate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AssignmentUpdate.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("assignment_id", .int, .required, .references(TaskAssignment.schema, .id, onDelete: .cascade))
            .field("user_id", .int, .references(User.schema, .id, onDelete: .setNull))
            .field("at", .datetime, .required)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("note", .string, .required)
            .field("evidence_hash", .string)
            .field("evidence_name", .string)
            .create()
        try await database.createIndex(on: AssignmentUpdate.schema, "assignment_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AssignmentUpdate.schema).delete()
    }
}
