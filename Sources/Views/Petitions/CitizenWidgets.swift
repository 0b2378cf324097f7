import Plot

/// Widgets the citizens pages share: text areas, check boxes, fact lists, a small table.
enum CitizenWidgets {
    typealias HTMLNode = Node<HTML.BodyContext>

    static func textarea(_ label: String, name: String, value: String = "", required: Bool = false, error: String? = nil, rows: Int = 5) -> HTMLNode {
        let id = "f-" + name
        var attrs: [HTMLNode] = [.attr("id", id), .attr("name", name), .attr("rows", String(rows))]
        if required { attrs.append(.attr("required", "required")) }
        if error != nil {
            attrs.append(.attr("aria-invalid", "true"))
            attrs.append(.attr("aria-describedby", id + "-error"))
        }
        return .div(
            .class("field" + (error == nil ? "" : " field-error")),
            .el("label", .attr("for", id), .text(label + (required ? " *" : ""))),
            .el("textarea", attrs + [.text(value)]),
            .unwrap(error) { .el("p", .attr("id", id + "-error"), .class("error-text"), .text($0)) }
        )
    }

    static func checkbox(_ label: String, name: String, value: String = "1", checked: Bool) -> HTMLNode {
        let id = "f-" + name + "-" + value
        var attrs: [(String, String)] = [("type", "checkbox"), ("id", id), ("name", name), ("value", value)]
        if checked { attrs.append(("checked", "checked")) }
        return .el("div", .class("checkbox"), .void("input", attrs), .el("label", .attr("for", id), .text(" " + label)))
    }

    static func checkboxGroup(_ legend: String, name: String, options: [(value: String, label: String)], checked: Set<String>, error: String? = nil)
        -> HTMLNode
    {
        .el(
            "fieldset",
            [.class("field" + (error == nil ? "" : " field-error")), .el("legend", .text(legend))]
                + options.map { checkbox($0.label, name: name, value: $0.value, checked: checked.contains($0.value)) }
                + [.unwrap(error) { .el("p", .class("error-text"), .text($0)) }])
    }

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

    /// Who runs the page: the People's Committee and how to reach it, on every citizens' page.
    static func operatorBlock(_ info: PublicOperator) -> HTMLNode {
        .div(
            .class("public-operator"),
            .p(.text("Trang do "), .strong(.text(info.name)), .text(L10n.Petitions.quanLy)),
            .unwrap(info.contact) { .p(.text(L10n.Petitions.lienHeLabel + $0)) })
    }

    static var requiredLegend: HTMLNode { .p(.class("hint"), .text(L10n.Petitions.oCoDauLaBatBuoc)) }

    static func errorSummary(_ errors: [String: String]) -> HTMLNode {
        .if(
            !errors.isEmpty,
            .div(
                .class("flash flash-error"), .attr("role", "alert"),
                .p(.text(L10n.Petitions.vuiLongSuaCacLoiSauLabel)),
                .ul(.forEach(errors.sorted { $0.key < $1.key }) { .li(.text($0.value)) })))
    }
}
