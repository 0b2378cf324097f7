import Plot

/// Biểu đồ cột chồng — per period, one bar made of the segments (đúng hạn, trễ hạn, bị trả lại, chưa nộp …).
public enum StackedBarChart {
    /// `segments` are the kinds stacked from the bottom, each with a count per period.
    /// `id` must be unique on the page; it names the patterns and the title.
    public static func node(id: String, title: String, periods: [String], segments: [ChartSeries]) -> Node<HTML.BodyContext> {
        let id = ChartFigure.safeID(id)
        let totals = periods.indices.map { period in segments.reduce(0) { $0 + $1.value(at: period) } }
        let frame = ChartFrame(periods: periods, ticks: ChartScale.ticks(upTo: totals.max() ?? 0, wholeNumbers: true), unit: "")
        let n = ChartStyle.n
        let barWidth = min(frame.band * 0.6, 72)

        var drawing = "<defs>" + segments.indices.map { ChartStyle.patternDefinition(id, $0) }.joined() + "</defs>" + frame.axes()
        for (period, label) in periods.enumerated() {
            let x = frame.centre(period) - barWidth / 2
            var base = 0.0
            for (kind, segment) in segments.enumerated() {
                let value = segment.value(at: period)
                guard value > 0 else { continue }
                let top = frame.y(base + value)
                let height = frame.height(value)
                let tip = escapeAttribute("\(label) — \(segment.label): \(ChartScale.format(value))")
                drawing +=
                    #"""
                    <rect class="segment" x="\#(n(x))" y="\#(n(top))" width="\#(n(barWidth))" height="\#(n(height))"\#
                     fill="url(#\#(ChartStyle.patternID(id, kind)))" stroke="\#(ChartStyle.colour(kind))"><title>\#(tip)</title></rect>
                    """#
                // Figures inside segments tall enough to hold them, on a halo of the segment's colour.
                if height >= 16 {
                    drawing +=
                        #"""
                        <text x="\#(n(x + barWidth / 2))" y="\#(n(top + height / 2 + 4))" text-anchor="middle" fill="white"\#
                         stroke="\#(ChartStyle.colour(kind))" stroke-width="3" paint-order="stroke"\#
                         font-weight="bold">\#(ChartScale.format(value))</text>
                        """#
                }
                base += value
            }
            drawing +=
                #"""
                <text x="\#(n(frame.centre(period)))" y="\#(n(frame.y(base) - 6))" text-anchor="middle"\#
                 font-weight="bold">\#(ChartScale.format(totals[period]))</text>
                """#
        }
        let legend = frame.legend(
            segments.enumerated().map { kind, segment in
                (
                    segment.label,
                    { x, y in
                        #"""
                        <rect x="\#(n(x))" y="\#(n(y))" width="18" height="14" fill="url(#\#(ChartStyle.patternID(id, kind)))"\#
                         stroke="\#(ChartStyle.colour(kind))"/>
                        """#
                    }
                )
            })
        return ChartFigure.node(
            id: id, title: title, summary: summary(periods: periods, segments: segments, totals: totals),
            height: legend.height, drawing: drawing + legend.svg,
            table: (
                [L10n.Platform.ky] + segments.map(\.label) + [L10n.Platform.tong],
                periods.indices.map { period in
                    [periods[period]] + segments.map { ChartScale.format($0.value(at: period)) } + [ChartScale.format(totals[period])]
                }
            ))
    }

    /// "Biểu đồ cột chồng, 2 kỳ. Quý I: Đúng hạn 12, Trễ hạn 3; tổng 15. …"
    static func summary(periods: [String], segments: [ChartSeries], totals: [Double]) -> String {
        let parts = periods.indices.map { period in
            periods[period] + ": " + segments.map { "\($0.label) \(ChartScale.format($0.value(at: period)))" }.joined(separator: ", ")
                + L10n.Platform.tongSauChamPhay(ChartScale.format(totals[period]))
        }
        return ([L10n.Platform.bieuDoCotChongKy(periods.count)] + parts).joined(separator: " ")
    }
}
