import Foundation

/// Each scored unit's obligation in a round: submit its self-assessment by the round's self-assessment deadline
/// (issue 15, item 2). Shown in the work list and chased by `danvan remind` on the report ladder (`ReminderLadder`).
public enum ScoringObligation {
    /// Where a sheet stands against its deadline.
    public enum Standing: Sendable, Equatable {
        /// Submitted (or further on): nothing owed.
        case submitted
        /// Not submitted, deadline not passed.
        case pending
        /// Not submitted, deadline passed (a late sheet is still accepted, marked late).
        case overdue

        public var label: String {
            switch self {
            case .submitted: return "Đã nộp"
            case .pending: return "Chưa nộp, chưa đến hạn"
            case .overdue: return "Quá hạn tự chấm (vẫn nộp được, ghi nộp muộn)"
            }
        }
    }

    /// A sheet still being filled (or returned for clarification) owes its self-assessment; the deadline day counts as in time.
    public static func standing(owed: Bool, deadline: CivilDate, today: CivilDate) -> Standing {
        guard owed else { return .submitted }
        return today > deadline ? .overdue : .pending
    }

    /// Lời nhắc tự chấm điểm, the unit first so that a mail's shortened subject still names it:
    /// "Phòng Nội vụ chưa nộp phiếu tự chấm điểm “Đánh giá … năm 2026”; còn 3 ngày đến hạn (30/11/2026)."
    public static func reminderText(roundTitle: String, unitName: String, deadline: CivilDate, today: CivilDate) -> String {
        let days = today.days(until: deadline)
        let state: String
        switch days {
        case 1...: state = "còn \(days) ngày đến hạn (\(deadline.vietnamese))"
        case 0: state = "hôm nay là hạn tự chấm (\(deadline.vietnamese))"
        default: state = "đã quá hạn \(-days) ngày (hạn \(deadline.vietnamese))"
        }
        return "\(unitName) chưa nộp phiếu tự chấm điểm “\(roundTitle)”; \(state)."
    }
}
