import DanVanCore
import Fluent
import SQLKit

/// Expands regimes into report requests: one per reporting unit per period, in a few INSERT … SELECT statements,
/// skipping those that exist, so running it again never duplicates.
enum ReportRequestGenerator {
    struct Outcome: Sendable {
        var created = 0
        /// Regime id → why it yields no dates.
        var skipped: [Int: String] = [:]
        /// Notes on individual periods ("day 31 …"), per regime.
        var notes: [String] = []
    }

    /// Rows of (regime, receiver, period) sent per statement; 8 parameters each stays under SQLite's limit.
    static let chunk = 500

    static func generate(_ schedules: [ReportSchedule], year: Int, on db: any Database) async throws -> Outcome {
        let working = try await HolidayCalendar.load(on: db)
        let issuers = try await issuerUnits(of: schedules, on: db)
        var outcome = Outcome()
        var rows: [(schedule: Int, receiver: Int, period: ReportingPeriod)] = []
        for schedule in schedules {
            guard let period = schedule.reportPeriod else { continue }
            do {
                let rule = schedule.dueRule.flatMap(DueRule.init(typed:))
                let periods = try schedule.calendar(working).periods(of: period, rule: rule, year: year)
                let receiver = schedule.$receiverUnit.id ?? issuers[schedule.$plan.id] ?? 0
                rows += periods.map { (schedule.id!, receiver, $0) }
                outcome.notes += periods.compactMap { period in period.note.map { "\(period.label): \($0)" } }
            } catch let problem as ReportCalendar.Problem {
                outcome.skipped[schedule.id!] = problem.message
            }
        }
        guard !rows.isEmpty else { return outcome }
        let sql = db as! any SQLDatabase
        let ids = Array(Set(rows.map(\.schedule)))
        let before = try await count(ids, on: sql)
        for start in stride(from: 0, to: rows.count, by: chunk) {
            try await insert(rows[start..<min(start + chunk, rows.count)], on: sql)
        }
        outcome.created = try await count(ids, on: sql) - before
        return outcome
    }

    private static func insert(_ rows: ArraySlice<(schedule: Int, receiver: Int, period: ReportingPeriod)>, on sql: any SQLDatabase) async throws {
        var values: [SQLQueryString] = []
        for row in rows {
            let p = row.period
            values.append(
                """
                (CAST(\(bind: row.schedule) AS BIGINT), CAST(\(bind: row.receiver) AS BIGINT), \(bind: p.key), \(bind: p.label),\
                 \(bind: p.cutoffStart.iso), \(bind: p.cutoffEnd.iso), \(bind: p.due.iso), \(bind: p.note ?? ""))
                """
            )
        }
        let list = values.dropFirst().reduce(values[0]) { $0 + ", " + $1 }
        // "WHERE 1 = 1" keeps SQLite from reading ON CONFLICT as the join's ON clause.
        let query: SQLQueryString = """
            INSERT INTO report_requests (schedule_id, unit_id, receiver_unit_id, period_key, period_label, cutoff_start, cutoff_end, due_on, note,\
             status) \
            SELECT r.schedule_id, r.unit_id, p.column2, p.column3, p.column4, p.column5, p.column6, p.column7, NULLIF(p.column8, ''), \
            \(literal: ReportStatus.pending) \
            FROM report_schedule_reporters r JOIN (VALUES \(list)) AS p ON r.schedule_id = p.column1 \
            WHERE 1 = 1 ON CONFLICT (schedule_id, unit_id, period_key) DO NOTHING
            """
        try await sql.raw(query).run()
    }

    private static func count(_ scheduleIDs: [Int], on sql: any SQLDatabase) async throws -> Int {
        try await sql.count("SELECT COUNT(*) AS n FROM report_requests WHERE schedule_id IN (\(binds: scheduleIDs))")
    }

    /// Plan id → issuing unit id: the default receiver.
    private static func issuerUnits(of schedules: [ReportSchedule], on db: any Database) async throws -> [Int: Int] {
        let planIDs = Array(Set(schedules.map { $0.$plan.id }))
        guard !planIDs.isEmpty else { return [:] }
        let plans = try await Plan.query(on: db).filter(\.$id ~~ planIDs).all()
        return Dictionary(uniqueKeysWithValues: plans.map { ($0.id!, $0.$unit.id) })
    }
}
