/// Loại đơn — what a petition asks for. A petition may hold several; the strictest decides its time limits.
public enum PetitionKind: String, Codable, CaseIterable, Sendable {
    case denunciation = "to_cao"
    case complaint = "khieu_nai"
    case recommendation = "kien_nghi"
    case feedback = "phan_anh"

    public var label: String {
        switch self {
        case .complaint: return "Khiếu nại"
        case .denunciation: return "Tố cáo"
        case .recommendation: return "Kiến nghị"
        case .feedback: return "Phản ánh"
        }
    }

    /// The kind whose rules govern a petition holding `kinds`: tố cáo, then khiếu nại, then kiến nghị, then phản ánh.
    public static func governing(_ kinds: some Collection<PetitionKind>) -> PetitionKind? {
        allCases.first(where: kinds.contains)
    }

    /// Stored as a comma-separated list in the order of `allCases`: "to_cao,khieu_nai".
    public static func encode(_ kinds: some Collection<PetitionKind>) -> String {
        allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ",")
    }

    public static func decode(_ text: String) -> [PetitionKind] {
        text.split(separator: ",").compactMap { PetitionKind(rawValue: String($0)) }
    }
}

/// Lần giải quyết — first or second instance (khiếu nại lần đầu / lần hai).
public enum PetitionInstance: String, Codable, CaseIterable, Sendable {
    case first = "lan_dau"
    case second = "lan_hai"

    public var label: String { self == .first ? "Lần đầu" : "Lần hai" }
}
