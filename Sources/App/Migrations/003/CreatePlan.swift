import Fluent

struct CreatePlan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plans")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("number", .string)
            .field("year", .int, .required)
            .field("issued_on", .string)
            .field("title", .string, .required)
            .field("title_key", .string, .required)
            .field("purposes", .string, .required)
            .field("status", .string, .required)
            .field("parent_plan_id", .int, .references("plans", .id, onDelete: .setNull))
            .field("legal_document_id", .int, .references("legal_documents", .id, onDelete: .setNull))
            .field("file_hash", .string)
            .field("file_name", .string)
            .field("source_text", .string)
            .field("created_by", .int)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // Nghị định 30/2020: numbers run per issuer and year.
            .unique(on: "unit_id", "year", "number")
            .create()
        try await database.createIndex(on: "plans", "parent_plan_id")
        try await database.createIndex(on: "plans", "title_key")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plans").delete()
    }
}
