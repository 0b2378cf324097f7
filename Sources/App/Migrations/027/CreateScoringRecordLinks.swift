import Fluent

/// 027: links from a sheet line to the unit's own DanVan records as evidence (issue 15, item 3).
struct CreateScoringRecordLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scoring_record_links")
            .field(.id, .int, .identifier(auto: true))
            .field("line_id", .int, .required, .references("scoring_lines", .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("record_id", .int, .required)
            .field("title", .string, .required)
            .field("added_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "line_id", "kind", "record_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("scoring_record_links").delete()
    }
}
