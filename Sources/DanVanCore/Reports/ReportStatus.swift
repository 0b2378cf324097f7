/// Tình trạng báo cáo — where one unit's report for one period stands. The stored values are these raw values, in every
/// table and every SQL statement that reads them.
public enum ReportStatus: String, Codable, CaseIterable, Sendable {
    case pending = "chua_nop"
    case draft = "dang_soan"
    case submitted = "cho_duyet"
    case returned = "tra_lai"
    case accepted = "da_chap_nhan"

    public var label: String {
        switch self {
        case .pending: return "Chưa nộp"
        case .draft: return "Đang soạn"
        case .submitted: return "Chờ duyệt"
        case .returned: return "Bị trả lại"
        case .accepted: return "Đã chấp nhận"
        }
    }
}

/// Trạng thái lần nộp — one version of a report: a draft, then sent, then returned or accepted.
public enum ReportVersionState: String, Codable, CaseIterable, Sendable {
    case draft = "nhap"
    case submitted = "da_nop"
    case returned = "tra_lai"
    case accepted = "chap_nhan"

    public var label: String {
        switch self {
        case .draft: return "Bản nháp"
        case .submitted: return "Đã nộp"
        case .returned: return "Bị trả lại"
        case .accepted: return "Đã chấp nhận"
        }
    }
}
