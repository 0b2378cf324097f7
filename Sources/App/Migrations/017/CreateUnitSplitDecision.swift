import Fluent

/// Which successor a person gave an open item of a split commune to, and who decided.
struct CreateUnitSplitDecision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_split_decisions")
            .field(.id, .int, .identifier(auto: true))
            .field("item_table", .string, .required)
            .field("item_id", .int, .required)
            .field("predecessor_id", .int, .required, .references("units", .id, onDelete: .cascade))
            .field("successor_id", .int, .required, .references("units", .id, onDelete: .cascade))
            .field("user_id", .int, .references("users", .id, onDelete: .setNull))
            .field("decided_by", .string, .required)
            .field("decided_at", .datetime, .required)
            .create()
        try await database.createIndex(on: "unit_split_decisions", "item_table", "item_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_split_decisions").delete()
    }
}
