import Fluent

/// Users get an optional e-mail address, where reminders are sent when sendmail is configured.
struct UpdateUserAddEmail: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("email", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("email").update()
    }
}
