import Fluent
import Vapor
import Views

/// Đăng nhập / đăng xuất.
enum AuthController {
    struct LoginForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        if req.auth.has(User.self) { return req.redirect(to: SiteURL.dashboard.path) }
        let next: String? = req.query["next"]
        return page(req, username: "", error: nil, next: next, status: .ok)
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let username = form.username ?? ""
        guard !username.isEmpty, let password = form.password, !password.isEmpty else {
            return page(req, username: username, error: L10n.Users.vuiLongNhapTenDangNhap, next: form.next, status: .unprocessableEntity)
        }
        let address = req.clientAddress
        switch try await LoginService.attempt(username: username, password: password, address: address, on: req) {
        case .failure(let error):
            return page(req, username: username, error: error.message, next: form.next, status: error.status)
        case .success(let user):
            // A new session id and a new form token at sign-in, so neither planted nor read before login is worth anything.
            if let oldID = req.session.id {
                try await req.application.sessions.driver.deleteSession(oldID, for: req).get()
                req.session.id = nil
            }
            req.session.data["csrf"] = nil
            req.auth.login(user)
            req.session.authenticate(user)
            if let notice = try await UnitSuccessionHistory.closedUnitNotice(for: user, on: req.db) { req.flash(.error, notice) }
            return req.redirect(to: safeNext(form.next))
        }
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        if let user = req.auth.get(User.self) {
            try await Audit.event(on: req.db, actor: req.actor(user), entity: "session", id: "\(user.id!)", action: "logout")
        }
        req.auth.logout(User.self)
        req.session.destroy()
        return req.redirect(to: SiteURL.login.path)
    }

    private static func page(_ req: Request, username: String, error: String?, next: String?, status: HTTPResponseStatus) -> Response {
        var model = LoginPage.Model()
        model.username = username
        model.error = error
        model.next = safeNext(next)
        model.layout = req.pageLayout()
        return HTMLResponse.make(LoginPage(model: model).render(), status: status)
    }

    /// Only an absolute path on this site, so a crafted link cannot send people elsewhere after login. Browsers drop tabs
    /// and line breaks from a Location and read a backslash as a slash, so `/<tab>/evil` and `/<backslash>evil` mean `//evil`:
    /// a control character, backslash or doubled leading slash is refused, in the path as sent and once %-decoded.
    static func safeNext(_ next: String?) -> String {
        guard let next, isLocalPath(next), !next.contains(" "), let decoded = next.removingPercentEncoding, isLocalPath(decoded),
            let parts = URLComponents(string: next), parts.scheme == nil, parts.host == nil
        else {
            return SiteURL.dashboard.path
        }
        return next
    }

    private static func isLocalPath(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//") && !path.unicodeScalars.contains { $0 == "\\" || $0.isInvisibleControl }
    }
}
