/// Tình trạng phiếu chấm điểm — a unit's sheet in a round: being filled, sent for appraisal, returned once for
/// clarification, appraised (final).
public enum SheetStatus: String, Codable, Sendable, CaseIterable {
    case draft = "nhap"
    case submitted = "da_nop"
    case returned = "tra_lai"
    case finalised = "da_tham_dinh"

    public var label: String {
        switch self {
        case .draft: return "Đang tự chấm"
        case .submitted: return "Đã nộp, chờ thẩm định"
        case .returned: return "Trả lại để làm rõ"
        case .finalised: return "Đã thẩm định"
        }
    }

    /// The unit fills its own sheet while it is a draft or has been returned to it.
    public var unitMayEdit: Bool { self == .draft || self == .returned }
}
