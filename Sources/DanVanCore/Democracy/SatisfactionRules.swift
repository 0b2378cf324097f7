/// Đánh giá sự hài lòng (Luật 10/2022/QH15, Điều 35 khoản 2 điểm a): residents rate the commune government and the officials
/// who handled their administrative procedures, on a 5-point scale.
public enum SatisfactionSubject: String, CaseIterable, Sendable, Codable {
    /// The commune government as a whole.
    case government = "chinh_quyen"
    /// The handling of an administrative procedure (thủ tục hành chính).
    case procedure = "thu_tuc"

    public var label: String {
        switch self {
        case .government: return "Chính quyền xã, phường"
        case .procedure: return "Cán bộ giải quyết thủ tục hành chính"
        }
    }
}

public enum SatisfactionRules {
    public static let scores = 1...5

    public static func label(_ score: Int) -> String {
        switch score {
        case 5: return "Rất hài lòng"
        case 4: return "Hài lòng"
        case 3: return "Bình thường"
        case 2: return "Không hài lòng"
        default: return "Rất không hài lòng"
        }
    }

    /// "Hài lòng" and "Rất hài lòng" count as satisfied.
    public static func isSatisfied(_ score: Int) -> Bool { score >= 4 }

    /// Ratings of 1 or 2 go to the commune like a phản ánh, so someone answers them.
    public static func isLow(_ score: Int) -> Bool { score <= 2 }

    public struct Summary: Sendable, Equatable {
        public let count: Int
        public let satisfied: Int
        /// Average score, one decimal; 0 when there is no rating.
        public let average: Double
        /// Share of satisfied ratings in percent, one decimal; nil when there is no rating.
        public var rate: Double? { count == 0 ? nil : (Double(satisfied) * 1000 / Double(count)).rounded() / 10 }

        public init(scores: [Int]) {
            count = scores.count
            satisfied = scores.filter(SatisfactionRules.isSatisfied).count
            average = scores.isEmpty ? 0 : (Double(scores.reduce(0, +)) * 10 / Double(scores.count)).rounded() / 10
        }
    }
}
