import Fluent

struct CreateReception: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reception_schedules")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("host", .string, .required)
            .field("frequency", .string, .required)
            .field("day", .int, .required)
            .field("hours", .string, .required)
            .field("place", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "reception_schedules", "unit_id")
        try await database.schema("reception_sessions")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
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
        try await database.createIndex(on: "reception_sessions", "unit_id", "held_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reception_sessions").delete()
        try await database.schema("reception_schedules").delete()
    }
}
