import Fluent

/// One counter per client address, changed in a single statement, so a burst of parallel logins cannot slip past the
/// per-address limit the way separate count-then-insert statements let it.
struct CreateLoginThrottle: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_throttles")
            .field("address", .string, .required)
            .field("window_start", .datetime, .required)
            .field("failures", .int, .required)
            .unique(on: "address")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_throttles").delete()
    }
}
