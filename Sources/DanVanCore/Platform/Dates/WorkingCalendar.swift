import Foundation

/// Lịch làm việc — Monday to Friday except public holidays (ngày nghỉ lễ, Tết), which are data, not code.
public struct WorkingCalendar: Sendable {
    /// Days off kept as data (the Government's notices, operators' edits).
    public let holidays: Set<CivilDate>
    /// The years `holidays` answers for; any other year takes `StatutoryHolidays.standard` on top of `holidays`, so
    /// the calendar never ends. Nil: `holidays` is the whole list (a calendar built for one purpose, or a test).
    public let keptYears: Set<Int>?
    /// Saturdays and Sundays worked in exchange for a weekday off (ngày làm bù, set by the year's notice).
    public let workdays: Set<CivilDate>

    /// Exactly these days off, no computed years.
    public init(holidays: some Sequence<CivilDate>, workdays: [CivilDate] = []) {
        self.holidays = Set(holidays)
        self.keptYears = nil
        self.workdays = Set(workdays)
    }

    /// These days off for `keptYears`; the statutory default (plus any of `holidays`) for every other year.
    public init(holidays: some Sequence<CivilDate>, keptYears: some Sequence<Int>, workdays: [CivilDate] = []) {
        self.holidays = Set(holidays)
        self.keptYears = Set(keptYears)
        self.workdays = Set(workdays)
    }

    /// The shipped notices (`VietnamHolidays.defaults`, 2024–2026), then the law's computed default for other years.
    public static let vietnamDefault = WorkingCalendar(
        holidays: VietnamHolidays.defaults.map(\.date),
        keptYears: VietnamHolidays.years)

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        date.isoWeekday <= 5 ? !isHoliday(date) : workdays.contains(date)
    }

    /// A weekday off: kept as data, or computed for a year nobody has kept.
    public func isHoliday(_ date: CivilDate) -> Bool {
        if holidays.contains(date) { return true }
        guard let keptYears, !keptYears.contains(date.year) else { return false }
        return ComputedDaysOff.shared.days(in: date.year).contains(date)
    }

    /// The `count`-th working day after `start` (the day of receipt itself is not counted).
    public func addingWorkingDays(_ count: Int, to start: CivilDate) -> CivilDate {
        var date = start
        var left = count
        while left > 0 {
            date = date.adding(days: 1)
            if isWorkingDay(date) { left -= 1 }
        }
        return date
    }

    /// `count` calendar days after `start`; when that day is a day off the period ends on the next working day
    /// (Bộ luật Dân sự 2015, Điều 148 khoản 5).
    public func addingCalendarDays(_ count: Int, to start: CivilDate) -> CivilDate {
        nextWorkingDay(onOrAfter: start.adding(days: count))
    }

    public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// Working days from `start` (exclusive) to `end` (inclusive); negative when `end` is earlier.
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }
}
