import Testing

@testable import Views

@Suite struct ChartTests {
    func numbers(_ attribute: String, of element: String, in html: String) -> [Double] {
        let pattern = try! Regex<(Substring, Substring)>(element + #"[^>]*\b"# + attribute + #"="([0-9.]+)""#)
        return html.matches(of: pattern).compactMap { Double($0.output.1) }
    }

    @Test func oneSegmentPerNonZeroValueWithHeightsProportionalToTheValue() {
        let html = StackedBarChart.node(
            id: "nop-bao-cao", title: "Tình hình nộp báo cáo", periods: ["Quý I", "Quý II"],
            segments: [
                .init(label: "Đúng hạn", values: [12, 15]),
                .init(label: "Trễ hạn", values: [3, 0]),
                .init(label: "Chưa nộp", values: [2, 1])
            ]
        ).render()
        let heights = numbers("height", of: #"<rect class="segment""#, in: html)
        let values: [Double] = [12, 3, 2, 15, 1]
        #expect(heights.count == values.count)
        let ratios = zip(heights, values).map { $0 / $1 }
        #expect(ratios.allSatisfy { abs($0 - ratios[0]) < 0.01 })
        // Largest total 17 → axis to 20 over 200 units: 10 units per report.
        #expect(abs(ratios[0] - 10) < 0.01)
        // Segments stack: each one starts where the one below ends.
        let ys = numbers("y", of: #"<rect class="segment""#, in: html)
        #expect(abs((ys[1] + heights[1]) - ys[0]) < 0.01)
    }

    @Test func chartsAreAccessibleImagesWithATextAlternative() {
        let html = StackedBarChart.node(
            id: "a", title: "Tình hình nộp báo cáo", periods: ["Quý I"],
            segments: [
                .init(label: "Đúng hạn", values: [12]), .init(label: "Trễ hạn", values: [3])
            ]
        ).render()
        #expect(html.contains(#"role="img""#))
        #expect(html.contains(#"aria-labelledby="a-title a-desc""#))
        #expect(html.contains(#"<title id="a-title">Tình hình nộp báo cáo</title>"#))
        #expect(html.contains("Quý I: Đúng hạn 12, Trễ hạn 3; tổng 15."))
        #expect(html.contains(#"viewBox="0 0 640 "#) && html.contains(#"width="100%""#))
        // Series differ by pattern, not only colour, and the legend names them.
        #expect(html.contains(#"fill="url(#a-p0)""#) && html.contains(#"fill="url(#a-p1)""#))
        #expect(html.contains(">Trễ hạn</text>"))
        #expect(html.contains(#"<table class="visually-hidden"><caption>Tình hình nộp báo cáo</caption>"#))
        #expect(html.contains(#"<th scope="row">Quý I</th><td>12</td><td>3</td><td>15</td>"#))
    }

    @Test func labelsAreEscapedEverywhere() {
        let evil = #"<script>alert("x")</script>"#
        let bars = StackedBarChart.node(id: #""><script>"#, title: evil, periods: [evil], segments: [.init(label: evil, values: [4])]).render()
        let lines = LineChart.node(id: "l", title: evil, periods: [evil, "Quý II"], series: [.init(label: evil, values: [1, 2])], unit: evil).render()
        for html in [bars, lines] {
            #expect(!html.contains("<script"))
            #expect(html.contains("&lt;script&gt;"))
        }
        #expect(bars.contains(#"<figure class="chart" id="script">"#))
    }

    @Test func allZeroDataDrawsAnEmptyChartWithoutDividingByZero() {
        let bars = StackedBarChart.node(
            id: "z", title: "Không có số liệu", periods: ["Tháng 1", "Tháng 2"], segments: [.init(label: "Đúng hạn", values: [0, 0])]
        ).render()
        let lines = LineChart.node(
            id: "z2", title: "Tỷ lệ", periods: ["Tháng 1", "Tháng 2"], series: [.init(label: "Tỷ lệ", values: [0, 0])], unit: "%"
        ).render()
        let empty = LineChart.node(id: "z3", title: "Tỷ lệ", periods: [], series: []).render()
        for html in [bars, lines, empty] {
            #expect(!html.contains("nan") && !html.contains("inf"))
        }
        #expect(!bars.contains(#"class="segment""#))
        #expect(lines.contains(#"points="198,224 482,224""#))  // on the baseline
    }

    @Test func linePointsSitAtTheirValue() {
        let html = LineChart.node(
            id: "r", title: "Tỷ lệ đúng hạn", periods: ["Quý I", "Quý II", "Quý III"],
            series: [
                .init(label: "Thị xã", values: [0, 50, 100]), .init(label: "Chỉ tiêu", values: [80, 80, 80])
            ], unit: "%"
        ).render()
        // Axis 0–100 % over 200 units below y = 24.
        #expect(html.contains(#"points="150.67,224 340,124 529.33,24""#))
        #expect(html.contains(#"stroke-dasharray="8 4""#))  // the second series is dashed
        #expect(html.contains("Thị xã: 0%, 50%, 100%."))
        #expect(html.contains(">100%</text>"))
    }

    @Test func axisStepsAreRoundAndFiguresVietnamese() {
        #expect(ChartScale.ticks(upTo: 17, wholeNumbers: true) == [0, 5, 10, 15, 20])
        #expect(ChartScale.ticks(upTo: 3, wholeNumbers: true) == [0, 1, 2, 3])
        #expect(ChartScale.ticks(upTo: 0, wholeNumbers: true) == [0, 1])
        #expect(ChartScale.ticks(upTo: 85, wholeNumbers: false) == [0, 25, 50, 75, 100])
        #expect(ChartScale.format(83.333) == "83,3")
        #expect(ChartScale.format(1250) == "1.250")
    }
}
