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
        Entry(label: L10n.dashboard, path: "/tong-quan", audience: .everyone),
        Entry(label: L10n.Platform.keHoach, path: "/ke-hoach", audience: .everyone),
        Entry(label: L10n.Platform.viecCanLam, path: "/viec-can-lam", audience: .everyone),
        Entry(label: L10n.Platform.baoCao, path: "/bao-cao", audience: .everyone),
        Entry(label: L10n.units, path: "/don-vi", audience: .everyone),
        Entry(label: L10n.Platform.donThu, path: "/don-thu", audience: .everyone),
        Entry(label: L10n.Platform.tiepCongDan, path: "/tiep-cong-dan", audience: .everyone),
        Entry(label: L10n.Platform.danVanKheo, path: "/dan-van-kheo", audience: .everyone),
        Entry(label: L10n.Platform.danChuCoSo, path: "/dan-chu", audience: .everyone),
        Entry(label: L10n.Platform.chamDiem, path: "/cham-diem", audience: .everyone),
        Entry(label: L10n.users, path: "/nguoi-dung", audience: .userManagers),
        Entry(label: L10n.audit, path: "/nhat-ky", audience: .auditReaders),
        Entry(label: L10n.Platform.thongBao, path: "/thong-bao", audience: .everyone)
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
            let label = entry.path == "/thong-bao" && unread > 0 ? L10n.Platform.chuaDoc(entry.label, unread) : entry.label
            return LayoutModel.NavItem(
                label: label, url: entry.path,
                isCurrent: current == entry.path || current.hasPrefix(entry.path + "/"))
        }
    }
}
