/// The staff navigation, in one place: every entry, in order, with who sees it. The request's frame
/// (App's `Request.pageLayout()`) only says who is signed in and where they are.
public enum Navigation {
    /// Who sees an entry.
    public enum Audience: Sendable {
        case everyone
        case userManagers
        case auditReaders
    }

    public struct Entry: Sendable {
        public let label: String
        public let path: String
        public let audience: Audience
    }

    public static let entries: [Entry] = [
        Entry(label: L10n.dashboard, path: SiteURL.dashboard.path, audience: .everyone),
        Entry(label: L10n.Platform.keHoach, path: SiteURL.plans.path, audience: .everyone),
        Entry(label: L10n.Platform.viecCanLam, path: SiteURL.workList.path, audience: .everyone),
        Entry(label: L10n.Platform.baoCao, path: SiteURL.reports.path, audience: .everyone),
        Entry(label: L10n.units, path: SiteURL.units.path, audience: .everyone),
        Entry(label: L10n.Platform.donThu, path: SiteURL.petitions.path, audience: .everyone),
        Entry(label: L10n.Platform.tiepCongDan, path: SiteURL.receptions.path, audience: .everyone),
        Entry(label: L10n.Platform.danVanKheo, path: SiteURL.exemplars.path, audience: .everyone),
        Entry(label: L10n.Platform.danChuCoSo, path: SiteURL.democracy.path, audience: .everyone),
        Entry(label: L10n.Platform.chamDiem, path: SiteURL.scoring.path, audience: .everyone),
        Entry(label: L10n.users, path: SiteURL.users.path, audience: .userManagers),
        Entry(label: L10n.audit, path: SiteURL.audit.path, audience: .auditReaders),
        Entry(label: L10n.Platform.thongBao, path: SiteURL.notifications.path, audience: .everyone)
    ]

    /// The entries a signed-in user sees; the one whose page (or a page under it) is open is marked current, and
    /// the notices entry counts what is unread.
    public static func items(path current: String, canManageUsers: Bool, canReadAudit: Bool, unread: Int) -> [LayoutModel.NavItem] {
        entries.compactMap { entry -> LayoutModel.NavItem? in
            switch entry.audience {
            case .everyone: break
            case .userManagers: guard canManageUsers else { return nil }
            case .auditReaders: guard canReadAudit else { return nil }
            }
            let label = entry.path == SiteURL.notifications.path && unread > 0 ? L10n.Platform.chuaDoc(entry.label, unread) : entry.label
            return LayoutModel.NavItem(
                label: label, url: entry.path,
                isCurrent: current == entry.path || current.hasPrefix(entry.path + "/"))
        }
    }
}
