import DanVanCore
import Fluent
import Vapor
import Views

/// Tài khoản — one's own password and API tokens.
enum AccountController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let newToken = req.session.data["new_token"]
        req.session.data["new_token"] = nil
        let newCalendarURL = req.session.data["new_calendar_url"]
        req.session.data["new_calendar_url"] = nil
        let calendarToken = try await CalendarToken.query(on: req.db).filter(\.$user.$id == user.id!).first()
        let tokens = try await APIToken.query(on: req.db).filter(\.$user.$id == user.id!).sort(\.$id, .descending).range(..<100).all()
        var model = AccountPage.Model()
        model.fullName = user.fullName
        model.newToken = newToken
        model.tokens = tokens.map { token in
            .init(
                name: token.name, prefix: token.prefix, created: token.createdAt.map(VietnamTime.format) ?? "—",
                lastUsed: token.lastUsedAt.map(VietnamTime.format) ?? L10n.Users.chuaDung,
                revokeURL: token.revokedAt == nil ? SiteURL.accountTokenRevoke(.value(token.id!)).path : nil)
        }
        model.layout = req.pageLayout()
        model.email = user.email ?? ""
        model.calendarTokenPrefix = calendarToken?.prefix
        model.newCalendarURL = newCalendarURL
        return HTMLResponse.make(AccountPage(model: model).render())
    }

    @Sendable static func changePassword(req: Request) async throws -> Response {
        let user = try req.user
        let current = (try? req.content.get(String.self, at: "current")) ?? ""
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        if try await !req.password.async.verify(current, created: user.passwordHash) {
            req.flash(.error, L10n.Users.matKhauHienTaiKhongDung)
        } else {
            do {
                try await UserService.resetPassword(
                    user, to: password, actor: req.actor(user), hasher: req.password.async, keepingSession: req.session.id, on: req.db)
                req.flash(.success, L10n.Users.daDoiMatKhau)
            } catch let error as AppError {
                req.flash(.error, error.message)
            }
        }
        return req.redirect(to: SiteURL.account.path)
    }

    @Sendable static func createToken(req: Request) async throws -> Response {
        let user = try req.user
        let name = ((try? req.content.get(String.self, at: "name")) ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 100 else {
            req.flash(.error, L10n.Users.vuiLongDatTenGoiNho)
            return req.redirect(to: SiteURL.account.path)
        }
        let secret = APIToken.generate()
        try await req.db.transaction { db in
            let token = APIToken(userID: user.id!, name: name, token: secret)
            try await token.create(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "api_token", id: "\(token.id!)", action: "create",
                before: String?.none, after: ["name": name, "prefix": token.prefix])
        }
        req.session.data["new_token"] = secret
        return req.redirect(to: SiteURL.account.path)
    }

    @Sendable static func revokeToken(req: Request) async throws -> Response {
        let user = try req.user
        guard let token = try await APIToken.query(on: req.db).filter(\.$id == req.idParameter()).filter(\.$user.$id == user.id!).first() else {
            throw AppError.notFound(L10n.Users.khoaApi)
        }
        if token.revokedAt == nil {
            try await req.db.transaction { db in
                token.revokedAt = req.clock.now
                try await token.save(on: db)
                try await Audit.event(on: db, actor: req.actor(user), entity: "api_token", id: "\(token.id!)", action: "revoke")
            }
        }
        req.flash(.success, L10n.Users.daThuHoiKhoa(token.name))
        return req.redirect(to: SiteURL.account.path)
    }
}
