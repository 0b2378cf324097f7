import Fluent

/// One secret calendar-feed address per user; only the digest is stored.
struct CreateCalendarToken: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_tokens")
            .field(.id, .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("users", .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id")
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_tokens").delete()
    }
}
