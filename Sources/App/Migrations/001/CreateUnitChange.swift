import Fluent

struct CreateUnitChange: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UnitChange.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references(OrgUnit.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("old_value", .string)
            .field("new_value", .string)
            .field("effective_on", .string, .required)
            .field("user_id", .int, .references(User.schema, .id, onDelete: .setNull))
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: UnitChange.schema, "unit_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UnitChange.schema).delete()
    }
}
