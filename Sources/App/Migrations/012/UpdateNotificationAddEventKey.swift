import Fluent
import SQLKit

/// A notice that must reach a person once only, whatever the runs and servers ("don-qua-han-12-2026-05-20"), carries a key
/// unique per user. Other notices leave it empty: NULLs never collide in a unique index, on SQLite or PostgreSQL.
struct UpdateNotificationAddEventKey: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications").field("event_key", .string).update()
        try await (database as! any SQLDatabase).create(index: "uq_notifications_user_id_event_key").unique()
            .on("notifications").column("user_id").column("event_key").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "uq_notifications_user_id_event_key").run()
        try await database.schema("notifications").deleteField("event_key").update()
    }
}
