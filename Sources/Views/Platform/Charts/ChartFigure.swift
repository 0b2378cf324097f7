import Plot

/// The HTML around a chart: a visible caption, the SVG (announced as one image with its title and
/// a spoken summary) and the same figures as a table that only screen readers see.
enum ChartFigure {
    static func node(
        id: String, title: String, summary: String, height: Double, drawing: String,
        table: (header: [String], rows: [[String]])
    ) -> Node<HTML.BodyContext> {
        let n = ChartStyle.n
        let svg =
            #"""
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\#(id)-title \#(id)-desc" viewBox="0 0 \#(n(ChartFrame.width))\#
             \#(n(height))" width="100%" preserveAspectRatio="xMidYMid meet" font-size="12" fill="currentColor">
            """#
            + #"<title id="\#(id)-title">\#(escapeAttribute(title))</title><desc id="\#(id)-desc">\#(escapeAttribute(summary))</desc>"#
            + drawing + "</svg>"
        return .element(
            named: "figure",
            nodes: [
                .class("chart"), .attr("id", id), .el("figcaption", .text(title)), .raw(svg),
                .table(
                    .class("visually-hidden"),
                    .caption(.text(title)),
                    .thead(.tr(.forEach(table.header) { .th(.attr("scope", "col"), .text($0)) })),
                    .tbody(
                        .forEach(table.rows) { row in
                            .tr(.th(.attr("scope", "row"), .text(row.first ?? "")), .forEach(row.dropFirst()) { .td(.text($0)) })
                        }))
            ])
    }

    /// Ids go into attributes and url(#…) references: keep letters, digits, "-" and "_".
    static func safeID(_ id: String) -> String {
        let kept = String(
            id.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
        return kept.first?.isLetter == true ? kept : "chart-" + kept
    }
}
