import Fluent

struct CreatePetitionAttachment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PetitionAttachment.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("petition_id", .int, .required, .references(Petition.schema, .id, onDelete: .restrict))
            .field("file_hash", .string, .required)
            .field("file_name", .string, .required)
            .field("size_bytes", .int, .required)
            .field("description", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: PetitionAttachment.schema, "petition_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PetitionAttachment.schema).delete()
    }
}
