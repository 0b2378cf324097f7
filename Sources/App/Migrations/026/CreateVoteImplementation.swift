import Fluent

/// 026: following what a hamlet decided (issue 17, item 2): the contributions collected and spent for a passed vote, and
/// each time the follow-up was published back to residents as a disclosure item.
struct CreateVoteImplementation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("vote_implementation_entries")
            .field(.id, .int, .identifier(auto: true))
            .field("vote_id", .int, .required, .references("hamlet_votes", .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("amount", .int64, .required)
            .field("households", .int)
            .field("on_date", .string, .required)
            .field("purpose", .string, .required)
            .field("overspend_reason", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "vote_implementation_entries", "vote_id")
        try await database.schema("vote_implementation_publications")
            .field(.id, .int, .identifier(auto: true))
            .field("vote_id", .int, .required, .references("hamlet_votes", .id, onDelete: .restrict))
            .field("item_id", .int, .required, .references("disclosure_items", .id, onDelete: .restrict))
            .field("published_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "vote_implementation_publications", "vote_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("vote_implementation_publications").delete()
        try await database.schema("vote_implementation_entries").delete()
    }
}
