/// Kỳ báo cáo — one concrete period of a reporting regime: its data cut-off window and its due date.
public struct ReportingPeriod: Sendable, Equatable {
    /// Stable within a year and across regimes of the same period type ("2026-T05", "2026-Q2", "2026-6T", "2026-N"),
    /// so a district's consolidated report answers the province's request for the same period.
    public let key: String
    /// "Tháng 5/2026", "Quý II/2026", "6 tháng đầu năm 2026", "Năm 2026".
    public let label: String
    /// Thời gian chốt số liệu: first and last day whose data the report covers.
    public let cutoffStart: CivilDate
    public let cutoffEnd: CivilDate
    public let due: CivilDate
    /// Why the due date is not the day the rule names, when it is not (a short month, a day off).
    public let note: String?

    public init(key: String, label: String, cutoffStart: CivilDate, cutoffEnd: CivilDate, due: CivilDate, note: String?) {
        self.key = key
        self.label = label
        self.cutoffStart = cutoffStart
        self.cutoffEnd = cutoffEnd
        self.due = due
        self.note = note
    }
}

/// What to do when a due date falls on a weekend or public holiday.
public enum DayOffPolicy: String, Sendable, CaseIterable {
    /// Keep the day the rule names.
    case keep
    /// Move to the next working day (Bộ luật Dân sự 2015, Điều 148 khoản 5: a period ending on a day off ends on the next working day).
    case next
    /// Move to the previous working day, so reports arrive before the weekend.
    case previous

    public var label: String {
        switch self {
        case .keep: return "Giữ nguyên ngày"
        case .next: return "Lùi sang ngày làm việc kế tiếp"
        case .previous: return "Đưa lên ngày làm việc liền trước"
        }
    }
}
