import Plot

/// Đơn thư — the work lists: all, due soon, overdue, mass and over-level; with accent-insensitive search.
public struct PetitionIndexPage {
    public struct Row: Sendable {
        public var code = "", url = "", receivedOn = "", subject = "", kinds = "", status = "", unitName = "", due = "", dueLabel = ""
        public var isOverdue = false
        public init() {}
    }

    public struct Model: Sendable {
        public var tabs: [(label: String, url: String, isCurrent: Bool)] = []
        public var listKey = ""
        public var query = ""
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var newURL: String?
        public var statisticsURL = ""
        public var receptionURL = ""
        public var dialoguesURL = ""
        public var rulesURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Đơn thư", layout: model.layout,
            .h1(.text("Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh")),
            .p(.class("no-print"),
               .unwrap(model.newURL) { .link("+ Tiếp nhận đơn", $0, .class("button primary")) },
               .text(" "), .link("Thống kê", model.statisticsURL), .text(" · "), .link("Tiếp công dân", model.receptionURL),
               .text(" · "), .link("Đối thoại", model.dialoguesURL), .text(" · "), .link("Bộ thời hạn, lĩnh vực", model.rulesURL)),
            .nav(.class("tabs no-print"), .attr("aria-label", "Danh sách công việc"), .ul(.forEach(model.tabs) { tab in
                .li(.element(named: "a", nodes: [.attr("href", tab.url)] + (tab.isCurrent ? [.attr("aria-current", "page")] : []) + [.text(tab.label)]))
            })),
            .el("form", .class("search no-print"), .attr("method", "get"),
                .void("input", [("type", "hidden"), ("name", "ds"), ("value", model.listKey)]),
                Form.field("Tìm theo trích yếu đơn", name: "q", value: model.query,
                           hint: "Hiện các đơn có đủ mọi từ đã gõ, theo thứ tự bất kỳ; có dấu hoặc không dấu đều được, ví dụ: tai dinh cu."),
                Form.submit(L10n.search)),
            .if(model.rows.isEmpty, .p(.class("empty"), .text(L10n.noResults))),
            .if(!model.rows.isEmpty, CitizenWidgets.table(
                ["Mã", "Ngày nhận", "Nội dung", "Loại", "Trạng thái", "Đơn vị giải quyết", "Hạn"],
                model.rows.map { row in [
                    .link(row.code, row.url), .text(row.receivedOn), .text(row.subject), .text(row.kinds), .text(row.status), .text(row.unitName),
                    .span(.class(row.isOverdue ? "overdue" : ""), .text(row.due.isEmpty ? "—" : row.due + " (" + row.dueLabel + ")")),
                ] })),
            model.pagination.node
        )
    }
}
