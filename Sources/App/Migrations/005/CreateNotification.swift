import Fluent

struct CreateNotification: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .field(.id, .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("users", .id, onDelete: .cascade))
            .field("request_id", .int, .references("report_requests", .id, onDelete: .cascade))
            .field("step", .string, .required)
            .field("message", .string, .required)
            .field("url", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .unique(on: "user_id", "request_id", "step")
            .create()
        try await database.createIndex(on: "notifications", "user_id", "read_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notifications").delete()
    }
}
