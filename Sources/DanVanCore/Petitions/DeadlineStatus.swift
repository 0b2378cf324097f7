/// Tình trạng thời hạn — due date, days left and whether it has passed, as of a given day.
public struct DeadlineStatus: Sendable, Hashable {
    /// Within this many days a case counts as due soon (sắp đến hạn).
    public static let dueSoonDays = 5

    public let due: CivilDate
    public let daysLeft: Int

    public init(due: CivilDate, today: CivilDate) {
        self.due = due
        self.daysLeft = today.days(until: due)
    }

    public var isOverdue: Bool { daysLeft < 0 }
    public var isDueSoon: Bool { !isOverdue && daysLeft <= Self.dueSoonDays }

    /// "Còn 3 ngày", "Hôm nay là hạn cuối", "Quá hạn 2 ngày".
    public var label: String {
        if isOverdue { return "Quá hạn \(-daysLeft) ngày" }
        if daysLeft == 0 { return "Hôm nay là hạn cuối" }
        return "Còn \(daysLeft) ngày"
    }
}
