import Plot

/// Tables the pages share: a list of facts, a plain table, and tables that become one card per row on a phone.
enum Tables {
    typealias HTMLNode = Node<HTML.BodyContext>

    static func facts(_ rows: [(String, String)]) -> HTMLNode {
        .el("dl", [.class("facts")] + rows.flatMap { [HTMLNode.el("dt", .text($0.0)), .el("dd", .text($0.1))] })
    }

    static func table(_ headers: [String], _ rows: [[HTMLNode]]) -> HTMLNode {
        .div(
            .class("table-wrap"),
            .table(
                .thead(.tr(.forEach(headers) { .th(.text($0)) })),
                .tbody(.forEach(rows) { cells in .tr(.forEach(cells) { .td($0) }) })
            ))
    }

    /// `stackedTable` for the long lists (the disclosure grid, the public list, the registry), written as HTML directly:
    /// Plot built a node per cell and escaped text a Character at a time, most of such a page's rendering time.
    /// Each cell is HTML already (`HTMLCell`); headers are escaped here.
    static func stackedTable(_ headers: [String], html rows: [[String]]) -> HTMLNode {
        let labels = headers.map(escapeAttribute)
        var html = #"<table class="stacked"><thead><tr>"#
        for label in labels { html += "<th>" + label + "</th>" }
        html += "</tr></thead><tbody>"
        for cells in rows {
            html += "<tr>"
            for (label, cell) in zip(labels, cells) { html += #"<td data-label=""# + label + #"">"# + cell + "</td>" }
            html += "</tr>"
        }
        return .raw(html + "</tbody></table>")
    }

    /// A table that becomes one card per row on a phone: each cell carries its column's name, shown before it there.
    static func stackedTable(_ headers: [String], _ rows: [[HTMLNode]]) -> HTMLNode {
        .table(
            .class("stacked"),
            .thead(.tr(.forEach(headers) { .th(.text($0)) })),
            .tbody(.forEach(rows) { cells in .tr(.forEach(Array(zip(headers, cells))) { .td(.attr("data-label", $0.0), $0.1) }) })
        )
    }
}
