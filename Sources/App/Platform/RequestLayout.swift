import Vapor
import Views

extension Request {
    /// The page frame for this request: who is signed in, the navigation they may use, waiting messages.
    var layoutModel: LayoutModel {
        let user = auth.get(User.self)
        let path = url.path
        var items: [LayoutModel.NavItem] = []
        func add(_ label: String, _ url: SiteURL) {
            items.append(.init(label: label, url: url.path, isCurrent: path == url.path || path.hasPrefix(url.path + "/")))
        }
        if let user {
            add(L10n.dashboard, .dashboard)
            add("Kế hoạch", .plans)
            add("Việc cần làm", .workList)
            add("Báo cáo", .reports)
            add(L10n.units, .units)
            add("Đơn thư", .petitions)
            add("Tiếp công dân", .receptions)
            items.append(.init(label: "Dân vận khéo", url: ExemplarURL.list.path, isCurrent: path.hasPrefix(ExemplarURL.list.path)))
            items.append(.init(label: "Dân chủ cơ sở", url: "/dan-chu", isCurrent: path == "/dan-chu" || path.hasPrefix("/dan-chu/")))
            add("Chấm điểm", .scoring)
            if user.role.canManageUsers { add(L10n.users, .users) }
            if user.role.canReadAudit { add(L10n.audit, .audit) }
            let unread = unreadNotifications ?? 0
            add(unread > 0 ? "Thông báo (\(unread) chưa đọc)" : "Thông báo", .notifications)
        }
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
