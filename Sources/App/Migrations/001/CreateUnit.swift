import Fluent

struct CreateUnit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("units")
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("sort_key", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .int, .references("units", .id, onDelete: .restrict))
            .field("path", .string, .required)
            .field("depth", .int, .required)
            .field("active_from", .string)
            .field("active_until", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.createIndex(on: "units", "path")
        try await database.createIndex(on: "units", "parent_id")
        try await database.createIndex(on: "units", "name_key")
        try await database.createIndex(on: "units", "sort_key")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("units").delete()
    }
}
