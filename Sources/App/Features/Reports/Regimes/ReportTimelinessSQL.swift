import DanVanCore
import SQLKit

/// DanVanCore's `ReportTimeliness` as SQL over `report_requests`, for counts and filters that must not load each request.
/// `ReportTimelinessSQLTests` checks that it counts every request as the core rule classifies it. Statuses are written as
/// SQL literals (from `ReportStatus`), not parameters, so the planner can still use partial indexes on them.
enum ReportTimelinessSQL {
    /// `ReportTimeliness.isMissing`: due date passed and nothing sent, for the dashboard, the reports list and the ranking.
    static func missing(today: String) -> SQLQueryString {
        "submitted_on IS NULL AND due_on < \(bind: today)"
    }

    /// `ReportTimeliness.dueSoon`: not sent yet and due within `DueSoon.days`.
    static func dueSoon(today: CivilDate) -> SQLQueryString {
        "submitted_on IS NULL AND due_on >= \(bind: today.iso) AND due_on <= \(bind: today.adding(days: DueSoon.days).iso)"
    }

    /// How many requests are on time, late, returned and missing, as the grid and the dashboard count them.
    static func sums(today: String) -> SQLQueryString {
        let returned = ReportStatus.returned.rawValue
        return """
            SUM(CASE WHEN status <> \(literal: returned) AND submitted_on IS NOT NULL AND late = \(bind: false) THEN 1 ELSE 0 END) AS "onTime", \
            SUM(CASE WHEN status <> \(literal: returned) AND submitted_on IS NOT NULL AND late = \(bind: true) THEN 1 ELSE 0 END) AS late, \
            SUM(CASE WHEN status = \(literal: returned) THEN 1 ELSE 0 END) AS returned, \
            SUM(CASE WHEN \(missing(today: today)) THEN 1 ELSE 0 END) AS missing
            """
    }
}
