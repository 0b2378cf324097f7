/// Đợt đăng ký — a registration drive: the launching body asks its units to register models by a deadline
/// ("đăng ký … trước ngày 25/3"); each unit asked owes one registration at least, like a sub-plan owed to a plan.
public enum ExemplarDriveRules {
    /// What a unit's obligation stands at on `today`.
    public enum Standing: String, Sendable, Equatable {
        case registered = "da_dang_ky"
        case registeredLate = "dang_ky_muon"
        case pending = "chua_dang_ky"
        case missing = "qua_han"

        public var label: String {
            switch self {
            case .registered: return "Đã đăng ký"
            case .registeredLate: return "Đăng ký muộn"
            case .pending: return "Chưa đăng ký (còn hạn)"
            case .missing: return "Quá hạn, chưa đăng ký"
            }
        }
    }

    /// `firstRegisteredOn`: the unit's earliest registration in answer to the drive, if any.
    public static func standing(firstRegisteredOn: CivilDate?, deadline: CivilDate, today: CivilDate) -> Standing {
        if let first = firstRegisteredOn {
            return ExemplarRules.isLate(registeredOn: first, deadline: deadline) ? .registeredLate : .registered
        }
        return today > deadline ? .missing : .pending
    }

    /// Lời nhắc đăng ký — the reminder sent on the ladder's steps (`ReminderLadder`, as for a report) to a unit that has
    /// not registered, the unit first so that a mail's shortened subject still names it:
    /// "Xã A chưa đăng ký mô hình, điển hình “Dân vận khéo” theo đợt “Đăng ký năm 2026”; còn 3 ngày đến hạn (25/03/2026)."
    public static func reminderText(title: String, unitName: String, deadline: CivilDate, today: CivilDate) -> String {
        let days = today.days(until: deadline)
        let state: String
        switch days {
        case 1...: state = "còn \(days) ngày đến hạn (\(deadline.vietnamese))"
        case 0: state = "hôm nay là hạn đăng ký (\(deadline.vietnamese))"
        default: state = "đã quá hạn \(-days) ngày (hạn \(deadline.vietnamese))"
        }
        return "\(unitName) chưa đăng ký mô hình, điển hình “Dân vận khéo” theo đợt “\(title)”; \(state)."
    }
}
