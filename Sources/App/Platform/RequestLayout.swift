import Vapor
import Views

extension Request {
    /// The page frame for this request: who is signed in, the navigation they may use, waiting messages.
    /// It takes the waiting flash messages (they show once, on the page this frames), so it is a call, made once per
    /// rendered page, and never a property that a read could empty.
    func pageLayout() -> LayoutModel {
        let user = auth.get(User.self)
        let path = url.path
        // The entries themselves live in one place: Views' `Navigation`.
        let items =
            user.map {
                Navigation.items(
                    path: path, canManageUsers: $0.role.canManageUsers, canReadAudit: $0.role.canReadAudit, unread: unreadNotifications ?? 0)
            } ?? []
        let hasSession = hasSession
        return LayoutModel(
            userName: user?.fullName,
            unitName: user.flatMap { $0.$unit.value?.name },
            roleLabel: user?.role.label,
            navigation: items,
            csrfToken: hasSession ? csrfToken : "",
            flashes: hasSession ? takeFlashes() : [],
            logoutURL: SiteURL.logout.path,
            accountURL: SiteURL.account.path
        )
    }

    /// Whether the sessions middleware ran for this request (not for /api, /healthz, /metrics).
    private var hasSession: Bool { storage[SessionMarker.self] != nil }
}

/// Set by the HTML route group so views know a session is available.
struct SessionMarker: StorageKey { typealias Value = Bool }

struct MarkSession: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.storage[SessionMarker.self] = true
        return try await next.respond(to: request)
    }
}
