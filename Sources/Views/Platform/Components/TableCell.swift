import Plot

/// A table cell of a list page: text, a link, a status shown by its words and a colour, or a right-aligned number.
public enum TableCell: Sendable {
    case text(String)
    case link(String, String)
    /// `style` is one of ok, late, missing, returned, waiting, future.
    case status(String, style: String, url: String? = nil)
    case number(String)

    var node: Node<HTML.TableRowContext> {
        switch self {
        case .text(let text): return .td(.text(text))
        case .link(let text, let url): return .td(.link(text, url))
        case .status(let text, let style, let url):
            let badge: Node<HTML.BodyContext> = .el("span", .class("st st-" + style), .text(text))
            return .td(url.map { .el("a", .attr("href", $0), badge) } ?? badge)
        case .number(let text): return .td(.class("num"), .text(text))
        }
    }

    /// A whole table, or the empty message when there are no rows.
    static func table(_ header: [String], _ rows: [[TableCell]], caption: String? = nil, empty: String = L10n.noResults) -> Node<HTML.BodyContext> {
        rows.isEmpty
            ? .p(.class("empty"), .text(empty))
            : .div(
                .class("table-wrap"),
                .table(
                    .if(caption != nil, .caption(.text(caption ?? ""))),
                    .thead(.tr(.forEach(header) { .th(.attr("scope", "col"), .text($0)) })),
                    .tbody(.forEach(rows) { row in .tr(.forEach(row) { $0.node }) })))
    }
}
