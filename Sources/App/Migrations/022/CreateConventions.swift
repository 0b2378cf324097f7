import Fluent

/// 022: hương ước, quy ước (issue 17, item 6) — conventions, their versions through the steps of Nghị định 61/2023, reviews.
struct CreateConventions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("conventions")
            .field(.id, .int, .identifier(auto: true))
            .field("hamlet_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("commune_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "conventions", "commune_id", "hamlet_id")
        try await database.schema("convention_versions")
            .field(.id, .int, .identifier(auto: true))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .restrict))
            .field("number", .int, .required)
            .field("purpose", .string, .required)
            .field("text", .string, .required)
            .field("change_summary", .string, .required)
            .field("stage", .string, .required)
            .field("drafted_on", .string, .required)
            .field("posted_from", .string)
            .field("vote_id", .int, .references("hamlet_votes", .id, onDelete: .restrict))
            .field("voted_on", .string)
            .field("submission_due", .string)
            .field("submitted_on", .string)
            .field("decision_due", .string)
            .field("decision_number", .string)
            .field("decided_on", .string)
            .field("refusal_reason", .string)
            .field("effective_on", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "convention_id", "number")
            .create()
        try await database.schema("convention_reviews")
            .field(.id, .int, .identifier(auto: true))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .restrict))
            .field("year", .int, .required)
            .field("reviewed_on", .string, .required)
            .field("conclusion", .string, .required)
            .field("note", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "convention_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in ["convention_reviews", "convention_versions", "conventions"] {
            try await database.schema(schema).delete()
        }
    }
}
