import Fluent

struct CreateUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .field(.id, .int, .identifier(auto: true))
            .field("username", .string, .required)
            .field("full_name", .string, .required)
            .field("name_key", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("is_disabled", .bool, .required)
            .field("failed_logins", .int, .required)
            .field("locked_until", .datetime)
            .field("last_login_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.createIndex(on: "users", "unit_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
