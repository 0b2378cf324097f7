import Plot

/// Biểu đồ đường — a rate or an indicator over periods; each series has its own dash and marker shape.
public enum LineChart {
    /// `unit` follows every figure ("%" for rates). `id` must be unique on the page.
    public static func node(id: String, title: String, periods: [String], series: [ChartSeries], unit: String = "") -> Node<HTML.BodyContext> {
        let id = ChartFigure.safeID(id)
        let largest = series.flatMap { line in periods.indices.map(line.value) }.max() ?? 0
        let frame = ChartFrame(periods: periods, ticks: ChartScale.ticks(upTo: largest, wholeNumbers: false), unit: unit)
        let n = ChartStyle.n

        var drawing = frame.axes()
        for (index, line) in series.enumerated() {
            let points = periods.indices.map { (x: frame.centre($0), y: frame.y(line.value(at: $0))) }
            let path = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
            drawing +=
                #"""
                <polyline class="line" points="\#(path)" fill="none" stroke="\#(ChartStyle.colour(index))"\#
                 stroke-width="2.5"\#(ChartStyle.dash(index))/>
                """#
            for (period, point) in points.enumerated() {
                let tip =
                    "<title>" + escapeAttribute("\(periods[period]) — \(line.label): \(ChartScale.format(line.value(at: period)))\(unit)")
                    + "</title>"
                drawing += ChartStyle.marker(index, x: point.x, y: point.y, body: tip)
            }
        }
        let legend = frame.legend(
            series.enumerated().map { index, line in
                (
                    line.label,
                    { x, y in
                        #"""
                        <line x1="\#(n(x))" x2="\#(n(x + 22))" y1="\#(n(y + 7))" y2="\#(n(y + 7))" stroke="\#(ChartStyle.colour(index))"\#
                         stroke-width="2.5"\#(ChartStyle.dash(index))/>
                        """#
                            + ChartStyle.marker(index, x: x + 11, y: y + 7, body: "")
                    }
                )
            })
        return ChartFigure.node(
            id: id, title: title, summary: summary(periods: periods, series: series, unit: unit),
            height: legend.height, drawing: drawing + legend.svg,
            table: (
                [L10n.Platform.ky] + series.map(\.label),
                periods.indices.map { period in [periods[period]] + series.map { ChartScale.format($0.value(at: period)) + unit } }
            ))
    }

    /// "Biểu đồ đường, 4 kỳ từ Quý I đến Quý IV. Tỷ lệ đúng hạn: 80%, 85%, 90%, 95%."
    static func summary(periods: [String], series: [ChartSeries], unit: String) -> String {
        let span = periods.count > 1 ? L10n.Platform.tuDen(periods[0], periods[periods.count - 1]) : ""
        let lines = series.map { line in
            line.label + ": " + periods.indices.map { ChartScale.format(line.value(at: $0)) + unit }.joined(separator: ", ") + "."
        }
        return ([L10n.Platform.bieuDoDuongKy(periods.count, span)] + lines).joined(separator: " ")
    }
}
