import DanVanCore
import Fluent
import Vapor
import Views

/// Người dùng — an account that belongs to one unit and acts within that unit's subtree.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "username") var username: String
    @Field(key: "full_name") var fullName: String
    @Field(key: "name_key") var nameKey: String
    @Field(key: "password_hash") var passwordHash: String
    @Enum(key: "role") var role: Role
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "is_disabled") var isDisabled: Bool
    @Field(key: "failed_logins") var failedLogins: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @OptionalField(key: "last_login_at") var lastLoginAt: Date?
    /// Where reminders are e-mailed; nil means in-app notifications only.
    @OptionalField(key: "email") var email: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(username: String, fullName: String, passwordHash: String, role: Role, unitID: Int) {
        self.username = username.lowercased()
        self.fullName = fullName
        self.nameKey = VietnameseText.searchKey(fullName + " " + username)
        self.passwordHash = passwordHash
        self.role = role
        self.$unit.id = unitID
        self.isDisabled = false
        self.failedLogins = 0
    }

    func setFullName(_ name: String) {
        fullName = VietnameseText.nfc(name).trimmingCharacters(in: .whitespaces)
        nameKey = VietnameseText.searchKey(fullName + " " + username)
    }

    func isLocked(at now: Date) -> Bool {
        if let lockedUntil, lockedUntil > now { return true }
        return false
    }
}

/// Vai trò — what a user may do.
enum Role: String, Codable, CaseIterable, Sendable {
    case admin = "quan_tri"
    case coordinator = "chuyen_vien_noi_vu"
    case unitOfficer = "can_bo_don_vi"
    case inspector = "thanh_tra"
    case leader = "lanh_dao"

    var label: String {
        switch self {
        case .admin: return L10n.Users.quanTriHeThong
        case .coordinator: return L10n.Users.chuyenVienNoiVu
        case .unitOfficer: return L10n.Users.canBoDonVi
        case .inspector: return "Thanh tra"
        case .leader: return L10n.Users.lanhDaoChiXem
        }
    }

    /// Leaders read; everyone else may change what lies in their subtree.
    var canWrite: Bool { self != .leader }
    var canManageUsers: Bool { self == .admin }
    var canManageUnits: Bool { self == .admin || self == .coordinator }
    var canReadAudit: Bool { self == .admin || self == .coordinator }
}
