import Fluent
import Vapor
import Views

/// Restores the signed-in user from the session, with their unit; disabled accounts are not restored.
/// One statement with a join (where `with` is a second query): it runs on every page.
struct UserSessionAuthenticator: AsyncSessionAuthenticator {
    typealias User = App.User

    func authenticate(sessionID: Int, for request: Request) async throws {
        guard
            let user = try await App.User.query(on: request.db).join(OrgUnit.self, on: \App.User.$unit.$id == \OrgUnit.$id)
                .filter(\.$id == sessionID).first(),
            !user.isDisabled
        else { return }
        user.$unit.value = try user.joined(OrgUnit.self)
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
