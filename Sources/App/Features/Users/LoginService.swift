import Fluent
import Vapor

/// Checks a username and password, counting failures: an account locks after repeated failures,
/// and an address that fails too often is throttled, whichever accounts it tries.
enum LoginService {
    enum Outcome {
        case success(User)
        case failure(AppError)
    }

    static let wrongCredentials = AppError(.unauthorized, code: "invalid_credentials", message: "Tên đăng nhập hoặc mật khẩu không đúng.")

    static func attempt(username rawUsername: String, password: String, address: String, on request: Request) async throws -> Outcome {
        let config = request.application.config
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let now = request.clock.now
        let window = now.addingTimeInterval(-Double(config.lockoutMinutes) * 60)
        let recentFromAddress = try await LoginAttempt.query(on: request.db)
            .filter(\.$address == address).filter(\.$at >= window).count()
        if recentFromAddress >= config.loginMaxPerAddress {
            return .failure(AppError(.tooManyRequests, code: "too_many_attempts",
                                     message: "Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau \(config.lockoutMinutes) phút."))
        }
        let user = try await User.query(on: request.db).filter(\.$username == username).with(\.$unit).first()
        guard let user else {
            _ = try await request.password.async.verify(password, created: dummyHash)  // same cost as a real check
            try await LoginAttempt(address: address, username: username, at: now).create(on: request.db)
            return .failure(wrongCredentials)
        }
        if user.isDisabled {
            return .failure(AppError(.forbidden, code: "account_disabled", message: "Tài khoản đã bị khóa. Liên hệ quản trị hệ thống."))
        }
        if user.isLocked(at: now) {
            return .failure(lockedError(config))
        }
        guard try await request.password.async.verify(password, created: user.passwordHash) else {
            user.failedLogins += 1
            if user.failedLogins >= config.loginMaxFailures {
                user.lockedUntil = now.addingTimeInterval(Double(config.lockoutMinutes) * 60)
                user.failedLogins = 0
            }
            try await user.save(on: request.db)
            try await LoginAttempt(address: address, username: username, at: now).create(on: request.db)
            return .failure(user.lockedUntil.map { $0 > now } == true ? lockedError(config) : wrongCredentials)
        }
        user.failedLogins = 0
        user.lockedUntil = nil
        user.lastLoginAt = now
        try await user.save(on: request.db)
        try await Audit.event(on: request.db, actor: .user(user, at: now), entity: "session", id: "\(user.id!)", action: "login")
        return .success(user)
    }

    private static func lockedError(_ config: AppConfig) -> AppError {
        AppError(.tooManyRequests, code: "account_locked",
                 message: "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau \(config.lockoutMinutes) phút.")
    }

    /// A valid Bcrypt hash of a random string, so unknown usernames cost as much time as known ones.
    private static let dummyHash = "$2b$12$CwTycUXWue0Thq9StjUM0uJ8.tM5wTmuBzp6ssd4vBtHQfOUYk4q."
}
