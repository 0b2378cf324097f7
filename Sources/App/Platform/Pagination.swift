import Fluent
import Vapor

/// Which page a list shows: `?trang=2&so=50` in the UI, `?page=2&per=50` in the API; at most 200 a page.
struct PageParams: Sendable {
    static let maxPerPage = 200
    /// Far past any real list; a larger number is read as this one, so `page × per` cannot overflow (issue 12, F2:
    /// `?trang=9223372036854775807` trapped and killed the process).
    static let maxPage = 1_000_000
    var page: Int
    var per: Int

    init(page: Int?, per: Int?, defaultPer: Int = 50) {
        self.page = min(Self.maxPage, max(1, page ?? 1))
        self.per = min(Self.maxPerPage, max(1, per ?? defaultPer))
    }

    /// Every row up to `limit`, for an export: a file is handed in whole, not cut at a screen's page size (the work list
    /// export stopped at 200 of 209 rows, issue 18).
    static func export(upTo limit: Int) -> PageParams {
        var params = PageParams(page: 1, per: maxPerPage)
        params.per = limit
        return params
    }

    init(from request: Request, defaultPer: Int = 50) {
        self.init(page: request.query["page"] ?? request.query["trang"], per: request.query["per"] ?? request.query["so"], defaultPer: defaultPer)
    }

    /// Rows before this page.
    var offset: Int { (page - 1) * per }

    var fluent: PageRequest { .init(page: page, per: per) }
}
