import Plot

/// Thông báo — one's reminders, newest first; unread ones say so in words, not only in colour.
public struct NotificationIndexPage: HTMLPage {
    public struct Row: Sendable {
        public let message: String
        public let url: String
        public let created: String
        public let isUnread: Bool
        public let markReadURL: String

        public init(message: String, url: String, created: String, isUnread: Bool, markReadURL: String) {
            self.message = message
            self.url = url
            self.created = created
            self.isUnread = isUnread
            self.markReadURL = markReadURL
        }
    }

    public struct Model: PageModel {
        public var rows: [Row] = []
        public var unreadCount = 0
        public var markAllURL = ""
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Notifications.thongBao }
    public var actions: [Node<HTML.BodyContext>] {
        guard model.unreadCount > 0 else { return [] }
        return [
            Form.post(
                action: model.markAllURL, csrf: model.layout.csrfToken,
                [Form.submit(L10n.Notifications.danhDauDaDocTatCa, style: "secondary")], extra: [.class("inline")])
        ]
    }

    public var content: [Node<HTML.BodyContext>] {
        let csrf = model.layout.csrfToken
        return [
            .p(
                .class("muted"),
                .text(model.unreadCount == 0 ? L10n.Notifications.khongCoThongBaoChuaDoc : L10n.Notifications.thongBaoChuaDoc(model.unreadCount))),
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.Notifications.chuaCoThongBaoNao))
                : .ul(
                    .class("notifications"),
                    .forEach(model.rows) { row in
                        .li(
                            .class(row.isUnread ? "notification unread" : "notification"),
                            .if(row.isUnread, .strong(.class("badge"), .text(L10n.Notifications.chuaDoc))),
                            .p(.link(row.message, row.url)),
                            .p(.class("muted"), .text(row.created)),
                            .if(
                                row.isUnread,
                                Form.post(
                                    action: row.markReadURL, csrf: csrf, [Form.submit(L10n.Notifications.danhDauDaDoc, style: "secondary small")],
                                    extra: [.class("inline")]))
                        )
                    }),
            model.pagination.node
        ]
    }
}
