import Fluent
import SQLKit
import Vapor
import Views

/// Restores the signed-in user from the session, with their unit and their count of unread notifications (for the
/// navigation); disabled accounts are not restored. One plain statement: it runs on every page, where a Fluent query
/// with a join, and the count as a second statement, showed in every profile.
struct UserSessionAuthenticator: AsyncSessionAuthenticator {
    typealias User = App.User

    static let columns: SQLQueryString = [
        PrefixedRowOutput.columns(of: App.User.self, table: "u", prefix: "u_"), PrefixedRowOutput.columns(of: OrgUnit.self, table: "o", prefix: "o_")
    ].joined(separator: ", ")

    func authenticate(sessionID: Int, for request: Request) async throws {
        let sql = request.db as! any SQLDatabase
        guard
            let row = try await sql.raw(
                """
                SELECT \(Self.columns), (SELECT COUNT(*) FROM notifications WHERE \(NotificationController.unread(of: sessionID))) AS unread \
                FROM users u JOIN units o ON o.id = u.unit_id WHERE u.id = \(bind: sessionID)
                """
            ).first()
        else { return }
        let user = App.User()
        try user.output(from: PrefixedRowOutput(row: row, prefix: "u_"))
        guard !user.isDisabled else { return }
        let unit = OrgUnit()
        try unit.output(from: PrefixedRowOutput(row: row, prefix: "o_"))
        user.$unit.value = unit
        request.storage[UnreadNotificationsKey.self] = try row.decode(column: "unread", as: Int.self)
        request.auth.login(user)
    }
}

/// `Authorization: Bearer dv_…` for the API; revoked tokens and disabled users are refused.
struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let digest = APIToken.digest(bearer.token)
        guard let token = try await APIToken.query(on: request.db).filter(\.$tokenHash == digest).filter(\.$revokedAt == nil).first(),
            let user = try await User.query(on: request.db).filter(\.$id == token.$user.id).with(\.$unit).first(),
            !user.isDisabled
        else { return }
        token.lastUsedAt = request.clock.now
        try await token.save(on: request.db)
        request.auth.login(user)
    }
}

/// Pages behind sign-in: people are sent to the login page, API clients get 401.
struct RequireUser: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(User.self) else {
            if request.wantsJSON { throw AppError.unauthenticated }
            let target = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
            return request.redirect(
                to: SiteURL.login.path + "?next=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? SiteURL.home.path))
        }
        return try await next.respond(to: request)
    }
}

extension User: SessionAuthenticatable {
    var sessionID: Int { id! }
}

extension Request {
    /// The signed-in user; only call behind `RequireUser`.
    var user: User {
        get throws {
            guard let user = auth.get(User.self) else { throw AppError.unauthenticated }
            return user
        }
    }

    /// Refuses unless the signed-in user's role allows it.
    func require(_ allowed: (Role) -> Bool) throws -> User {
        let user = try self.user
        guard allowed(user.role) else { throw AppError.forbidden }
        return user
    }
}

extension User {
    /// Path prefix of everything this user may see.
    var scopePath: String { unit.path }

    func canSee(_ unit: OrgUnit) -> Bool { unit.path.hasPrefix(scopePath) }

    func ensureInScope(_ unit: OrgUnit) throws {
        guard canSee(unit) else { throw AppError.outsideScope }
    }
}
