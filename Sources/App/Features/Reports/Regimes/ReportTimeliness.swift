import DanVanCore
import SQLKit

/// On time, late, returned, missing: how report requests are counted, by the stored lateness flag, never by today's rules.
enum ReportTimeliness {
    /// A request is missing when its due date has passed and nothing was sent: the one test of "overdue report" for the
    /// dashboard, the reports list and the leader's ranking alike.
    static func missing(today: String) -> SQLQueryString {
        "submitted_on IS NULL AND due_on < \(bind: today)"
    }

    /// Not sent yet and due within `DueSoon.days`.
    static func dueSoon(today: CivilDate) -> SQLQueryString {
        "submitted_on IS NULL AND due_on >= \(bind: today.iso) AND due_on <= \(bind: today.adding(days: DueSoon.days).iso)"
    }

    /// "onTime", late, returned and missing over report requests, as the grid and the dashboard both count them.
    static func sums(today: String) -> SQLQueryString {
        """
        SUM(CASE WHEN status <> 'tra_lai' AND submitted_on IS NOT NULL AND late = \(bind: false) THEN 1 ELSE 0 END) AS "onTime", \
        SUM(CASE WHEN status <> 'tra_lai' AND submitted_on IS NOT NULL AND late = \(bind: true) THEN 1 ELSE 0 END) AS late, \
        SUM(CASE WHEN status = 'tra_lai' THEN 1 ELSE 0 END) AS returned, \
        SUM(CASE WHEN \(missing(today: today)) THEN 1 ELSE 0 END) AS missing
        """
    }
}
