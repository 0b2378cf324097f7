import Plot

/// Tổng quan — the first page after sign-in; figures for the user's own subtree.
public struct DashboardPage {
    public struct Tile: Sendable {
        public let label: String
        public let value: String
        public let url: String?

        public init(label: String, value: String, url: String?) {
            self.label = label
            self.value = value
            self.url = url
        }
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

    public struct Model: Sendable {
        public let greeting: String
        public let scopeName: String
        public let tiles: [Tile]
        public let reports: ReportTrend?
        public let layout: LayoutModel

        public init(greeting: String, scopeName: String, tiles: [Tile], reports: ReportTrend?, layout: LayoutModel) {
            self.greeting = greeting
            self.scopeName = scopeName
            self.tiles = tiles
            self.reports = reports
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: L10n.dashboard, layout: model.layout,
            .h1(.text(model.greeting)),
            .p(.class("muted"), .text("Phạm vi: " + model.scopeName)),
            .ul(.class("tiles"), .forEach(model.tiles) { tile in
                .li(.class("tile"),
                    .span(.class("tile-value"), .text(tile.value)),
                    .unwrap(tile.url, { .link(tile.label, $0) }, else: .span(.text(tile.label)))
                )
            }),
            .unwrap(model.reports) { trend in
                .section(
                    .h2(.text("Báo cáo định kỳ năm \(trend.year)")),
                    StackedBarChart.node(id: "bao-cao-theo-thang", title: "Tình hình nộp báo cáo theo tháng đến hạn",
                                         periods: trend.months, segments: trend.completeness),
                    .if(!trend.rates.isEmpty, LineChart.node(id: "chi-tieu-theo-thang", title: "Chỉ tiêu qua các kỳ (báo cáo đã chấp nhận)",
                                                             periods: trend.rateMonths, series: trend.rates, unit: "%")))
            }
        )
    }
}
