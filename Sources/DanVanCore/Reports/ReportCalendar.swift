/// Lịch báo cáo — expands a regime's rule into the concrete periods of one year.
public struct ReportCalendar: Sendable {
    public enum Problem: Error, Equatable, Sendable {
        /// The plan gives no date for this report; someone has to enter one.
        case noDueRule
        /// Đột xuất reports are requested one by one, not expanded from a rule.
        case adhoc
        /// e.g. "ngày 20 tháng thứ 3 của quý" for a monthly report.
        case ruleDoesNotFit(ReportPeriod, DueRule)
        case cutoffDayOutOfRange(Int)
    }

    /// Nghị định 09/2019, Điều 12: data run from day 15 of the month before the period to day 14 of its last month.
    public static let defaultCutoffDay = 15

    public var cutoffDay: Int
    public var dayOffPolicy: DayOffPolicy
    public var workingCalendar: WorkingCalendar

    public init(cutoffDay: Int = defaultCutoffDay, dayOffPolicy: DayOffPolicy = .next, workingCalendar: WorkingCalendar) {
        self.cutoffDay = cutoffDay
        self.dayOffPolicy = dayOffPolicy
        self.workingCalendar = workingCalendar
    }

    public func periods(of period: ReportPeriod, rule: DueRule?, year: Int) throws(Problem) -> [ReportingPeriod] {
        guard period != .adhoc else { throw .adhoc }
        guard let rule else { throw .noDueRule }
        guard (1...28).contains(cutoffDay) else { throw .cutoffDayOutOfRange(cutoffDay) }
        return try Self.spans(of: period, year: year).map { span throws(Problem) in
            var notes: [String] = []
            let named = try dueDay(rule, period: period, span: span, year: year, notes: &notes)
            let due = shifted(named, notes: &notes)
            var (start, end) = cutoff(span, year: year)
            if end >= due {
                end = due.adding(days: -1)
                notes.append("Số liệu chốt đến \(end.vietnamese), trước hạn nộp.")
            }
            return ReportingPeriod(
                key: span.key, label: span.label, cutoffStart: start, cutoffEnd: end, due: due,
                note: notes.isEmpty ? nil : notes.joined(separator: " "))
        }
    }

    /// One period's months and names.
    struct Span {
        let key: String
        let label: String
        let firstMonth: Int
        let lastMonth: Int
    }

    static func spans(of period: ReportPeriod, year: Int) -> [Span] {
        switch period {
        case .monthly:
            return (1...12).map {
                Span(key: "\(year)-T" + (($0 < 10) ? "0" : "") + "\($0)", label: "Tháng \($0)/\(year)", firstMonth: $0, lastMonth: $0)
            }
        case .quarterly:
            let roman = ["I", "II", "III", "IV"]
            return (1...4).map { Span(key: "\(year)-Q\($0)", label: "Quý \(roman[$0 - 1])/\(year)", firstMonth: 3 * $0 - 2, lastMonth: 3 * $0) }
        case .semiannual:
            return [Span(key: "\(year)-6T", label: "6 tháng đầu năm \(year)", firstMonth: 1, lastMonth: 6)]
        case .annual:
            return [Span(key: "\(year)-N", label: "Năm \(year)", firstMonth: 1, lastMonth: 12)]
        case .adhoc:
            return []
        }
    }

    private func dueDay(_ rule: DueRule, period: ReportPeriod, span: Span, year: Int, notes: inout [String]) throws(Problem) -> CivilDate {
        switch rule {
        case .dayOfMonth(let day):
            return clamped(year: year, month: span.lastMonth, day: day, notes: &notes)
        case .dayOfQuarterMonth(let day, let monthOfQuarter):
            guard period == .quarterly else { throw .ruleDoesNotFit(period, rule) }
            return clamped(year: year, month: span.firstMonth + monthOfQuarter - 1, day: day, notes: &notes)
        case .dayOfYear(let month, let day):
            guard period == .semiannual || period == .annual else { throw .ruleDoesNotFit(period, rule) }
            return clamped(year: year, month: month, day: day, notes: &notes)
        }
    }

    /// Day 31 of a 30-day month (or 29–31 of February) becomes the month's last day, and the period says so.
    private func clamped(year: Int, month: Int, day: Int, notes: inout [String]) -> CivilDate {
        let last = CivilDate.daysIn(month: month, year: year)
        guard day > last else { return CivilDate(year: year, month: month, day: day)! }
        let date = CivilDate(year: year, month: month, day: last)!
        notes.append("Tháng \(month)/\(year) không có ngày \(day): lấy ngày cuối tháng \(date.vietnamese).")
        return date
    }

    private func shifted(_ date: CivilDate, notes: inout [String]) -> CivilDate {
        guard !workingCalendar.isWorkingDay(date), dayOffPolicy != .keep else { return date }
        var day = date
        let step = dayOffPolicy == .next ? 1 : -1
        while !workingCalendar.isWorkingDay(day) { day = day.adding(days: step) }
        notes.append("\(date.vietnamese) là ngày nghỉ: hạn nộp \(dayOffPolicy == .next ? "lùi sang" : "đưa lên") \(day.vietnamese).")
        return day
    }

    /// Day `cutoffDay` of the month before the period to the day before it in the period's last month; day 1 means calendar months.
    private func cutoff(_ span: Span, year: Int) -> (CivilDate, CivilDate) {
        if cutoffDay == 1 {
            return (
                CivilDate(year: year, month: span.firstMonth, day: 1)!,
                CivilDate(year: year, month: span.lastMonth, day: CivilDate.daysIn(month: span.lastMonth, year: year))!
            )
        }
        let startMonth = span.firstMonth == 1 ? 12 : span.firstMonth - 1
        let start = CivilDate(year: span.firstMonth == 1 ? year - 1 : year, month: startMonth, day: cutoffDay)!
        return (start, CivilDate(year: year, month: span.lastMonth, day: cutoffDay - 1)!)
    }
}

extension ReportCalendar.Problem {
    /// What to tell the person who set the rule.
    public var message: String {
        switch self {
        case .noDueRule: return "Chế độ báo cáo chưa có hạn nộp: hãy nhập hạn (ví dụ ngày 15 hằng tháng) trước khi lập lịch."
        case .adhoc: return "Báo cáo đột xuất không lập lịch theo quy tắc; hãy tạo yêu cầu báo cáo với hạn cụ thể."
        case .ruleDoesNotFit: return "Quy tắc hạn nộp không phù hợp với kỳ báo cáo (ví dụ \"tháng thứ 3 của quý\" chỉ dùng cho báo cáo quý)."
        case .cutoffDayOutOfRange(let day): return "Ngày chốt số liệu \(day) không hợp lệ: chọn từ 1 đến 28."
        }
    }
}
