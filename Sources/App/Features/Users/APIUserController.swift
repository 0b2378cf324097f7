import Fluent
import Vapor
import Views

/// /api/v1/users — accounts within an administrator's subtree, and /api/v1/me.
enum APIUserController {
    struct UserDTO: Content {
        let id: Int
        let username: String
        let fullName: String
        let role: String
        let unitID: Int
        let isDisabled: Bool

        init(_ user: User) {
            id = user.id!
            username = user.username
            fullName = user.fullName
            role = user.role.rawValue
            unitID = user.$unit.id
            isDisabled = user.isDisabled
        }
    }

    @Sendable static func me(req: Request) async throws -> UserDTO {
        UserDTO(try req.user)
    }

    @Sendable static func index(req: Request) async throws -> APIUnitController.PageDTO<UserDTO> {
        let admin = try req.require(\.canManageUsers)
        let page = try await UserController.scopedUsers(admin, on: req.db).sort(\.$username).paginate(PageParams(from: req).fluent)
        return .init(items: page.items.map(UserDTO.init), page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    @Sendable static func show(req: Request) async throws -> UserDTO {
        let admin = try req.require(\.canManageUsers)
        guard let user = try await User.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Users.nguoiDungDoiTuong)
        }
        try admin.ensureInScope(user.unit)
        return UserDTO(user)
    }

    struct CreateBody: Content {
        let username: String
        let fullName: String
        let role: String
        let unitCode: String
        let password: String
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let body = try req.content.decode(CreateBody.self)
        guard let role = Role(rawValue: body.role) else {
            throw AppError.invalid(
                "Vai trò \"\(body.role)\" không hợp lệ. Các giá trị: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).", code: "invalid_role")
        }
        let user = try await UserService.create(
            .init(username: body.username, fullName: body.fullName, role: role, unitCode: body.unitCode, password: body.password),
            actor: req.actor(admin), scopePath: admin.scopePath, hasher: req.password.async, on: req.db)
        return try await UserDTO(user).encodeResponse(status: .created, for: req)
    }
}
