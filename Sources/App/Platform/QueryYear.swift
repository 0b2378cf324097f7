import Vapor

extension Request {
    /// The years a page can show. A year outside them reads as `fallback`: calendars add to the year, and
    /// `?nam=9223372036854775807` must not trap (issue 12, F2).
    static let shownYears = 1900...2200

    /// A year from the query (`?nam=2026`), or `fallback` when it is absent, not a number or out of range.
    func queryYear(_ key: String = "nam", fallback: Int) -> Int {
        guard let year = Int(query[String.self, at: key] ?? ""), Self.shownYears.contains(year) else { return fallback }
        return year
    }
}
