import Fluent

struct CreateReception: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReceptionSchedule.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references(OrgUnit.schema, .id, onDelete: .restrict))
            .field("host", .string, .required)
            .field("frequency", .string, .required)
            .field("day", .int, .required)
            .field("hours", .string, .required)
            .field("place", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: ReceptionSchedule.schema, "unit_id")
        try await database.schema(ReceptionSession.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references(OrgUnit.schema, .id, onDelete: .restrict))
            .field("held_on", .string, .required)
            .field("host", .string, .required)
            .field("citizens", .string, .required)
            .field("people_count", .int, .required)
            .field("subject", .string, .required)
            .field("decision", .string, .required)
            .field("is_dialogue", .bool, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: ReceptionSession.schema, "unit_id", "held_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReceptionSession.schema).delete()
        try await database.schema(ReceptionSchedule.schema).delete()
    }
}
