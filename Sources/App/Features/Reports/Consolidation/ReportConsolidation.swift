import DanVanCore
import Fluent
import SQLKit

/// Tổng hợp — a regime's period combined: figures aggregated over the accepted reports in the database,
/// narrative sections collected per unit, and who is missing or late.
enum ReportConsolidation {
    struct Figure: Sendable {
        let indicator: ReportIndicator
        /// Nil when no accepted report gave this figure (or a ratio's denominator is zero).
        let value: Double?
        let reports: Int
        /// A ratio with a target: whether the combined ratio meets it.
        var meetsTarget: Bool? {
            guard let target = indicator.target, let value else { return nil }
            return value >= target
        }
    }

    struct Narrative: Sendable {
        let section: ReportSection
        let entries: [(unit: String, text: String)]
    }

    struct Result: Sendable {
        let schedule: ReportSchedule
        let periodKey: String
        let periodLabel: String
        let expected: Int
        let accepted: Int
        let figures: [Figure]
        let narratives: [Narrative]
        /// Units without an accepted report, and units whose report came late.
        let missing: [(unit: String, status: String)]
        let late: [String]
    }

    static func build(_ schedule: ReportSchedule, periodKey: String, on db: any Database) async throws -> Result {
        let sql = db as! any SQLDatabase
        let (indicators, sections) = try await template(of: schedule, on: db)
        let totals = try await aggregates(scheduleID: schedule.id!, periodKey: periodKey, on: sql)
        let latest = try await latestValues(
            indicators.filter { $0.aggregation == IndicatorAggregation.latest.rawValue }.compactMap(\.id),
            scheduleID: schedule.id!, periodKey: periodKey, on: sql)
        let sums = Dictionary(uniqueKeysWithValues: indicators.compactMap { indicator in totals[indicator.id!].map { (indicator.code, $0.sum) } })
        let figures = indicators.map { indicator -> Figure in
            let row = totals[indicator.id!]
            switch IndicatorAggregation(rawValue: indicator.aggregation) ?? .sum {
            case .sum: return Figure(indicator: indicator, value: row?.sum, reports: row?.n ?? 0)
            case .average: return Figure(indicator: indicator, value: row?.avg, reports: row?.n ?? 0)
            case .max: return Figure(indicator: indicator, value: row?.max, reports: row?.n ?? 0)
            case .latest: return Figure(indicator: indicator, value: latest[indicator.id!], reports: row?.n ?? 0)
            case .ratio:
                let value = sums[indicator.numerator ?? ""].flatMap { numerator in
                    sums[indicator.denominator ?? ""].flatMap { ReportFigures.ratio(numerator, $0) }
                }
                return Figure(
                    indicator: indicator, value: value, reports: totals[indicators.first { $0.code == indicator.denominator }?.id ?? -1]?.n ?? 0)
            }
        }

        let units = try await unitStates(scheduleID: schedule.id!, periodKey: periodKey, on: sql)
        let texts = try await narratives(scheduleID: schedule.id!, periodKey: periodKey, on: sql)
        let accepted = ReportStatus.accepted.rawValue
        return Result(
            schedule: schedule, periodKey: periodKey, periodLabel: units.first?.label ?? periodKey,
            expected: units.count, accepted: units.filter { $0.status == accepted }.count,
            figures: figures,
            narratives: sections.map { section in Narrative(section: section, entries: texts[section.id!] ?? []) },
            missing: units.filter { $0.status != accepted }.map { ($0.name, ReportStatus(rawValue: $0.status)?.label ?? $0.status) },
            late: units.filter { $0.late == true }.map(\.name))
    }

    struct UnitState: Decodable {
        let name: String
        let label: String
        let status: String
        let late: Bool?
    }

    /// Every reporting unit's request of the period, in one query returning only what the page shows.
    private static func unitStates(scheduleID: Int, periodKey: String, on sql: any SQLDatabase) async throws -> [UnitState] {
        try await sql.raw(
            """
            SELECT u.name AS name, r.period_label AS label, r.status AS status, r.late AS late \
            FROM report_requests r JOIN units u ON u.id = r.unit_id \
            WHERE r.schedule_id = \(bind: scheduleID) AND r.period_key = \(bind: periodKey) ORDER BY u.sort_key
            """
        ).all(decoding: UnitState.self)
    }

    /// The regime's indicators and sections, in order; none when it has no template.
    static func template(of schedule: ReportSchedule, on db: any Database) async throws -> ([ReportIndicator], [ReportSection]) {
        guard let templateID = schedule.$template.id else { return ([], []) }
        return (
            try await ReportIndicator.query(on: db).filter(\.$template.$id == templateID).sort(\.$position).all(),
            try await ReportSection.query(on: db).filter(\.$template.$id == templateID).sort(\.$position).all()
        )
    }

    /// Joins a table of version rows (alias `alias`, with `version_id`) to its version `ver` and request `r`.
    private static func acceptedJoin(_ alias: String) -> SQLQueryString {
        "JOIN report_versions ver ON ver.id = \(ident: alias).version_id JOIN report_requests r ON r.id = ver.request_id"
    }

    /// The accepted versions of a regime's period: what every consolidation figure and text is read from.
    private static func accepted(_ scheduleID: Int, _ periodKey: String) -> SQLQueryString {
        "r.schedule_id = \(bind: scheduleID) AND r.period_key = \(bind: periodKey) AND ver.state = \(literal: ReportVersionState.accepted)"
    }

    struct Totals: Decodable, Sendable {
        let indicatorID: Int
        let sum: Double
        let avg: Double
        let max: Double
        let n: Int
    }

    /// One GROUP BY over the accepted versions' values.
    static func aggregates(scheduleID: Int, periodKey: String, on sql: any SQLDatabase) async throws -> [Int: Totals] {
        let rows = try await sql.raw(
            """
            SELECT v.indicator_id AS "indicatorID", SUM(v.value) AS sum, AVG(v.value) AS avg, MAX(v.value) AS max, COUNT(*) AS n \
            FROM report_values v \(acceptedJoin("v")) \
            WHERE \(accepted(scheduleID, periodKey)) \
            GROUP BY v.indicator_id
            """
        ).all(decoding: Totals.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.indicatorID, $0) })
    }

    private static func latestValues(_ indicatorIDs: [Int], scheduleID: Int, periodKey: String, on sql: any SQLDatabase) async throws -> [Int: Double]
    {
        guard !indicatorIDs.isEmpty else { return [:] }
        struct Row: Decodable {
            let indicatorID: Int
            let value: Double
        }
        let rows = try await sql.raw(
            """
            SELECT v.indicator_id AS "indicatorID", v.value AS value \
            FROM report_values v \(acceptedJoin("v")) \
            WHERE \(accepted(scheduleID, periodKey)) \
            AND v.indicator_id IN (\(binds: indicatorIDs)) ORDER BY ver.reviewed_at DESC, ver.id DESC
            """
        ).all(decoding: Row.self)
        var latest: [Int: Double] = [:]
        for row in rows where latest[row.indicatorID] == nil { latest[row.indicatorID] = row.value }
        return latest
    }

    private static func narratives(scheduleID: Int, periodKey: String, on sql: any SQLDatabase) async throws -> [Int: [(unit: String, text: String)]]
    {
        struct Row: Decodable {
            let sectionID: Int
            let unit: String
            let text: String
        }
        let rows = try await sql.raw(
            """
            SELECT t.section_id AS "sectionID", u.name AS unit, t.text AS text \
            FROM report_texts t \(acceptedJoin("t")) \
            JOIN units u ON u.id = r.unit_id \
            WHERE \(accepted(scheduleID, periodKey)) \
            ORDER BY t.section_id, u.sort_key
            """
        ).all(decoding: Row.self)
        return Dictionary(grouping: rows, by: \.sectionID).mapValues { $0.map { ($0.unit, $0.text) } }
    }

    /// Figures of every accepted report, unit by unit, for the spreadsheet: (unit code, unit name) → indicator id → value.
    static func byUnit(scheduleID: Int, periodKey: String, on db: any Database) async throws -> [(code: String, name: String, values: [Int: Double])]
    {
        struct Row: Decodable {
            let code: String
            let name: String
            let indicatorID: Int
            let value: Double
        }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT u.code AS code, u.name AS name, v.indicator_id AS "indicatorID", v.value AS value \
            FROM report_values v \(acceptedJoin("v")) \
            JOIN units u ON u.id = r.unit_id \
            WHERE \(accepted(scheduleID, periodKey)) \
            ORDER BY u.sort_key, u.code
            """
        ).all(decoding: Row.self)
        var result: [(code: String, name: String, values: [Int: Double])] = []
        for row in rows {
            if result.last?.code != row.code { result.append((row.code, row.name, [:])) }
            result[result.count - 1].values[row.indicatorID] = row.value
        }
        return result
    }
}
