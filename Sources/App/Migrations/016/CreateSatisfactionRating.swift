import Fluent

/// 016: residents' satisfaction ratings of the commune (issue 17, item 4; Luật 10/2022/QH15, Điều 35.2a).
struct CreateSatisfactionRating: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("satisfaction_ratings")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("subject", .string, .required)
            .field("service", .string, .required)
            .field("score", .int, .required)
            .field("reference", .string, .required)
            .field("comment", .string, .required)
            .field("rated_on", .string, .required)
            .field("petition_id", .int, .references("petitions", .id, onDelete: .restrict))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "satisfaction_ratings", "unit_id", "rated_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("satisfaction_ratings").delete()
    }
}
