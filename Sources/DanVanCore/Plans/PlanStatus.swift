/// Tình trạng kế hoạch — a plan from draft to issued to finished.
public enum PlanStatus: String, Codable, CaseIterable, Sendable {
    case draft = "du_thao"
    case issued = "ban_hanh"
    case finished = "ket_thuc"

    public var label: String {
        switch self {
        case .draft: return "Dự thảo"
        case .issued: return "Ban hành"
        case .finished: return "Kết thúc"
        }
    }
}
