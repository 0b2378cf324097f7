import DanVanCore
import Fluent
import Vapor
import Views

/// The account's reminder settings: the e-mail address reminders go to, and the secret calendar-feed address.
enum AccountReminderController {
    @Sendable static func setEmail(req: Request) async throws -> Response {
        let user = try req.user
        let text = ((try? req.content.get(String.self, at: "email")) ?? "").trimmingCharacters(in: .whitespaces)
        let email: String? = text.isEmpty ? nil : text.lowercased()
        if let email, !PlainTextEmail.isPlausibleAddress(email) {
            req.flash(.error, L10n.Notifications.diaChiThuKhongHopLe(text))
            return req.redirect(to: SiteURL.account.path)
        }
        if email != user.email {
            let before = user.email
            try await req.db.transaction { db in
                user.email = email
                try await user.save(on: db)
                try await Audit.record(
                    on: db, actor: req.actor(user), entity: "user", id: "\(user.id!)", action: "set_email",
                    before: ["email": before], after: ["email": email])
            }
        }
        req.flash(.success, email == nil ? L10n.Notifications.daBoDiaChiThuThong : L10n.Notifications.daLuuDiaChiThu(email!))
        return req.redirect(to: SiteURL.account.path)
    }

    /// Makes a new calendar address; the previous one stops working.
    @Sendable static func createCalendarToken(req: Request) async throws -> Response {
        let user = try req.user
        let secret = APIToken.generate()
        try await req.db.transaction { db in
            try await CalendarToken.query(on: db).filter(\.$user.$id == user.id!).delete()
            let token = CalendarToken(userID: user.id!, token: secret)
            try await token.create(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "calendar_token", id: "\(token.id!)", action: "create",
                before: String?.none, after: ["prefix": token.prefix])
        }
        req.session.data["new_calendar_url"] =
            (req.application.config.publicURL ?? "")
            + SiteURL.calendarFeed(.value(user.$unit.id)).path + "?token=" + secret
        return req.redirect(to: SiteURL.account.path)
    }
}
