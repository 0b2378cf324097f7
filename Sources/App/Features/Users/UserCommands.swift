import Fluent
import Vapor
import Views

/// `danvan user add|reset-password|disable`: account administration for operators.
struct UserCommandGroup: AsyncCommandGroup {
    var help: String { L10n.Users.quanLyTaiKhoanNguoiDung }
    var commands: [String: any AnyAsyncCommand] {
        ["add": UserAddCommand(), "reset-password": UserResetPasswordCommand(), "disable": UserDisableCommand()]
    }
}

struct UserAddCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(name: "name", help: L10n.Users.fullNameHoVaTen) var name: String?
        @Option(name: "role", help: "quan_tri, chuyen_vien_noi_vu, can_bo_don_vi, thanh_tra, lanh_dao") var role: String?
        @Option(name: "unit", help: "Unit code") var unit: String?
        @Option(name: "password", help: "Password (asked when omitted)") var password: String?
    }

    var help: String { L10n.Users.taoTaiKhoan }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let role = Role(rawValue: signature.role ?? "") else {
            throw ImportFailure(code: "invalid_role", message: "--role phải là một trong: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let password = signature.password ?? context.console.ask(L10n.Users.matKhauLabel.consoleText(), isSecure: true)
        let user = try await UserService.create(
            .init(
                username: signature.username, fullName: signature.name ?? signature.username, role: role,
                unitCode: signature.unit ?? "", password: password),
            actor: .commandLine(at: context.application.clock.now), scopePath: nil, hasher: context.application.password.async,
            on: context.application.db)
        context.console.print(L10n.Users.daTaoTaiKhoan(user.username, role.label))
    }
}

struct UserResetPasswordCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
        @Option(name: "password", help: "New password (asked when omitted)") var password: String?
    }

    var help: String { L10n.Users.datLaiMatKhauVaMo }

    func run(using context: CommandContext, signature: Signature) async throws {
        let user = try await UserLookup.find(signature.username, on: context.application.db)
        let password = signature.password ?? context.console.ask(L10n.Users.matKhauMoiLabel.consoleText(), isSecure: true)
        try await UserService.resetPassword(
            user, to: password, actor: .commandLine(at: context.application.clock.now), hasher: context.application.password.async,
            on: context.application.db)
        context.console.print(L10n.Users.daDatLaiMatKhauCho(user.username))
    }
}

struct UserDisableCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "username") var username: String
    }

    var help: String { L10n.Users.khoaTaiKhoanVaThuHoi }

    func run(using context: CommandContext, signature: Signature) async throws {
        let user = try await UserLookup.find(signature.username, on: context.application.db)
        try await UserService.setDisabled(user, true, actor: .commandLine(at: context.application.clock.now), on: context.application.db)
        context.console.print(L10n.Users.daKhoaTaiKhoan(user.username))
    }
}

enum UserLookup {
    static func find(_ username: String, on db: any Database) async throws -> User {
        guard let user = try await User.query(on: db).filter(\.$username == username.lowercased()).first() else {
            throw AppError.notFound(L10n.Users.taiKhoan(username))
        }
        return user
    }
}
