import Plot

/// Người dùng — accounts in the administrator's subtree.
public struct UserIndexPage: HTMLPage {
    public struct Row: Sendable {
        public let fullName: String
        public let username: String
        public let roleLabel: String
        public let unitName: String
        public let status: String
        public let url: String

        public init(fullName: String, username: String, roleLabel: String, unitName: String, status: String, url: String) {
            self.fullName = fullName
            self.username = username
            self.roleLabel = roleLabel
            self.unitName = unitName
            self.status = status
            self.url = url
        }
    }

    public struct Model: PageModel {
        public var query = ""
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.users }
    public var actions: [Node<HTML.BodyContext>] { [.link(L10n.Users.themNguoiDungNut, SiteURL.userNew.path, .class("button"))] }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.users.path), .attr("role", "search"), .class("search-form"),
                .el("label", .attr("for", "q"), .text(L10n.search)),
                .void("input", [("type", "search"), ("id", "q"), ("name", "q"), ("value", model.query)]),
                Form.submit(L10n.Users.tim)
            ),
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.noResults))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(L10n.Users.hoVaTen)), .th(.text(L10n.username)), .th(.text(L10n.Users.vaiTro)),
                                .th(.text(L10n.Users.donVi)), .th(.text(L10n.status)))),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .td(.link(row.fullName, row.url)), .td(.text(row.username)), .td(.text(row.roleLabel)),
                                    .td(.text(row.unitName)), .td(.text(row.status)))
                            })
                    )),
            model.pagination.node
        ]
    }
}
