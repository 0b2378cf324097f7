import Plot

/// Tổng quan — the first page after sign-in; figures for the user's own subtree.
public struct DashboardPage: HTMLPage {
    public struct Tile: Sendable {
        public let label: String
        public let value: String
        public let url: String?
        /// Something is late: said in words beside the number, not by colour alone.
        public let isAlert: Bool

        public init(label: String, value: String, url: String?, isAlert: Bool = false) {
            self.label = label
            self.value = value
            self.url = url
            self.isAlert = isAlert
        }
    }

    /// One unit under a leader, with what is late in its subtree, each count linking to its list.
    public struct UnitRow: Sendable {
        public let unit: String
        public let url: String
        public let overdueTasks: Int
        public let tasksURL: String
        public let missingReports: Int
        public let reportsURL: String
        public let overduePetitions: Int
        public let petitionsURL: String

        public init(
            unit: String, url: String, overdueTasks: Int, tasksURL: String, missingReports: Int, reportsURL: String,
            overduePetitions: Int, petitionsURL: String
        ) {
            self.unit = unit
            self.url = url
            self.overdueTasks = overdueTasks
            self.tasksURL = tasksURL
            self.missingReports = missingReports
            self.reportsURL = reportsURL
            self.overduePetitions = overduePetitions
            self.petitionsURL = petitionsURL
        }

        public var total: Int { overdueTasks + missingReports + overduePetitions }
    }

    /// Report figures by month of the year, for the charts.
    public struct ReportTrend: Sendable {
        public let year: Int
        public let months: [String]
        /// On time, late, returned, missing (past due, not sent) per month.
        public let completeness: [ChartSeries]
        /// Months with accepted figures, and the rates (percent) in them: a month without reports is no point, not a zero.
        public let rateMonths: [String]
        public let rates: [ChartSeries]

        public init(year: Int, months: [String], completeness: [ChartSeries], rateMonths: [String], rates: [ChartSeries]) {
            self.year = year
            self.months = months
            self.completeness = completeness
            self.rateMonths = rateMonths
            self.rates = rates
        }
    }

    public struct Model: PageModel {
        public var greeting = ""
        public var scopeName = ""
        /// The question this role's home answers: "Việc cần tôi xử lý", "Đơn vị nào đang chậm?"…
        public var heading = ""
        public var tiles: [Tile] = []
        public var behind: [UnitRow] = []
        public var reports: ReportTrend?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.dashboard }
    public var heading: String { model.greeting }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(.class("muted"), .text(L10n.Dashboard.phamViLabel + model.scopeName)),
            .h2(.text(model.heading)),
            .ul(
                .class("tiles"),
                .forEach(model.tiles) { tile in
                    .li(
                        .class(tile.isAlert ? "tile alert" : "tile"),
                        .span(.class("tile-value"), .text(tile.value)),
                        .unwrap(tile.url, { .link(tile.label, $0) }, else: .span(.text(tile.label))),
                        .if(tile.isAlert, .span(.class("tile-note"), .text(L10n.Dashboard.canXuLy)))
                    )
                }),
            .if(
                !model.behind.isEmpty,
                .section(
                    .h2(.text(L10n.Dashboard.donViTrucThuocChamNhat)),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .thead(
                                .tr(
                                    .th(.text(L10n.Dashboard.donVi)), .th(.text(L10n.Dashboard.nhiemVuQuaHan)),
                                    .th(.text(L10n.Dashboard.baoCaoQuaHanChuaNop)),
                                    .th(.text(L10n.Dashboard.donQuaHan)))),
                            .tbody(
                                .forEach(model.behind) { row in
                                    .tr(
                                        .td(.link(row.unit, row.url)), .td(.link(String(row.overdueTasks), row.tasksURL)),
                                        .td(.link(String(row.missingReports), row.reportsURL)),
                                        .td(.link(String(row.overduePetitions), row.petitionsURL)))
                                }))))),
            .unwrap(model.reports) { trend in
                .section(
                    .h2(.text(L10n.Dashboard.baoCaoDinhKyNam(trend.year))),
                    StackedBarChart.node(
                        id: "bao-cao-theo-thang", title: L10n.Dashboard.tinhHinhNopBaoCaoTheo,
                        periods: trend.months, segments: trend.completeness),
                    .if(
                        !trend.rates.isEmpty,
                        LineChart.node(
                            id: "chi-tieu-theo-thang", title: L10n.Dashboard.chiTieuQuaCacKyBao,
                            periods: trend.rateMonths, series: trend.rates, unit: "%")))
            }
        ]
    }
}
