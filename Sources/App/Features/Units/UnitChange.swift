import Fluent
import Foundation
import Views

/// One step in a unit's history (thay đổi đơn vị): created, renamed, recoded, moved, closed or reopened.
final class UnitChange: Model, @unchecked Sendable {
    static let schema = "unit_changes"

    enum Kind: String, Codable, Sendable {
        case created, renamed, recoded, moved, closed, reopened

        var label: String {
            switch self {
            case .created: return L10n.Units.thanhLap
            case .renamed: return L10n.Units.doiTen
            case .recoded: return L10n.Units.suaMa
            case .moved: return L10n.Units.chuyenDonViCapTren
            case .closed: return L10n.Units.giaiTheNgungHoatDong
            case .reopened: return L10n.Units.hoatDongTroLai
            }
        }
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Enum(key: "kind") var kind: Kind
    @OptionalField(key: "old_value") var oldValue: String?
    @OptionalField(key: "new_value") var newValue: String?
    /// For a move: the parent before it (the tree as it was, for documents dated before the move).
    @OptionalField(key: "old_parent_id") var oldParentID: Int?
    /// ISO date from which the change holds.
    @Field(key: "effective_on") var effectiveOn: String
    @OptionalParent(key: "user_id") var user: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(unitID: Int, kind: Kind, oldValue: String?, newValue: String?, effectiveOn: String, userID: Int?, oldParentID: Int? = nil) {
        self.$unit.id = unitID
        self.oldParentID = oldParentID
        self.kind = kind
        self.oldValue = oldValue
        self.newValue = newValue
        self.effectiveOn = effectiveOn
        self.$user.id = userID
    }
}
