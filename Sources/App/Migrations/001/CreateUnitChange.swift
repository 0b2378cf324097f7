import Fluent

struct CreateUnitChange: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_changes")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("old_value", .string)
            .field("new_value", .string)
            .field("effective_on", .string, .required)
            .field("user_id", .int, .references("users", .id, onDelete: .setNull))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "unit_changes", "unit_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_changes").delete()
    }
}
