import Foundation

/// What residents of a hamlet or residential group decide (Luật 10/2022/QH15, Điều 15).
public enum HamletMatter: String, CaseIterable, Sendable, Codable {
    /// Điều 15 khoản 1: policy and level of contributions to build public works.
    case contribution = "dong_gop_cong_trinh"
    /// Điều 15 khoản 2: collection, spending and management of the people's contributions and community funds.
    case contributionManagement = "thu_chi_dong_gop"
    /// Điều 15 khoản 3: the hương ước, quy ước.
    case convention = "huong_uoc"
    /// Điều 15 khoản 4: electing or dismissing the hamlet head.
    case hamletHead = "truong_thon"
    /// Điều 15 khoản 5: electing or dismissing members of the People's Inspection Board and the Community Investment Supervision Board.
    case boards = "ban_thanh_tra_giam_sat"
    /// Điều 15 khoản 6: other self-managed community matters.
    case other = "tu_quan_khac"

    public var label: String {
        switch self {
        case .contribution: return "Chủ trương, mức đóng góp xây dựng công trình công cộng"
        case .contributionManagement: return "Thu, chi, quản lý các khoản đóng góp của Nhân dân"
        case .convention: return "Hương ước, quy ước"
        case .hamletHead: return "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố"
        case .boards: return "Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng"
        case .other: return "Công việc tự quản khác trong cộng đồng"
        }
    }

    public var article: String {
        let number = HamletMatter.allCases.firstIndex(of: self)! + 1
        return "Luật 10/2022/QH15, Điều 15 khoản \(number)"
    }

    /// Điều 21: the threshold figure that applies to this matter.
    public var thresholdFigure: DemocracyFigure {
        switch self {
        case .contribution, .contributionManagement: return .contributionThreshold
        default: return .otherMatterThreshold
        }
    }

    /// The methods the law allows (Điều 16–20): online voting only for other self-managed matters (NĐ 59/2023 Điều 5).
    public var allowedMethods: [VoteMethod] {
        self == .other ? VoteMethod.allCases : [.meeting, .ballot]
    }
}

/// How the matter was decided (Điều 16–20).
public enum VoteMethod: String, CaseIterable, Sendable, Codable {
    case meeting = "hop"
    case ballot = "phieu_ho"
    case online = "truc_tuyen"

    public var label: String {
        switch self {
        case .meeting: return "Biểu quyết tại cuộc họp cộng đồng dân cư"
        case .ballot: return "Phát phiếu lấy ý kiến hộ gia đình"
        case .online: return "Biểu quyết trực tuyến (hộ xác định theo họ tên và nơi thường trú)"
        }
    }
}

/// A threshold on all households of the hamlet: `percent` of them, reached at `percent` or only above it.
public struct VoteThreshold: Sendable, Equatable {
    public let percent: Double
    /// true: more than `percent` (Điều 21: "trên 50 %"); false: at least `percent` ("ít nhất 2/3").
    public let strictlyAbove: Bool

    public init(percent: Double, strictlyAbove: Bool) {
        self.percent = percent
        self.strictlyAbove = strictlyAbove
    }

    public static func of(_ matter: HamletMatter, settings: DemocracySettings) -> VoteThreshold {
        VoteThreshold(percent: settings[matter.thresholdFigure], strictlyAbove: matter.thresholdFigure == .otherMatterThreshold)
    }

    /// The fewest households in favour that pass, out of `households`. Exact for 2/3: 66.67 % is read as two thirds.
    public func required(of households: Int) -> Int {
        if abs(percent - 200.0 / 3.0) < 0.01 {
            // ⌈2n/3⌉, in integers so 2/3 of 9 is exactly 6.
            return strictlyAbove ? (2 * households) / 3 + 1 : (2 * households + 2) / 3
        }
        let exact = percent * Double(households) / 100
        let floor = Int(exact.rounded(.down))
        if strictlyAbove { return floor + 1 }
        return Double(floor) == exact ? floor : floor + 1
    }

    public var label: String {
        if abs(percent - 200.0 / 3.0) < 0.01 { return strictlyAbove ? "trên 2/3 tổng số hộ" : "ít nhất 2/3 tổng số hộ" }
        let number = percent == percent.rounded() ? String(Int(percent)) : String(format: "%.2f", percent).replacingOccurrences(of: ".", with: ",")
        return (strictlyAbove ? "trên " : "ít nhất ") + number + " % tổng số hộ"
    }
}

/// The result of a hamlet vote, computed on ALL households of the hamlet (Điều 21), never on those who came.
public enum HamletVoteRules {
    public struct Counts: Sendable, Equatable {
        public var eligible: Int
        public var voting: Int
        public var inFavour: Int
        public var against: Int

        public init(eligible: Int, voting: Int, inFavour: Int, against: Int) {
            self.eligible = eligible
            self.voting = voting
            self.inFavour = inFavour
            self.against = against
        }
    }

    public enum Problem: String, Error, Sendable, Equatable {
        case noHouseholds = "no_households"
        case negative = "negative_count"
        case moreVotersThanHouseholds = "more_votes_than_households"
        case moreAnswersThanVoters = "more_answers_than_voters"
        case methodNotAllowed = "method_not_allowed"

        public var message: String {
            switch self {
            case .noHouseholds: return "Tổng số hộ của thôn, tổ dân phố phải lớn hơn 0."
            case .negative: return "Số hộ không được âm."
            case .moreVotersThanHouseholds: return "Số hộ tham gia biểu quyết không thể nhiều hơn tổng số hộ của thôn, tổ dân phố."
            case .moreAnswersThanVoters: return "Số hộ tán thành cộng số hộ không tán thành không thể nhiều hơn số hộ tham gia biểu quyết."
            case .methodNotAllowed: return "Nội dung này không được biểu quyết trực tuyến; chỉ công việc tự quản khác mới được biểu quyết trực tuyến."
            }
        }
    }

    public struct Outcome: Sendable, Equatable {
        public let passed: Bool
        public let required: Int
        public let threshold: VoteThreshold
        /// Households in favour as a percentage of all households, one decimal.
        public let percentInFavour: Double
        public let turnoutPercent: Double

        public init(passed: Bool, required: Int, threshold: VoteThreshold, percentInFavour: Double, turnoutPercent: Double) {
            self.passed = passed
            self.required = required
            self.threshold = threshold
            self.percentInFavour = percentInFavour
            self.turnoutPercent = turnoutPercent
        }

        /// "Được thông qua: 140/200 hộ tán thành (70,0 % tổng số hộ), cần ít nhất 2/3 tổng số hộ (134 hộ)."
        public func sentence(_ counts: Counts) -> String {
            let percent = String(format: "%.1f", percentInFavour).replacingOccurrences(of: ".", with: ",")
            return (passed ? "Được thông qua" : "Không được thông qua")
                + ": \(counts.inFavour)/\(counts.eligible) hộ tán thành (\(percent) % tổng số hộ), cần \(threshold.label) (\(required) hộ)."
        }
    }

    /// Checks the counts and computes the result; throws the first problem.
    public static func outcome(matter: HamletMatter, method: VoteMethod, counts: Counts, settings: DemocracySettings) throws(Problem) -> Outcome {
        guard matter.allowedMethods.contains(method) else { throw .methodNotAllowed }
        guard counts.eligible >= 0, counts.voting >= 0, counts.inFavour >= 0, counts.against >= 0 else { throw .negative }
        guard counts.eligible > 0 else { throw .noHouseholds }
        guard counts.voting <= counts.eligible else { throw .moreVotersThanHouseholds }
        guard counts.inFavour + counts.against <= counts.voting else { throw .moreAnswersThanVoters }
        let threshold = VoteThreshold.of(matter, settings: settings)
        let required = threshold.required(of: counts.eligible)
        let percent = (Double(counts.inFavour) * 1000 / Double(counts.eligible)).rounded() / 10
        let turnout = (Double(counts.voting) * 1000 / Double(counts.eligible)).rounded() / 10
        return Outcome(
            passed: counts.inFavour >= required, required: required, threshold: threshold, percentInFavour: percent, turnoutPercent: turnout)
    }
}

/// Tham gia ý kiến (Điều 25–28): a consultation lasts at least `consultationMinimumDays` from its publication.
public enum ConsultationRules {
    /// Days of the consultation, both ends included.
    public static func days(from start: CivilDate, to end: CivilDate) -> Int { start.days(until: end) + 1 }

    /// nil when the period is long enough, else the Vietnamese reason.
    public static func periodProblem(start: CivilDate, end: CivilDate, settings: DemocracySettings) -> String? {
        if end < start { return "Ngày kết thúc lấy ý kiến không được trước ngày bắt đầu." }
        let minimum = settings.days(.consultationMinimumDays)
        let length = days(from: start, to: end)
        guard length >= minimum else {
            return "Thời gian lấy ý kiến \(length) ngày ngắn hơn tối thiểu \(minimum) ngày kể từ ngày công bố (Luật 10/2022/QH15, Điều 26–27)."
        }
        return nil
    }

    /// The earliest end a consultation opened on `start` may have.
    public static func earliestEnd(start: CivilDate, settings: DemocracySettings) -> CivilDate {
        start.adding(days: settings.days(.consultationMinimumDays) - 1)
    }

    public static func isOpen(start: CivilDate, end: CivilDate, today: CivilDate) -> Bool { start <= today && today <= end }
}
