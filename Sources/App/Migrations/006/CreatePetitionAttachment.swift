import Fluent

struct CreatePetitionAttachment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("petition_attachments")
            .field(.id, .int, .identifier(auto: true))
            .field("petition_id", .int, .required, .references("petitions", .id, onDelete: .restrict))
            .field("file_hash", .string, .required)
            .field("file_name", .string, .required)
            .field("size_bytes", .int, .required)
            .field("description", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "petition_attachments", "petition_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("petition_attachments").delete()
    }
}
