import Foundation
import Views

/// Đánh dấu — the flags a petition may carry, each stored in its own boolean column so lists can filter on it.
enum PetitionFlag: String, CaseIterable, Sendable {
    case mass = "dong_nguoi"
    case overLevel = "vuot_cap"
    case duplicate = "trung"
    case anonymous = "nac_danh"
    case complex = "phuc_tap"
    case remote = "vung_sau_vung_xa"

    var label: String {
        switch self {
        case .mass: return L10n.Petitions.dongNguoi
        case .overLevel: return L10n.Petitions.vuotCap
        case .duplicate: return L10n.Petitions.trung
        case .anonymous: return L10n.Petitions.nacDanhVietHoa
        case .complex: return L10n.Petitions.phucTapVietHoa
        case .remote: return L10n.Petitions.vungSauVungXa
        }
    }

    private var keyPath: ReferenceWritableKeyPath<Petition, Bool> {
        switch self {
        case .mass: return \.isMass
        case .overLevel: return \.isOverLevel
        case .duplicate: return \.isDuplicate
        case .anonymous: return \.isAnonymous
        case .complex: return \.isComplex
        case .remote: return \.isRemote
        }
    }

    func isSet(on petition: Petition) -> Bool { petition[keyPath: keyPath] }
    func set(_ value: Bool, on petition: Petition) { petition[keyPath: keyPath] = value }
}
