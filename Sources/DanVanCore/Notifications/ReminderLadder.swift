import Foundation

/// Một bậc đôn đốc — one rung of the reminder ladder, named by its distance from the due date.
public struct ReminderStep: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days from the due date: -7, -3, -1 before it, 0 on the day, 3, 6, 9 … after it.
    public let offset: Int

    public init(offset: Int) { self.offset = offset }

    /// "truoc-7", "truoc-3", "truoc-1", "dung-han", "qua-3", "qua-6", …: the key stored with each notification.
    public var key: String {
        if offset < 0 { return "truoc-\(-offset)" }
        if offset == 0 { return "dung-han" }
        return "qua-\(offset)"
    }

    /// Parses a key back into its step.
    public init?(key: String) {
        if key == "dung-han" {
            self.init(offset: 0)
            return
        }
        if key.hasPrefix("truoc-"), let days = Int(key.dropFirst(6)), days > 0 {
            self.init(offset: -days)
            return
        }
        if key.hasPrefix("qua-"), let days = Int(key.dropFirst(4)), days > 0 {
            self.init(offset: days)
            return
        }
        return nil
    }

    /// After `ReminderLadder.escalationAfterDays` overdue the unit's head and the level above are told too.
    public var escalates: Bool { offset > ReminderLadder.escalationAfterDays }

    public var description: String { key }

    public static func < (lhs: ReminderStep, rhs: ReminderStep) -> Bool { lhs.offset < rhs.offset }
}

/// Thang đôn đốc — when an unsubmitted report is chased: 7, 3 and 1 days before, on the day, then every 3 days overdue.
///
/// Each run asks only "which is the latest step that has come by today?": a step missed because the job did not
/// run is folded into the next run's single step, so a run after an outage sends one message, not five.
/// Duplicates across runs are the database's job (one notification per user, request and step).
public enum ReminderLadder {
    public static let daysBefore = [7, 3, 1]
    public static let overdueInterval = 3
    public static let escalationAfterDays = 7
    /// Requests overdue longer than this are no longer chased (they stay on the completeness grid).
    public static let maximumOverdueDays = 90

    /// The step that applies today, or nil: submitted, too early, or overdue beyond `maximumOverdueDays`.
    public static func step(due: CivilDate, today: CivilDate, submitted: Bool) -> ReminderStep? {
        guard !submitted else { return nil }
        let offset = due.days(until: today)
        guard offset >= -(daysBefore.max() ?? 0), offset <= maximumOverdueDays else { return nil }
        if offset >= 0 {
            return ReminderStep(offset: offset / overdueInterval * overdueInterval)
        }
        // Before the day: the closest rung at or before today (-7 for -6 … -4, -3 for -3 and -2, -1 for -1).
        let rung = daysBefore.filter { -$0 <= offset }.min()!
        return ReminderStep(offset: -rung)
    }

    /// Due dates that can have a step today: the window a run selects candidates from.
    public static func dueWindow(today: CivilDate) -> ClosedRange<CivilDate> {
        today.adding(days: -maximumOverdueDays)...today.adding(days: daysBefore.max() ?? 0)
    }
}
