import Fluent
import SQLKit

/// Event notices are made inside the request's transaction and mailed later by `danvan remind`: this flag marks the
/// ones not yet handed to sendmail. Existing rows (calendar reminders, mailed by their own run) start as not pending.
struct UpdateNotificationAddMailPending: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .field("mail_pending", .bool, .required, .sql(.default(false)))
            .update()
        try await database.createIndex(on: "notifications", "mail_pending")
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "idx_notifications_mail_pending").run()
        try await database.schema("notifications").deleteField("mail_pending").update()
    }
}
