import Plot

/// Lịch báo cáo — a unit's report due dates month by month, with the address for calendar apps.
public struct ReportCalendarPage: HTMLPage {
    public struct Month: Sendable {
        public let title: String
        public let rows: [[TableCell]]

        public init(title: String, rows: [[TableCell]]) {
            self.title = title
            self.rows = rows
        }
    }

    public struct Model: PageModel {
        public var unitName = ""
        /// The unit as its field shows it: "Phòng Nội vụ — Thị xã Hương Trà".
        public var unitChoice = ""
        public var year = ""
        public var months: [Month] = []
        public var feedHint = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reports.lichBaoCao }
    public var heading: String { L10n.Reports.lichBaoCaoNam(model.year, model.unitName) }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(L10n.Reports.baoCaoDinhKy, SiteURL.reports.path)] }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.reportCalendar.path), .class("filter-form"),
                Form.field(L10n.Reports.nam, name: "nam", value: model.year, type: "number"),
                Form.unitField(L10n.Reports.donVi, name: "don_vi", value: model.unitChoice),
                Form.submit("Xem", style: "secondary")),
            .p(.class("hint no-print"), .text(model.feedHint)),
            model.months.isEmpty
                ? .p(.class("empty"), .text(L10n.Reports.khongCoBaoCaoNaoDen))
                : .group(
                    .forEach(model.months) { month in
                        .section(
                            .h2(.text(month.title)),
                            TableCell.table([L10n.Reports.hanNop, L10n.Reports.baoCao, L10n.Reports.ky, L10n.Reports.tinhTrang], month.rows))
                    })
        ]
    }
}
