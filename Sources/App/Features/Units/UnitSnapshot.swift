/// The fields of a unit an audit entry records.
struct UnitSnapshot: Codable, Equatable {
    let code: String
    let name: String
    let kind: String
    let parentID: Int?
    let activeFrom: String?
    let activeUntil: String?

    init(_ unit: OrgUnit) {
        code = unit.code
        name = unit.name
        kind = unit.kind.rawValue
        parentID = unit.$parent.id
        activeFrom = unit.activeFrom
        activeUntil = unit.activeUntil
    }
}

/// The fields of a user an audit entry records; never the password hash.
struct UserSnapshot: Codable, Equatable {
    let username: String
    let fullName: String
    let role: String
    let unitID: Int
    let isDisabled: Bool

    init(_ user: User) {
        username = user.username
        fullName = user.fullName
        role = user.role.rawValue
        unitID = user.$unit.id
        isDisabled = user.isDisabled
    }
}
