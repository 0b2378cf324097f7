import DanVanCore
import Fluent
import SQLKit
import Views

/// The dashboard's report charts for a subtree: completeness by month of the due date, and two rates from accepted reports.
enum ReportTrends {
    static func year(_ year: Int, scopePath: String, today: String, on db: any Database) async throws -> DashboardPage.ReportTrend? {
        let sql = db as! any SQLDatabase
        struct Counts: Decodable {
            let month: String
            let onTime: Int
            let late: Int
            let returned: Int
            let missing: Int
        }
        let counts = try await sql.raw(
            """
            SELECT SUBSTR(due_on, 6, 2) AS month, \(ReportTimelinessSQL.sums(today: today)) \
            FROM report_requests WHERE due_on LIKE \(bind: "\(year)-%") \
            AND unit_id IN (SELECT id FROM units WHERE path LIKE \(bind: scopePath + "%")) \
            GROUP BY SUBSTR(due_on, 6, 2)
            """
        ).all(decoding: Counts.self)
        guard !counts.isEmpty else { return nil }
        struct Sums: Decodable {
            let month: String
            let code: String
            let total: Double
        }
        let sums = try await sql.raw(
            """
            SELECT SUBSTR(r.due_on, 6, 2) AS month, i.code AS code, SUM(v.value) AS total \
            FROM report_values v JOIN report_indicators i ON i.id = v.indicator_id JOIN report_versions ver ON ver.id = v.version_id \
            JOIN report_requests r ON r.id = ver.request_id \
            WHERE ver.state = \(literal: ReportVersionState.accepted) AND i.code IN ('hs_nhan', 'hs_dung_han', 'don_nhan', 'don_giai_quyet') \
            AND r.due_on LIKE \(bind: "\(year)-%") AND r.unit_id IN (SELECT id FROM units WHERE path LIKE \(bind: scopePath + "%")) \
            GROUP BY SUBSTR(r.due_on, 6, 2), i.code
            """
        ).all(decoding: Sums.self)

        let months = (1...12).map { String(format: "%02d", $0) }
        let byMonth = Dictionary(uniqueKeysWithValues: counts.map { ($0.month, $0) })
        func series(_ label: String, _ value: (Counts) -> Int) -> ChartSeries {
            ChartSeries(label: label, values: months.map { byMonth[$0].map { Double(value($0)) } ?? 0 })
        }
        let totals = Dictionary(grouping: sums, by: \.month).mapValues { Dictionary($0.map { ($0.code, $0.total) }, uniquingKeysWith: +) }
        let reported = months.filter { (totals[$0]?["hs_nhan"] ?? 0) > 0 && (totals[$0]?["don_nhan"] ?? 0) > 0 }
        func rate(_ label: String, _ numerator: String, _ denominator: String) -> ChartSeries {
            ChartSeries(
                label: label, values: reported.map { totals[$0].flatMap { ReportFigures.ratio($0[numerator] ?? 0, $0[denominator] ?? 0) } ?? 0 })
        }
        return DashboardPage.ReportTrend(
            year: year, months: months.map { "T" + String(Int($0)!) },
            completeness: [
                series(L10n.Reports.dungHan, \.onTime), series(L10n.Reports.treHan, \.late), series(L10n.Reports.biTraLai, \.returned),
                series(L10n.Reports.chuaNopQuaHan, \.missing)
            ],
            rateMonths: reported.map { "T" + String(Int($0)!) },
            rates: reported.isEmpty
                ? []
                : [
                    rate(L10n.Reports.hoSoTthcGiaiQuyetDung, "hs_dung_han", "hs_nhan"),
                    rate(L10n.Reports.donThuDaGiaiQuyet, "don_giai_quyet", "don_nhan")
                ])
    }
}
