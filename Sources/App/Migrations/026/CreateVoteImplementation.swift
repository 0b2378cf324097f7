import Fluent

/// 026: following what a hamlet decided (issue 17, item 2): the contributions collected and spent for a passed vote, and
/// each time the follow-up was published back to residents as a disclosure item.
struct CreateVoteImplementation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImplementationEntry.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("vote_id", .int, .required, .references(HamletVote.schema, .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("amount", .int64, .required)
            .field("households", .int)
            .field("on_date", .string, .required)
            .field("purpose", .string, .required)
            .field("overspend_reason", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: ImplementationEntry.schema, "vote_id")
        try await database.schema(ImplementationPublication.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("vote_id", .int, .required, .references(HamletVote.schema, .id, onDelete: .restrict))
            .field("item_id", .int, .required, .references(DisclosureItem.schema, .id, onDelete: .restrict))
            .field("published_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: ImplementationPublication.schema, "vote_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImplementationPublication.schema).delete()
        try await database.schema(ImplementationEntry.schema).delete()
    }
}
