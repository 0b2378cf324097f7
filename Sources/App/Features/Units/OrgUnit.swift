import DanVanCore
import Fluent
import Foundation
import Views

/// Đơn vị — a unit of the organization tree: a province, an agency, a district, a commune, a front organization.
final class OrgUnit: Model, ChangeStamped, CreationStamped, @unchecked Sendable {
    static let schema = "units"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// Official code (GSO code for administrative units, parent code + suffix for agencies); unique.
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    /// Folded name for accent-insensitive search, kept in step with `name`.
    @Field(key: "name_key") var nameKey: String
    /// Vietnamese collation key for sorting by name.
    @Field(key: "sort_key") var sortKey: String
    @Enum(key: "kind") var kind: UnitKind
    @OptionalParent(key: "parent_id") var parent: OrgUnit?
    /// Materialized path of ids, "/1/5/77/": a subtree is every unit whose path starts with its root's path.
    @Field(key: "path") var path: String
    @Field(key: "depth") var depth: Int
    /// ISO dates (yyyy-MM-dd); a unit with `activeUntil` set is closed from that day.
    @OptionalField(key: "active_from") var activeFrom: String?
    @OptionalField(key: "active_until") var activeUntil: String?
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "updated_at") var updatedAt: Date?

    init() {}

    init(code: String, name: String, kind: UnitKind, parentID: Int?, activeFrom: String? = nil) {
        self.code = code
        self.kind = kind
        self.$parent.id = parentID
        self.path = "/"
        self.depth = 0
        self.activeFrom = activeFrom
        self.setName(name)
    }

    /// Sets the name and the keys derived from it.
    func setName(_ newName: String) {
        let clean = VietnameseText.nfc(newName).trimmingCharacters(in: .whitespacesAndNewlines)
        name = clean
        nameKey = VietnameseText.searchKey(clean)
        sortKey = VietnameseCollation.sortKey(clean)
    }

    var isActive: Bool { activeUntil == nil }
}

/// Loại đơn vị — what kind of body a unit is.
enum UnitKind: String, Codable, CaseIterable, Sendable {
    case province = "tinh"
    case department = "so_ban_nganh"
    case district = "huyen"
    case office = "phong"
    case commune = "xa"
    /// Thôn, tổ dân phố — the self-managed community under a commune where residents meet and vote.
    case hamlet = "thon_to_dan_pho"
    case publicService = "don_vi_su_nghiep"
    case front = "mttq_doan_the"
    case other = "khac"

    var label: String {
        switch self {
        case .province: return L10n.Units.tinhThanhPho
        case .department: return L10n.Units.soBanNganh
        case .district: return L10n.Units.huyenQuanThiXaThanhPho
        case .office: return L10n.Units.phongBanChuyenMon
        case .commune: return L10n.Units.xaPhuongThiTranDacKhu
        case .hamlet: return L10n.Units.thonToDanPho
        case .publicService: return L10n.Units.donViSuNghiep
        case .front: return L10n.Units.mttqDoanThe
        case .other: return L10n.Units.khac
        }
    }
}
