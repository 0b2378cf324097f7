import Plot

/// Báo cáo định kỳ — the unit's reports to send, the reports waiting for the user's review, and the regimes in scope.
public struct ReportHomePage: HTMLPage {
    public struct Model: PageModel {
        public var statuses: [(value: String, label: String)] = []
        public var status = ""
        public var period = ""
        public var subtree = false
        /// "qua-han", "sap-den-han" or "" (every due date).
        public var due = ""
        public var myRequests: [[TableCell]] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var reviewQueue: [[TableCell]] = []
        public var reviewPagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var regimes: [[TableCell]] = []
        public var regimePagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reports.baoCaoDinhKy }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .class("no-print"), .link(L10n.Reports.lichBaoCaoCuaDonVi, SiteURL.reportCalendar.path), .text(" · "),
                .link(L10n.Reports.ngayNghiLe, SiteURL.holidays.path),
                .text(" · "), .link(L10n.Reports.mauBaoCao, SiteURL.reportTemplates.path)),
            .if(
                !model.reviewQueue.isEmpty,
                .section(
                    .h2(.attr("id", "cho-duyet"), .text(L10n.Reports.choToiDuyet)),
                    TableCell.table(
                        [L10n.Reports.donVi, L10n.Reports.kyBaoCao, L10n.Reports.hanNop, L10n.Reports.ngayNop, L10n.Reports.tinhTrang],
                        model.reviewQueue),
                    model.reviewPagination.node)),
            .h2(.text(L10n.Reports.baoCaoCuaDonVi)),
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.reports.path), .class("filter-form"),
                Form.select(
                    L10n.Reports.tinhTrang, name: "tinh_trang", options: model.statuses, selected: model.status, includeBlank: L10n.Reports.tatCa),
                Form.field(L10n.Reports.kyViDu2026T052026, name: "ky", value: model.period),
                Form.select(
                    L10n.Reports.phamVi, name: "pham_vi", options: [("", L10n.Reports.donViCuaToi), ("cay", L10n.Reports.caCacDonViTrucThuoc)],
                    selected: model.subtree ? "cay" : ""),
                Form.select(
                    L10n.Reports.hanNop, name: "han",
                    options: [("qua-han", L10n.Reports.quaHanChuaNop), ("sap-den-han", L10n.Reports.sapDenHan14NgayChua)],
                    selected: model.due, includeBlank: L10n.Reports.moiHan),
                Form.submit(L10n.Reports.loc, style: "secondary")),
            TableCell.table(
                [L10n.Reports.donVi, L10n.Reports.baoCao, L10n.Reports.kyBaoCao, L10n.Reports.hanNop, L10n.Reports.tinhTrang], model.myRequests),
            model.pagination.node,
            .h2(.text(L10n.Reports.cheDoBaoCao)),
            TableCell.table(
                [L10n.Reports.keHoach, L10n.Reports.ky, L10n.Reports.hanNop, L10n.Reports.noiNhan, L10n.Reports.donViBaoCao], model.regimes,
                empty: L10n.Reports.chuaCoCheDoBaoCao),
            model.regimePagination.node
        ]
    }
}
