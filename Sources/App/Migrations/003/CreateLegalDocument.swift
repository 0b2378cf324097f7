import Fluent

struct CreateLegalDocument: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("legal_documents")
            .field(.id, .int, .identifier(auto: true))
            .field("doc_type", .string, .required)
            .field("number", .string, .required)
            .field("identity_key", .string, .required)
            .field("issued_on", .string)
            .field("issuer", .string)
            .field("search_key", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "identity_key")
            .create()
        try await database.createIndex(on: "legal_documents", "search_key")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("legal_documents").delete()
    }
}
