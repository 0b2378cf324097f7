import Fluent

struct CreatePetitionEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("petition_events")
            .field(.id, .int, .identifier(auto: true))
            .field("petition_id", .int, .required, .references("petitions", .id, onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("on_date", .string, .required)
            .field("username", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("note", .string, .required)
            .create()
        try await database.createIndex(on: "petition_events", "petition_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("petition_events").delete()
    }
}
