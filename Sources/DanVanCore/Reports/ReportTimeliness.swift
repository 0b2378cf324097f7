/// Đúng hạn, trễ hạn, bị trả lại, chưa nộp (quá hạn), sắp đến hạn: how one periodic report stands against its due date.
/// The one rule for every page, export and count; the app's SQL (`ReportTimelinessSQL`) is its set-based form and is
/// tested against it. Lateness is decided once, when the report is first sent, and stored: a change of rules or of
/// holidays never makes an old report late.
public enum ReportTimeliness: String, CaseIterable, Sendable {
    case onTime
    case late
    case returned
    case missing
    case dueSoon
    case notYetDue

    /// Sent after its due day. On the due day itself it is on time.
    public static func isLate(sentOn: CivilDate, dueOn: CivilDate) -> Bool { sentOn > dueOn }

    /// Not sent and its due day has passed.
    public static func isMissing(firstSentOn: CivilDate?, dueOn: CivilDate, today: CivilDate) -> Bool {
        firstSentOn == nil && dueOn < today
    }

    /// `firstSentOn` and `late` are what was stored when the report was first sent: a report returned for correction
    /// counts as returned until it is sent again, and then keeps its first lateness.
    public static func of(status: ReportStatus, dueOn: CivilDate, firstSentOn: CivilDate?, late: Bool, today: CivilDate) -> Self {
        if status == .returned { return .returned }
        if firstSentOn != nil { return late ? .late : .onTime }
        if dueOn < today { return .missing }
        return dueOn <= today.adding(days: DueSoon.days) ? .dueSoon : .notYetDue
    }
}
