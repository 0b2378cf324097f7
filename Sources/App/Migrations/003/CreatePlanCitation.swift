import Fluent

struct CreatePlanCitation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_citations")
            .field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required, .references("plans", .id, onDelete: .cascade))
            .field("legal_document_id", .int, .required, .references("legal_documents", .id, onDelete: .restrict))
            .unique(on: "plan_id", "legal_document_id")
            .create()
        try await database.createIndex(on: "plan_citations", "legal_document_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_citations").delete()
    }
}
