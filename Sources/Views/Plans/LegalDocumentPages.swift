import Plot

/// Văn bản căn cứ — the register of cited documents, and one document with the plans that cite it.
public struct LegalDocumentIndexPage: HTMLPage {
    public struct Model: PageModel {
        public var query = ""
        public var rows: [(citation: String, plans: String, url: String)] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Plans.vanBanCanCu }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.legalDocuments.path), .attr("role", "search"), .class("search-form"),
                .el("label", .attr("for", "q"), .text(L10n.search)),
                .void("input", [("type", "search"), ("id", "q"), ("name", "q"), ("value", model.query)]),
                Form.submit(L10n.Plans.tim)),
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.noResults))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(.tr(.th(.text(L10n.Plans.vanBan)), .th(.text(L10n.Plans.soKeHoachCanCuVao)))),
                        .tbody(.forEach(model.rows) { row in .tr(.td(.link(row.citation, row.url)), .td(.text(row.plans))) }))),
            model.pagination.node
        ]
    }
}

public struct LegalDocumentShowPage: HTMLPage {
    public struct Model: PageModel {
        public var citation = ""
        public var plans: [(title: String, issuer: String, url: String)] = []
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.citation }

    public var content: [Node<HTML.BodyContext>] {
        [
            .h2(.text(L10n.Plans.cacKeHoachCanCuVao(model.plans.count))),
            model.plans.isEmpty
                ? .p(.class("empty"), .text(L10n.Plans.chuaCoKeHoachNaoTrong))
                : .ul(.forEach(model.plans) { .li(.link($0.title, $0.url), .span(.class("muted"), .text(" — " + $0.issuer))) })
        ]
    }
}
