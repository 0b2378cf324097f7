import Fluent

struct CreateAuditEntry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .field(.id, .int, .identifier(auto: true))
            .field("at", .datetime, .required)
            .field("user_id", .int)
            .field("username", .string, .required)
            .field("unit_id", .int)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("action", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
        try await database.createIndex(on: "audit_entries", "at")
        try await database.createIndex(on: "audit_entries", "entity", "entity_id")
        try await database.createIndex(on: "audit_entries", "user_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}
