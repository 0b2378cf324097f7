import Plot

/// Đơn thư — the work lists: all, due soon, overdue, mass and over-level; with accent-insensitive search.
public struct PetitionIndexPage: HTMLPage {
    public struct Row: Sendable {
        public var code = "", url = "", receivedOn = "", subject = "", kinds = "", status = "", unitName = "", due = "", dueLabel = ""
        public var isOverdue = false
        public init() {}
    }

    public struct Model: PageModel {
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

    public var title: String { L10n.Petitions.donThu }
    public var heading: String { L10n.Petitions.donThuKhieuNaiToCao }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .class("no-print"),
                .unwrap(model.newURL) { .link(L10n.Petitions.tiepNhanDonNut, $0, .class("button primary")) },
                .text(" "), .link(L10n.Petitions.thongKe, model.statisticsURL), .text(" · "), .link(L10n.Petitions.tiepCongDan, model.receptionURL),
                .text(" · "), .link(L10n.Petitions.doiThoai, model.dialoguesURL), .text(" · "), .link(L10n.Petitions.boThoiHanLinhVuc, model.rulesURL)
            ),
            .nav(
                .class("tabs no-print"), .attr("aria-label", L10n.Petitions.danhSachCongViec),
                .ul(
                    .forEach(model.tabs) { tab in
                        .li(
                            .element(
                                named: "a",
                                nodes: [.attr("href", tab.url)] + (tab.isCurrent ? [.attr("aria-current", "page")] : []) + [.text(tab.label)]))
                    })),
            .el(
                "form", .class("search no-print"), .attr("method", "get"),
                .void("input", [("type", "hidden"), ("name", "ds"), ("value", model.listKey)]),
                Form.field(
                    L10n.Petitions.timTheoTrichYeuDon, name: "q", value: model.query,
                    hint: L10n.Petitions.hienCacDonCoDuMoi),
                Form.submit(L10n.search)),
            .if(model.rows.isEmpty, .p(.class("empty"), .text(L10n.noResults))),
            .if(
                !model.rows.isEmpty,
                Tables.table(
                    [
                        L10n.Petitions.ma, L10n.Petitions.ngayNhan, L10n.Petitions.noiDung, L10n.Petitions.loai, L10n.Petitions.trangThai,
                        L10n.Petitions.donViGiaiQuyet, L10n.Petitions.han
                    ],
                    model.rows.map { row in
                        [
                            .link(row.code, row.url), .text(row.receivedOn), .text(row.subject), .text(row.kinds), .text(row.status),
                            .text(row.unitName),
                            .span(.class(row.isOverdue ? "overdue" : ""), .text(row.due.isEmpty ? "—" : row.due + " (" + row.dueLabel + ")"))
                        ]
                    })),
            model.pagination.node
        ]
    }
}
