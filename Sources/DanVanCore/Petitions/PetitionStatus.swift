/// Trạng thái đơn — where a petition stands; `next` is the only way it may move.
public enum PetitionStatus: String, Codable, CaseIterable, Sendable {
    case received = "tiep_nhan"
    case classified = "da_phan_loai"
    case accepted = "thu_ly"
    case transferred = "chuyen_don"
    case returned = "tra_lai"
    case filed = "luu_don"
    case beingResolved = "dang_giai_quyet"
    case resolved = "da_giai_quyet"
    case closed = "ket_thuc"

    public var label: String {
        switch self {
        case .received: return "Đã tiếp nhận"
        case .classified: return "Đã phân loại"
        case .accepted: return "Đã thụ lý"
        case .transferred: return "Đã chuyển đơn"
        case .returned: return "Đã trả lại đơn"
        case .filed: return "Lưu đơn"
        case .beingResolved: return "Đang giải quyết"
        case .resolved: return "Đã giải quyết"
        case .closed: return "Đã kết thúc"
        }
    }

    /// What a citizen reads on the public tracking page.
    public var publicLabel: String {
        switch self {
        case .received: return "Cơ quan đã nhận đơn của bạn và đang xem xét."
        case .classified: return "Đơn đã được phân loại, đang chờ quyết định thụ lý."
        case .accepted: return "Đơn đã được thụ lý để giải quyết."
        case .transferred: return "Đơn đã được chuyển đến cơ quan có thẩm quyền."
        case .returned: return "Đơn đã được trả lại kèm hướng dẫn."
        case .filed: return "Đơn được lưu, không tiếp tục xử lý."
        case .beingResolved: return "Đơn đang được giải quyết."
        case .resolved: return "Đơn đã được giải quyết."
        case .closed: return "Việc giải quyết đơn đã kết thúc."
        }
    }

    public var next: Set<PetitionStatus> {
        switch self {
        case .received: return [.classified]
        case .classified: return [.classified, .accepted, .transferred, .returned, .filed]
        case .accepted: return [.beingResolved]
        case .beingResolved: return [.resolved]
        case .resolved, .transferred, .returned, .filed: return [.closed]
        case .closed: return []
        }
    }

    public func canMove(to status: PetitionStatus) -> Bool { next.contains(status) }

    /// Steps that need a written reason (chuyển, trả lại, lưu đơn).
    public var needsReason: Bool { self == .transferred || self == .returned || self == .filed }

    /// Still waiting for thụ lý: the acceptance deadline runs.
    public static let awaitingAcceptance: [PetitionStatus] = [.received, .classified]
    /// Thụ lý but not yet resolved: the resolution deadline runs.
    public static let underResolution: [PetitionStatus] = [.accepted, .beingResolved]
}
