import Fluent

struct CreatePublicRequest: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("public_requests")
            .field(.id, .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("address", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.createIndex(on: "public_requests", "kind", "address", "at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("public_requests").delete()
    }
}
