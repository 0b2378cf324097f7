import Fluent

struct CreateLoginAttempt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .field(.id, .int, .identifier(auto: true))
            .field("address", .string, .required)
            .field("username", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.createIndex(on: "login_attempts", "address", "at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
    }
}
