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
}
