/// The drawing area shared by the charts (viewBox units): y axis with gridlines and labels,
/// a band per period with its label below, the legend under everything.
struct ChartFrame {
    let periods: [String]
    let ticks: [Double]
    let unit: String

    static let width = 640.0, left = 56.0, right = 16.0, top = 24.0, plotHeight = 200.0
    var bottom: Double { Self.top + Self.plotHeight }
    var band: Double { (Self.width - Self.left - Self.right) / Double(max(periods.count, 1)) }

    func centre(_ period: Int) -> Double { Self.left + band * (Double(period) + 0.5) }

    /// `ticks` always ends above 0, so this never divides by zero.
    func height(_ value: Double) -> Double { value / (ticks.last ?? 1) * Self.plotHeight }

    func y(_ value: Double) -> Double { bottom - height(value) }

    func axes() -> String {
        let n = ChartStyle.n
        var svg = ""
        for tick in ticks {
            let line = tick == 0 ? "currentColor" : "#c9d1da"  // the baseline dark, gridlines light
            svg +=
                #"""
                <line x1="\#(n(Self.left))" x2="\#(n(Self.width - Self.right))" y1="\#(n(y(tick)))" y2="\#(n(y(tick)))" stroke="\#(line)"\#
                 stroke-width="1"/>
                """#
            svg +=
                #"<text x="\#(n(Self.left - 6))" y="\#(n(y(tick) + 4))" text-anchor="end">\#(escapeAttribute(ChartScale.format(tick) + unit))</text>"#
        }
        for (index, period) in periods.enumerated() {
            svg += #"<text x="\#(n(centre(index)))" y="\#(n(bottom + 18))" text-anchor="middle">\#(escapeAttribute(period))</text>"#
        }
        return svg
    }

    /// Legend entries left to right, wrapping; returns the drawing and the total height of the chart.
    func legend(_ entries: [(label: String, swatch: (_ x: Double, _ y: Double) -> String)]) -> (svg: String, height: Double) {
        let n = ChartStyle.n
        var x = Self.left
        var y = bottom + 40
        var svg = ""
        for entry in entries {
            let width = 34 + Double(entry.label.count) * 7
            if x + width > Self.width - Self.right && x > Self.left {
                x = Self.left
                y += 22
            }
            svg += entry.swatch(x, y - 10)
            svg += #"<text x="\#(n(x + 26))" y="\#(n(y))">\#(escapeAttribute(entry.label))</text>"#
            x += width
        }
        return (svg, y + 12)
    }
}
