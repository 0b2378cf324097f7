import Plot

/// Page links under a list: "Trang 2/14 · 672 mục".
public struct PaginationModel: Sendable {
    public let page: Int
    public let pageCount: Int
    public let total: Int
    public let previousURL: String?
    public let nextURL: String?

    public init(page: Int, pageCount: Int, total: Int, previousURL: String?, nextURL: String?) {
        self.page = page
        self.pageCount = pageCount
        self.total = total
        self.previousURL = previousURL
        self.nextURL = nextURL
    }

    var node: Node<HTML.BodyContext> {
        .nav(
            .class("pagination"), .attr("aria-label", L10n.Platform.phanTrang),
            .unwrap(previousURL) { .link(L10n.Platform.trangTruoc, $0, .attr("rel", "prev")) },
            .span(.text(L10n.Platform.trangMuc(page, max(pageCount, 1), VietnameseNumber.format(total)))),
            .unwrap(nextURL) { .link("Trang sau →", $0, .attr("rel", "next")) }
        )
    }
}

/// Numbers as Vietnamese write them: 10.811 (dot for thousands).
public enum VietnameseNumber {
    public static func format(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "." }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }
}
