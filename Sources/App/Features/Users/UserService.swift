import DanVanCore
import Fluent
import Vapor
import Views

/// Creating and changing accounts; every change audited, passwords never logged.
enum UserService {
    struct Draft: Sendable {
        var username: String
        var fullName: String
        var role: Role
        var unitCode: String
        var password: String
    }

    /// Field name → Vietnamese message for what is wrong with a draft.
    static func problems(username: String?, fullName: String, unitCode: String, password: String?) -> [String: String] {
        var errors: [String: String] = [:]
        if let username {
            let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789._")
            if username.count < 3 || username.count > 40 || username.unicodeScalars.contains(where: { !allowed.contains($0) }) {
                errors["username"] = L10n.Users.tenDangNhapDai340
            }
        }
        if fullName.trimmingCharacters(in: .whitespaces).isEmpty { errors["full_name"] = L10n.Users.vuiLongNhapHoVaTen }
        if unitCode.trimmingCharacters(in: .whitespaces).isEmpty { errors["unit_code"] = L10n.Users.vuiLongNhapMaDonVi }
        if let password, let problem = PasswordPolicy.problem(with: password) { errors["password"] = problem }
        return errors
    }

    static func create(_ draft: Draft, actor: Actor, scopePath: String?, hasher: AsyncPasswordHasher, on database: any Database) async throws -> User
    {
        let username = draft.username.trimmingCharacters(in: .whitespaces).lowercased()
        let errors = problems(username: username, fullName: draft.fullName, unitCode: draft.unitCode, password: draft.password)
        if let first = errors.sorted(by: { $0.key < $1.key }).first { throw AppError.invalid(first.value, code: "invalid_\(first.key)") }
        let unit = try await unit(code: draft.unitCode, scopePath: scopePath, on: database)
        let hash = try await hasher.hash(draft.password)
        return try await database.transaction { db in
            if try await User.query(on: db).filter(\.$username == username).count() > 0 {
                throw AppError(.conflict, code: "duplicate_username", message: L10n.Users.tenDangNhapDaCoNguoi(username))
            }
            let user = User(username: username, fullName: "", passwordHash: hash, role: draft.role, unitID: unit.id!)
            user.setFullName(draft.fullName)
            try await user.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "user", id: "\(user.id!)", action: "create", before: UserSnapshot?.none, after: UserSnapshot(user))
            return user
        }
    }

    static func update(_ user: User, fullName: String, role: Role, unitCode: String, actor: Actor, scopePath: String?, on database: any Database)
        async throws
    {
        let errors = problems(username: nil, fullName: fullName, unitCode: unitCode, password: nil)
        if let first = errors.first { throw AppError.invalid(first.value, code: "invalid_\(first.key)") }
        let unit = try await unit(code: unitCode, scopePath: scopePath, on: database)
        try await database.transaction { db in
            let before = UserSnapshot(user)
            user.setFullName(fullName)
            user.role = role
            user.$unit.id = unit.id!
            try await user.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "user", id: "\(user.id!)", action: "update", before: before, after: UserSnapshot(user))
        }
    }

    /// Sets a new password, unlocks the account and ends its sessions: all of them after an administrator's reset, all but
    /// `keepingSession` (the one the person changed it from) when people change their own.
    static func resetPassword(
        _ user: User, to password: String, actor: Actor, hasher: AsyncPasswordHasher, keepingSession: SessionID? = nil,
        on database: any Database
    ) async throws {
        if let problem = PasswordPolicy.problem(with: password) { throw AppError.invalid(problem, code: "invalid_password") }
        let hash = try await hasher.hash(password)
        try await database.transaction { db in
            user.passwordHash = hash
            user.failedLogins = 0
            user.lockedUntil = nil
            try await user.save(on: db)
            try await SessionRow.endAll(userID: user.id!, except: keepingSession?.string, on: db)
            try await Audit.event(on: db, actor: actor, entity: "user", id: "\(user.id!)", action: "reset_password")
        }
    }

    /// Disables or re-enables an account; disabling also ends its sessions and revokes its API tokens.
    static func setDisabled(_ user: User, _ disabled: Bool, actor: Actor, on database: any Database) async throws {
        guard user.isDisabled != disabled else { return }
        try await database.transaction { db in
            let before = UserSnapshot(user)
            user.isDisabled = disabled
            try await user.save(on: db)
            if disabled {
                try await SessionRow.endAll(userID: user.id!, on: db)
                try await APIToken.query(on: db).filter(\.$user.$id == user.id!).filter(\.$revokedAt == nil).set(\.$revokedAt, to: actor.at).update()
            }
            try await Audit.record(
                on: db, actor: actor, entity: "user", id: "\(user.id!)", action: disabled ? "disable" : "enable",
                before: before, after: UserSnapshot(user))
        }
    }

    private static func unit(code: String, scopePath: String?, on db: any Database) async throws -> OrgUnit {
        let code = code.trimmingCharacters(in: .whitespaces)
        guard let unit = try await OrgUnit.query(on: db).filter(\.$code == code).first() else {
            throw AppError.invalid(L10n.Users.khongTimThayDonViCo(code), code: "invalid_unit")
        }
        if let scopePath, !unit.path.hasPrefix(scopePath) { throw AppError.outsideScope }
        return unit
    }
}
