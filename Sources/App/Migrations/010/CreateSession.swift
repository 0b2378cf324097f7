import Fluent

/// Sessions of signed-in people, with the user they belong to and the two clocks they expire by.
struct CreateSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .field(.id, .int, .identifier(auto: true))
            .field("key_hash", .string, .required)
            .field("user_id", .int, .required, .references("users", .id, onDelete: .cascade))
            .field("data", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "key_hash")
            .create()
        try await database.createIndex(on: "sessions", "user_id")
        // The old store kept a row per anonymous page view and is no longer read: its rows are only dead weight.
        try await SessionRecord.query(on: database).delete()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").delete()
    }
}
