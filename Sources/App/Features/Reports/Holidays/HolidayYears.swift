import DanVanCore
import Fluent
import SQLKit

/// Fills in a year's computed holidays the first time someone needs to see or edit them.
///
/// Set-based and safe with several servers: in one transaction the years are claimed with
/// `INSERT … ON CONFLICT (year) DO NOTHING RETURNING year`, and only the years this statement claimed get their days
/// (`ON CONFLICT (day) DO NOTHING`, so a day someone added by hand stays). A second server that races for the same
/// year waits on the unique key, claims nothing and writes nothing; running it again is a no-op. A day an operator
/// deletes from a filled-in year is therefore never put back.
enum HolidayYears {
    static func fillIn(_ years: some Sequence<Int>, on db: any Database) async throws {
        let wanted = Set(years).filter { VietnameseLunarCalendar.supportedYears.contains($0) }
        guard !wanted.isEmpty else { return }
        // Most calls find every year already kept: answer those with a read, not a write transaction.
        let kept = try await HolidayYear.query(on: db).filter(\.$year ~~ Array(wanted)).all().map(\.year)
        let missing = wanted.subtracting(kept).sorted()
        guard !missing.isEmpty else { return }
        try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            let claim = sql.insert(into: HolidayYear.schema).columns("year", "source")
            for year in missing { claim.values([year, HolidayYear.Source.computed.rawValue] as [any Encodable & Sendable]) }
            let claimed = try await claim.ignoringConflicts(with: "year").returning("year").all()
                .map { try $0.decode(column: "year", as: Int.self) }
            let days = claimed.flatMap { StatutoryHolidays.standard.daysOff(in: $0) }
            guard !days.isEmpty else { return }
            let fill = sql.insert(into: Holiday.schema).columns("day", "name")
            for day in days { fill.values([day.date.iso, day.name] as [any Encodable & Sendable]) }
            try await fill.ignoringConflicts(with: "day").run()
        }
    }

    /// Each year's row, for the years asked about.
    static func rows(_ years: some Sequence<Int>, on db: any Database) async throws -> [Int: HolidayYear] {
        let rows = try await HolidayYear.query(on: db).filter(\.$year ~~ Array(years)).all()
        return Dictionary(rows.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
