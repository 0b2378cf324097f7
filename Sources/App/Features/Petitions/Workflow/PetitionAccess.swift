import DanVanCore
import Vapor

/// Who may see and change a petition. The inspectorate (thanh tra) works for the People's Committee above it,
/// so its petition scope is its parent's subtree; everyone else's is their own unit's subtree.
enum PetitionAccess {
    static func scopePath(of user: User) -> String {
        guard user.role == .inspector else { return user.scopePath }
        let parts = user.scopePath.split(separator: "/")
        return parts.count > 1 ? "/" + parts.dropLast().joined(separator: "/") + "/" : user.scopePath
    }

    static func canSee(_ user: User, petitionUnit unit: OrgUnit) -> Bool {
        unit.path.hasPrefix(scopePath(of: user))
    }

    /// Name, address, phone and ID: the inspectorate, and the assigned unit — for a tố cáo only once the inspectorate grants it.
    static func canSeePersonalData(_ user: User, _ petition: Petition, unit: OrgUnit) -> Bool {
        guard canSee(user, petitionUnit: unit) else { return false }
        if user.role == .inspector { return true }
        guard user.role == .unitOfficer, user.$unit.id == petition.$unit.id else { return false }
        return !petition.kindList.contains(.denunciation) || petition.identityGranted
    }

    /// Thụ lý, chuyển, trả lại, lưu đơn, phân loại, cho phép xem danh tính: the inspectorate.
    static func canTriage(_ user: User, petitionUnit unit: OrgUnit) -> Bool {
        user.role == .inspector && canSee(user, petitionUnit: unit)
    }

    /// Giải quyết, gia hạn, kết thúc: the inspectorate or an officer of the assigned unit.
    static func canResolve(_ user: User, _ petition: Petition, unit: OrgUnit) -> Bool {
        canTriage(user, petitionUnit: unit) || (user.role == .unitOfficer && user.$unit.id == petition.$unit.id)
    }

    /// Taking in petitions (from reception, post, hotline): the inspectorate and unit officers.
    static func canIntake(_ role: Role) -> Bool { role == .inspector || role == .unitOfficer }
}
