import Plot

/// Việc cần làm — assignments and missing sub-plans across the user's subtree, filterable and exportable.
public struct WorkListPage: HTMLPage {
    public struct Row: Sendable {
        public let cells: [String]
        public let url: String
        public let isLate: Bool

        public init(cells: [String], url: String, isLate: Bool) {
            self.cells = cells
            self.url = url
            self.isLate = isLate
        }
    }

    public struct Model: PageModel {
        public var heading = ""
        public var tabs: [LayoutModel.NavItem] = []
        public var filters: [(label: String, name: String, options: [(value: String, label: String)], selected: String)] = []
        public var kind = ""
        public var header: [String] = []
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var unitCode = ""
        public var planID = ""
        public var exportCSV = ""
        public var exportXLSX = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.heading }

    public var content: [Node<HTML.BodyContext>] {
        [
            .nav(
                .class("tabs"), .attr("aria-label", L10n.Plans.loaiDanhSach),
                .ul(
                    .forEach(model.tabs) { tab in
                        .li(
                            .element(
                                named: "a",
                                nodes: [.attr("href", tab.url)] + (tab.isCurrent ? [.attr("aria-current", "page")] : []) + [.text(tab.label)]))
                    })),
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.workList.path), .class("filter-form"),
                .void("input", [("type", "hidden"), ("name", "loai"), ("value", model.kind)]),
                .group(model.filters.map { Form.select($0.label, name: $0.name, options: $0.options, selected: $0.selected) }),
                Form.unitField(
                    L10n.Plans.donVi, name: "don-vi", value: model.unitCode,
                    hint: L10n.Plans.donViVaCacDonVi),
                .if(!model.planID.isEmpty, .void("input", [("type", "hidden"), ("name", "ke-hoach"), ("value", model.planID)])),
                Form.submit(L10n.Plans.loc)),
            .p(
                .class("no-print"), .text(L10n.Plans.xuatLabel), .link("CSV", model.exportCSV), .text(" · "), .link("Excel (.xlsx)", model.exportXLSX)
            ),
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.noResults))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(.tr(.forEach(model.header) { .th(.text($0)) })),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .class(row.isLate ? "late" : ""),
                                    .td(.link(row.cells.first ?? "", row.url)),
                                    .forEach(row.cells.dropFirst()) { .td(.text($0)) })
                            }))),
            model.pagination.node
        ]
    }
}
