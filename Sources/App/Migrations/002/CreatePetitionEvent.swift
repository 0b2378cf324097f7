import Fluent

struct CreatePetitionEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PetitionEvent.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("petition_id", .int, .required, .references(Petition.schema, .id, onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("on_date", .string, .required)
            .field("username", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("note", .string, .required)
            .create()
        try await database.createIndex(on: PetitionEvent.schema, "petition_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PetitionEvent.schema).delete()
    }
}
