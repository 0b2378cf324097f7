import Plot

/// Kế hoạch — plans issued in the user's subtree.
public struct PlanIndexPage: HTMLPage {
    public struct Row: Sendable {
        public let number: String
        public let title: String
        public let issuer: String
        public let issuedOn: String
        public let status: String
        public let progress: String
        public let url: String

        public init(number: String, title: String, issuer: String, issuedOn: String, status: String, progress: String, url: String) {
            self.number = number
            self.title = title
            self.issuer = issuer
            self.issuedOn = issuedOn
            self.status = status
            self.progress = progress
            self.url = url
        }
    }

    public struct Model: PageModel {
        public var query = ""
        public var year = ""
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var canCreate = false
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Plans.keHoach }
    public var actions: [Node<HTML.BodyContext>] {
        guard model.canCreate else { return [] }
        return [
            .link(L10n.Plans.taoTuVanBan, SiteURL.planUpload.path, .class("button")),
            .link(L10n.Plans.nhapTay, SiteURL.planNew.path, .class("button secondary"))
        ]
    }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.plans.path), .attr("role", "search"), .class("search-form"),
                .el("label", .attr("for", "q"), .text(L10n.search)),
                .void("input", [("type", "search"), ("id", "q"), ("name", "q"), ("value", model.query)]),
                .el("label", .attr("for", "nam"), .text(L10n.Plans.nam)),
                .void("input", [("type", "text"), ("id", "nam"), ("name", "nam"), ("value", model.year), ("inputmode", "numeric"), ("size", "6")]),
                Form.submit(L10n.Plans.tim)),
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.noResults))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(L10n.Plans.soKyHieu)), .th(.text(L10n.Plans.trichYeu)), .th(.text(L10n.Plans.donViBanHanh)),
                                .th(.text(L10n.Plans.ngay)),
                                .th(.text(L10n.Plans.trangThai)), .th(.text(L10n.Plans.tienDo)))),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .td(.class("code"), .text(row.number)), .td(.link(row.title, row.url)), .td(.text(row.issuer)),
                                    .td(.text(row.issuedOn)),
                                    .td(.text(row.status)), .td(.text(row.progress)))
                            }))),
            model.pagination.node
        ]
    }
}
