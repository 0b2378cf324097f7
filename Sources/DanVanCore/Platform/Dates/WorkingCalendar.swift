import Foundation

/// Lịch làm việc — Monday to Friday except public holidays (ngày nghỉ lễ, Tết), which are data, not code.
public struct WorkingCalendar: Sendable {
    public let holidays: Set<CivilDate>

    public init(holidays: some Sequence<CivilDate>) {
        self.holidays = Set(holidays)
    }

    /// The shipped defaults (`VietnamHolidays.defaults`), which an operator may edit.
    public static let vietnamDefault = WorkingCalendar(holidays: VietnamHolidays.defaults.map(\.date))

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        date.isoWeekday <= 5 && !holidays.contains(date)
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
