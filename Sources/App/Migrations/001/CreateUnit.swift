import Fluent

struct CreateUnit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrgUnit.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("sort_key", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .int, .references(OrgUnit.schema, .id, onDelete: .restrict))
            .field("path", .string, .required)
            .field("depth", .int, .required)
            .field("active_from", .string)
            .field("active_until", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.createIndex(on: OrgUnit.schema, "path")
        try await database.createIndex(on: OrgUnit.schema, "parent_id")
        try await database.createIndex(on: OrgUnit.schema, "name_key")
        try await database.createIndex(on: OrgUnit.schema, "sort_key")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrgUnit.schema).delete()
    }
}
