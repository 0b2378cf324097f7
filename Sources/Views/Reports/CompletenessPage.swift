import Plot

/// Tình hình nộp báo cáo — units × periods for a regime in a subtree: who sent on time, late, was returned or is missing.
public struct CompletenessPage: HTMLPage {
    /// Counts of one period, for the rates over time.
    public struct PeriodCounts: Sendable {
        public let label: String
        public let expected: Int
        public let onTime: Int
        public let late: Int
        public let returned: Int
        public let missing: Int
        public let notDue: Int

        public init(label: String, expected: Int, onTime: Int, late: Int, returned: Int, missing: Int, notDue: Int) {
            self.label = label
            self.expected = expected
            self.onTime = onTime
            self.late = late
            self.returned = returned
            self.missing = missing
            self.notDue = notDue
        }

        public var onTimeRate: String {
            let due = expected - notDue
            return due > 0 ? "\(Int((Double(onTime) / Double(due) * 100).rounded()))%" : "—"
        }
    }

    public struct Model: PageModel {
        public var title = ""
        public var regimeID = 0
        public var scopeName = ""
        public var year = ""
        /// The unit as its field shows it: "Phòng Nội vụ — Thị xã Hương Trà".
        public var scopeChoice = ""
        public var counts: [PeriodCounts] = []
        public var columns: [String] = []
        /// One row per unit: its name (linked) and one status cell per column.
        public var rows: [[TableCell]] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var layout = LayoutModel.anonymous()
        /// How a year that spans a reorganisation is counted, when it does.
        public var note: String?
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reports.tinhHinhNopBaoCao }
    public var heading: String { L10n.Reports.tinhHinhNopBaoCaoNam(model.year) }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(model.title, SiteURL.reportRegime(.value(model.regimeID)).path)] }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(.text(model.title + " — " + model.scopeName)),
            .unwrap(model.note) { .p(.class("hint"), .text($0)) },
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.reportGrid(.value(model.regimeID)).path), .class("filter-form"),
                Form.field(L10n.Reports.nam, name: "nam", value: model.year, type: "number"),
                Form.unitField(L10n.Reports.donViXemCayDuoiDon, name: "don_vi", value: model.scopeChoice),
                Form.submit("Xem", style: "secondary")),
            .if(
                !model.counts.isEmpty,
                StackedBarChart.node(
                    id: "bieu-do-nop", title: L10n.Reports.tinhHinhNopBaoCaoTheo, periods: model.counts.map(\.label),
                    segments: [
                        ChartSeries(label: L10n.Reports.dungHan, values: model.counts.map { Double($0.onTime) }),
                        ChartSeries(label: L10n.Reports.treHan, values: model.counts.map { Double($0.late) }),
                        ChartSeries(label: L10n.Reports.biTraLai, values: model.counts.map { Double($0.returned) }),
                        ChartSeries(label: L10n.Reports.chuaNopQuaHan, values: model.counts.map { Double($0.missing) })
                    ])),
            .h2(.text(L10n.Reports.tyLeTheoKy)),
            TableCell.table(
                [
                    L10n.Reports.ky, L10n.Reports.phaiNop, L10n.Reports.dungHan, L10n.Reports.treHan, L10n.Reports.biTraLai,
                    L10n.Reports.chuaNopQuaHan, L10n.Reports.chuaDenHan, L10n.Reports.tyLeDungHan
                ],
                model.counts.map {
                    [
                        .text($0.label), .number("\($0.expected)"), .number("\($0.onTime)"), .number("\($0.late)"),
                        .number("\($0.returned)"), .number("\($0.missing)"), .number("\($0.notDue)"), .number($0.onTimeRate)
                    ]
                },
                empty: L10n.Reports.chuaCoYeuCauBaoCao),
            .h2(.text(L10n.Reports.theoDonVi)),
            .p(.class("hint"), .text(L10n.Reports.moiOGhiRoTinhTrang)),
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.noResults))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("grid"),
                        .thead(
                            .tr(
                                .th(.attr("scope", "col"), .text(L10n.Reports.donVi)),
                                .forEach(model.columns) { .th(.attr("scope", "col"), .text($0)) })),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(.forEach(row) { $0.node })
                            }))),
            model.pagination.node
        ]
    }
}
