/// Members of the People's Inspection Board (Luật 10/2022/QH15, Điều 36–40; NĐ 59/2023/NĐ-CP, Điều 12) and of the
/// Community Investment Supervision Board (Điều 41–45; NĐ 59/2023, Điều 16): who, which role, elected at which meeting,
/// for which term.
public enum BoardRole: String, CaseIterable, Sendable, Codable {
    case head = "truong_ban"
    case deputy = "pho_ban"
    case member = "thanh_vien"

    public var label: String {
        switch self {
        case .head: return "Trưởng ban"
        case .deputy: return "Phó Trưởng ban"
        case .member: return "Thành viên"
        }
    }
}

public enum BoardMembershipRules {
    /// Điều 37 (NĐ 59/2023 Điều 12): the People's Inspection Board has at least 05 members; Điều 41–42 (NĐ 59/2023 Điều
    /// 16): the Community Investment Supervision Board at least 05 members.
    public static let minimumMembers = 5
    /// NĐ 59/2023 Điều 12: up to 02 deputies.
    public static let maximumDeputies = 2

    /// What is wrong with a board made of these serving members, in Vietnamese; empty when nothing is.
    public static func compositionProblems(_ roles: [BoardRole]) -> [String] {
        var problems: [String] = []
        if roles.count < minimumMembers {
            problems.append(
                "Ban có \(roles.count) thành viên đang trong nhiệm kỳ; cần ít nhất \(minimumMembers) thành viên (Nghị định 59/2023/NĐ-CP).")
        }
        let heads = roles.filter { $0 == .head }.count
        if heads != 1 { problems.append(heads == 0 ? "Ban chưa có Trưởng ban." : "Ban có \(heads) Trưởng ban; chỉ có một Trưởng ban.") }
        let deputies = roles.filter { $0 == .deputy }.count
        if deputies > maximumDeputies {
            problems.append("Ban có \(deputies) Phó Trưởng ban; tối đa \(maximumDeputies) (Nghị định 59/2023/NĐ-CP, Điều 12).")
        }
        return problems
    }

    /// The term ends after it starts; nil when it does, else the reason.
    public static func termProblem(from: CivilDate, until: CivilDate) -> String? {
        until > from ? nil : "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu."
    }

    /// Serving on `today`: the term has begun, has not ended, and the member was not relieved.
    public static func isServing(from: CivilDate, until: CivilDate, endedOn: CivilDate?, today: CivilDate) -> Bool {
        from <= today && today <= until && (endedOn.map { today < $0 } ?? true)
    }
}
