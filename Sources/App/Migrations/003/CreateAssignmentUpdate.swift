import Fluent

struct CreateAssignmentUpdate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assignment_updates")
            .field(.id, .int, .identifier(auto: true))
            .field("assignment_id", .int, .required, .references("assignments", .id, onDelete: .cascade))
            .field("user_id", .int, .references("users", .id, onDelete: .setNull))
            .field("at", .datetime, .required)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("note", .string, .required)
            .field("evidence_hash", .string)
            .field("evidence_name", .string)
            .create()
        try await database.createIndex(on: "assignment_updates", "assignment_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assignment_updates").delete()
    }
}
