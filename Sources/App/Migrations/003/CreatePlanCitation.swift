import Fluent

struct CreatePlanCitation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PlanCitation.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required, .references(Plan.schema, .id, onDelete: .cascade))
            .field("legal_document_id", .int, .required, .references(LegalDocument.schema, .id, onDelete: .restrict))
            .unique(on: "plan_id", "legal_document_id")
            .create()
        try await database.createIndex(on: PlanCitation.schema, "legal_document_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlanCitation.schema).delete()
    }
}
