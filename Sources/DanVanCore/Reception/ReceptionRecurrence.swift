/// Tần suất tiếp công dân — weekly (a commune chairman: at least one day a week) or monthly (a province chairman:
/// at least one day a month), Luật Tiếp công dân 2013, Điều 13–15.
public enum ReceptionFrequency: String, Codable, CaseIterable, Sendable {
    case weekly = "hang_tuan"
    case monthly = "hang_thang"

    public var label: String { self == .weekly ? "Hằng tuần" : "Hằng tháng" }
}

/// Lịch tiếp định kỳ — the next reception days of a schedule; a day that falls on a day off moves to the next working day.
public struct ReceptionRecurrence: Sendable {
    public let frequency: ReceptionFrequency
    /// ISO weekday (1 = Monday) for weekly schedules, day of the month for monthly ones.
    public let day: Int

    public init(frequency: ReceptionFrequency, day: Int) {
        self.frequency = frequency
        self.day = day
    }

    public static let weekdayNames = ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

    /// "Thứ Năm hằng tuần", "Ngày 15 hằng tháng".
    public var label: String {
        switch frequency {
        case .weekly: return (Self.weekdayNames.indices.contains(day) ? Self.weekdayNames[day] : "?") + " hằng tuần"
        case .monthly: return "Ngày \(day) hằng tháng"
        }
    }

    public var isValid: Bool {
        frequency == .weekly ? (1...7).contains(day) : (1...31).contains(day)
    }

    /// The next `count` reception days on or after `start`.
    public func upcoming(from start: CivilDate, count: Int, calendar: WorkingCalendar) -> [CivilDate] {
        guard isValid else { return [] }
        var dates: [CivilDate] = []
        var cursor = start
        while dates.count < count {
            let scheduled: CivilDate
            switch frequency {
            case .weekly:
                scheduled = cursor.adding(days: (day - cursor.isoWeekday + 7) % 7)
                cursor = scheduled.adding(days: 1)
            case .monthly:
                let monthDay = min(day, CivilDate.daysIn(month: cursor.month, year: cursor.year))
                let inMonth = CivilDate(year: cursor.year, month: cursor.month, day: monthDay)!
                let nextMonth =
                    cursor.month == 12
                    ? CivilDate(year: cursor.year + 1, month: 1, day: 1)! : CivilDate(year: cursor.year, month: cursor.month + 1, day: 1)!
                cursor = nextMonth
                guard inMonth >= start else { continue }
                scheduled = inMonth
            }
            dates.append(calendar.nextWorkingDay(onOrAfter: scheduled))
        }
        return dates
    }
}
