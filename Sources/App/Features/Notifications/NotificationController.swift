import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Thông báo — the signed-in user's reminders: list, mark one or all as read.
enum NotificationController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let page = try await InboxNotification.query(on: req.db).filter(\.$user.$id == user.id!)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending)
            .paginate(PageParams(from: req, defaultPer: 30).fluent)
        var params: [String: String] = [:]
        var model = NotificationIndexPage.Model()
        model.rows = page.items.map { note in
            .init(
                message: note.message, url: note.url, created: VietnamTime.format(note.createdAt), isUnread: note.readAt == nil,
                markReadURL: SiteURL.notificationRead(.value(note.id!)).path)
        }
        model.unreadCount = req.unreadNotifications ?? 0
        model.markAllURL = SiteURL.notificationsReadAll.path
        model.pagination = pagination(page.metadata, base: SiteURL.notifications.path, query: &params)
        model.layout = req.pageLayout()
        return HTMLResponse.make(NotificationIndexPage(model: model).render())
    }

    @Sendable static func markRead(req: Request) async throws -> Response {
        let user = try req.user
        guard let note = try await InboxNotification.query(on: req.db).filter(\.$id == req.idParameter()).filter(\.$user.$id == user.id!).first()
        else {
            throw AppError.notFound(L10n.Notifications.thongBao)
        }
        if note.readAt == nil {
            try await req.db.transaction { db in
                note.readAt = req.clock.now
                try await note.save(on: db)
                try await Audit.event(on: db, actor: req.actor(user), entity: "notification", id: "\(note.id!)", action: "read")
            }
        }
        return req.redirect(to: SiteURL.notifications.path)
    }

    @Sendable static func markAllRead(req: Request) async throws -> Response {
        let user = try req.user
        try await req.db.transaction { db in
            let sql = db as! any SQLDatabase
            let count = try await unreadCount(of: user.id!, on: sql)
            guard count > 0 else { return }
            try await sql.raw("UPDATE notifications SET read_at = \(bind: req.clock.now) WHERE \(unread(of: user.id!))").run()
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "notification", id: nil, action: "read_all",
                before: ["unread": count], after: ["unread": 0])
        }
        req.flash(.success, L10n.Notifications.daDanhDauMoiThongBao)
        return req.redirect(to: SiteURL.notifications.path)
    }

    /// What "unread" means, once: the person's notifications not yet read. Plain SQL, because the count runs on every
    /// page view (`UserSessionAuthenticator`), where a Fluent query built the model's query by reflection each time.
    static func unread(of userID: Int) -> SQLQueryString {
        "user_id = \(bind: userID) AND read_at IS NULL"
    }

    static func unreadCount(of userID: Int, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM notifications WHERE \(unread(of: userID))").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}

struct UnreadNotificationsKey: StorageKey { typealias Value = Int }

extension Request {
    /// Unread notifications of the person signed in by their session (`UserSessionAuthenticator`).
    var unreadNotifications: Int? { storage[UnreadNotificationsKey.self] }
}
