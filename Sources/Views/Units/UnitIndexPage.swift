import Plot

/// Đơn vị — the unit tree browser: search across the user's subtree, or list one unit's children.
public struct UnitIndexPage: HTMLPage {
    public struct Model: PageModel {
        public var heading = ""
        public var query = ""
        public var includeClosed = false
        public var parentID: String?
        public var breadcrumb: [(name: String, url: String)] = []
        public var rows: [UnitRow] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var newUnitURL: String?
        public var importURL: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.units }
    public var heading: String { model.heading }
    public var breadcrumbs: [Breadcrumb] { model.breadcrumb.map { Breadcrumb($0.name, $0.url) } }
    public var actions: [Node<HTML.BodyContext>] {
        [
            model.importURL.map { .link(L10n.Units.nhapDanhMucCsv, $0, .class("button secondary")) },
            model.newUnitURL.map { .link(L10n.Units.themDonVi, $0, .class("button")) }
        ].compactMap { $0 }
    }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.units.path), .attr("role", "search"), .class("search-form"),
                .unwrap(model.parentID) { .void("input", [("type", "hidden"), ("name", "cap-tren"), ("value", $0)]) },
                .el("label", .attr("for", "q"), .text(L10n.search)),
                .void("input", [("type", "search"), ("id", "q"), ("name", "q"), ("value", model.query), ("aria-describedby", "q-hint")]),
                .el(
                    "label", .class("checkbox"),
                    .void(
                        "input",
                        [("type", "checkbox"), ("name", "ca-giai-the"), ("value", "1")] + (model.includeClosed ? [("checked", "checked")] : [])),
                    .text(L10n.Units.gomDonViDaGiaiThe)),
                Form.submit(L10n.Units.tim),
                .el("small", .attr("id", "q-hint"), .class("hint"), .text(L10n.searchHint))
            ),
            UnitTable.node(model.rows),
            model.pagination.node
        ]
    }
}

/// The table of units shared by the index and a unit's children.
enum UnitTable {
    static func node(_ rows: [UnitRow]) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.class("empty"), .text(L10n.noResults)) }
        return .div(
            .class("table-wrap"),
            .table(
                .thead(.tr(.th(.text(L10n.code)), .th(.text(L10n.name)), .th(.text(L10n.kind)), .th(.text(L10n.parent)), .th(.text(L10n.status)))),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .td(.class("code"), .text(row.code)),
                            .td(.link(row.name, row.url)),
                            .td(.text(row.kindLabel)),
                            .td(.text(row.parentName ?? "—")),
                            .td(.text(row.isActive ? L10n.active : L10n.closed))
                        )
                    })
            ))
    }
}
