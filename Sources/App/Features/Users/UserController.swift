import DanVanCore
import Fluent
import Vapor
import Views

/// Người dùng — account administration within the administrator's subtree.
enum UserController {
    @Sendable static func index(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let search: String = req.query["q"] ?? ""
        let query = scopedUsers(admin, on: req.db).with(\.$unit)
        let key = VietnameseText.searchKey(search)
        if !key.isEmpty { query.filter(\.$nameKey, .custom("LIKE"), "%" + UnitQuery.escapeLike(key) + "%") }
        let page = try await query.sort(\.$username).paginate(PageParams(from: req).fluent)
        var params = ["q": search]
        var model = UserIndexPage.Model()
        model.query = search
        model.rows = page.items.map { user in
            .init(
                fullName: user.fullName, username: user.username, roleLabel: user.role.label, unitName: user.unit.name,
                status: user.isDisabled ? L10n.Users.daKhoa : L10n.Users.dangDung, url: SiteURL.user(.value(user.id!)).path)
        }
        model.pagination = pagination(page.metadata, base: SiteURL.users.path, query: &params)
        model.layout = req.pageLayout()
        return HTMLResponse.make(UserIndexPage(model: model).render())
    }

    struct UserForm: Content {
        var username: String?
        var full_name: String?
        var role: String?
        var unit_code: String?
        var password: String?
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let unit = try await UnitChoice.label(of: admin.unit, on: req.db)
        return formPage(req, user: nil, form: UserForm(role: Role.unitOfficer.rawValue, unit_code: unit), errors: [:], status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        var form = try req.content.decode(UserForm.self)
        let typedUnit = form.unit_code ?? ""
        let unitChoice = try await UnitChoice.resolve(typedUnit, within: admin.scopePath, on: req.db)
        if case .unit(let unit) = unitChoice { form.unit_code = unit.code }
        var errors = UserService.problems(
            username: (form.username ?? "").lowercased(), fullName: form.full_name ?? "",
            unitCode: form.unit_code ?? "", password: form.password ?? "")
        if let problem = UnitChoice.problem(unitChoice, typed: typedUnit) {
            errors["unit_code"] = problem
            form.unit_code = typedUnit
        }
        guard errors.isEmpty else { return formPage(req, user: nil, form: form, errors: errors, status: .unprocessableEntity) }
        do {
            let user = try await UserService.create(
                .init(
                    username: form.username ?? "", fullName: form.full_name ?? "", role: Role(rawValue: form.role ?? "") ?? .unitOfficer,
                    unitCode: form.unit_code ?? "", password: form.password ?? ""),
                actor: req.actor(admin), scopePath: admin.scopePath, hasher: req.password.async, on: req.db)
            req.flash(.success, L10n.Users.daTaoTaiKhoanTen(user.username))
            return req.redirect(to: SiteURL.user(.value(user.id!)).path)
        } catch let error as AppError {
            let field =
                error.code == "duplicate_username" ? "username" : (error.code.hasPrefix("invalid_") ? String(error.code.dropFirst(8)) : "unit_code")
            return formPage(req, user: nil, form: form, errors: [field == "unit" ? "unit_code" : field: error.message], status: error.status)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try await findInScope(req)
        let unit = try await UnitChoice.label(of: user.unit, on: req.db)
        return formPage(
            req, user: user, form: UserForm(full_name: user.fullName, role: user.role.rawValue, unit_code: unit), errors: [:], status: .ok)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let admin = try req.user
        let user = try await findInScope(req)
        var form = try req.content.decode(UserForm.self)
        let typedUnit = form.unit_code ?? ""
        let unitChoice = try await UnitChoice.resolve(typedUnit, within: admin.scopePath, on: req.db)
        guard case .unit(let unit) = unitChoice else {
            return formPage(
                req, user: user, form: form, errors: ["unit_code": UnitChoice.problem(unitChoice, typed: typedUnit) ?? ""],
                status: .unprocessableEntity)
        }
        form.unit_code = unit.code
        do {
            try await UserService.update(
                user, fullName: form.full_name ?? "", role: Role(rawValue: form.role ?? "") ?? user.role,
                unitCode: form.unit_code ?? "", actor: req.actor(admin), scopePath: admin.scopePath, on: req.db)
            req.flash(.success, L10n.Users.daLuuThongTinNguoiDung)
            return req.redirect(to: SiteURL.user(.value(user.id!)).path)
        } catch let error as AppError {
            return formPage(
                req, user: user, form: form, errors: [error.code == "invalid_full_name" ? "full_name" : "unit_code": error.message],
                status: error.status)
        }
    }

    @Sendable static func resetPassword(req: Request) async throws -> Response {
        let admin = try req.user
        let user = try await findInScope(req)
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        do {
            try await UserService.resetPassword(user, to: password, actor: req.actor(admin), hasher: req.password.async, on: req.db)
            req.flash(.success, L10n.Users.daDatLaiMatKhauCho(user.username))
        } catch let error as AppError {
            req.flash(.error, error.message)
        }
        return req.redirect(to: SiteURL.user(.value(user.id!)).path)
    }

    @Sendable static func disable(req: Request) async throws -> Response {
        try await setDisabled(req, true)
    }

    @Sendable static func enable(req: Request) async throws -> Response {
        try await setDisabled(req, false)
    }

    private static func setDisabled(_ req: Request, _ disabled: Bool) async throws -> Response {
        let admin = try req.user
        let user = try await findInScope(req)
        if disabled && user.id == admin.id {
            req.flash(.error, L10n.Users.banKhongTheTuKhoaTai)
        } else {
            try await UserService.setDisabled(user, disabled, actor: req.actor(admin), on: req.db)
            req.flash(.success, disabled ? L10n.Users.daKhoaTaiKhoan(user.username) : L10n.Users.daMoKhoaTaiKhoan(user.username))
        }
        return req.redirect(to: SiteURL.user(.value(user.id!)).path)
    }

    /// Users whose unit lies in the administrator's subtree.
    static func scopedUsers(_ admin: User, on db: any Database) -> QueryBuilder<User> {
        User.query(on: db).join(OrgUnit.self, on: \User.$unit.$id == \OrgUnit.$id).filter(
            OrgUnit.self, \.$path, .custom("LIKE"), admin.scopePath + "%")
    }

    private static func findInScope(_ req: Request) async throws -> User {
        let admin = try req.require(\.canManageUsers)
        guard let user = try await User.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Users.nguoiDungDoiTuong)
        }
        try admin.ensureInScope(user.unit)
        return user
    }

    private static func formPage(_ req: Request, user: User?, form: UserForm, errors: [String: String], status: HTTPResponseStatus) -> Response {
        var model = UserFormPage.Model()
        model.userID = user?.id
        model.username = user?.username ?? form.username ?? ""
        model.fullName = form.full_name ?? ""
        model.role = form.role ?? ""
        model.unitCode = form.unit_code ?? ""
        model.isDisabled = user?.isDisabled ?? false
        model.lastLogin = user?.lastLoginAt.map(VietnamTime.format)
        model.roles = Role.allCases.map { ($0.rawValue, $0.label) }
        model.errors = errors
        model.layout = req.pageLayout()
        return HTMLResponse.make(UserFormPage(model: model).render(), status: status)
    }
}
