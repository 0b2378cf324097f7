import Fluent
import Vapor
import Views

/// Checks a username and password, counting failures: an account locks after repeated failures,
/// and an address that fails too often is throttled, whichever accounts it tries.
enum LoginService {
    enum Outcome {
        case success(User)
        case failure(AppError)
    }

    static let wrongCredentials = AppError(.unauthorized, code: "invalid_credentials", message: L10n.Users.tenDangNhapHoacMatKhau)

    static func attempt(username rawUsername: String, password: String, address: String, on request: Request) async throws -> Outcome {
        let config = request.application.config
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let now = request.clock.now
        let window = now.addingTimeInterval(-Double(config.lockoutMinutes) * 60)
        // Each attempt takes its number before anything is checked, in one statement: of a burst sent at once, no more
        // than the limits reach a password check.
        let attempt = LoginAttempt(address: address, username: username, at: now)
        try await attempt.create(on: request.db)
        if try await LoginCounter.reserve(address: address, now: now, windowStart: window, on: request.db) > config.loginMaxPerAddress {
            return .failure(
                AppError(
                    .tooManyRequests, code: "too_many_attempts",
                    message: L10n.Users.coQuaNhieuLanDangNhap(config.lockoutMinutes)))
        }
        guard let user = try await User.query(on: request.db).filter(\.$username == username).with(\.$unit).first() else {
            return try await unknownUser(username, password: password, since: window, config: config, on: request)
        }
        guard let number = try await LoginCounter.reserve(userID: user.id!, now: now, on: request.db),
            number <= config.loginMaxFailures
        else {
            return .failure(lockedError(config))
        }
        guard try await request.password.async.verify(password, created: user.passwordHash) else {
            if number >= config.loginMaxFailures {
                try await LoginCounter.lock(userID: user.id!, until: now.addingTimeInterval(Double(config.lockoutMinutes) * 60), on: request.db)
                return .failure(lockedError(config))
            }
            return .failure(wrongCredentials)
        }
        try await attempt.delete(on: request.db)
        try await LoginCounter.release(address: address, on: request.db)
        // Only someone who knows the password learns that the account is disabled.
        if user.isDisabled {
            return .failure(AppError(.forbidden, code: "account_disabled", message: L10n.Users.taiKhoanDaBiKhoaLien))
        }
        user.failedLogins = 0
        user.lockedUntil = nil
        user.lastLoginAt = now
        try await user.save(on: request.db)
        try await Audit.event(on: request.db, actor: .user(user, at: now), entity: "session", id: "\(user.id!)", action: "login")
        return .success(user)
    }

    /// A name with no account answers like an account would: the same password cost, and locked after as many tries.
    private static func unknownUser(_ username: String, password: String, since window: Date, config: AppConfig, on request: Request) async throws
        -> Outcome
    {
        let tries = try await LoginCounter.recent(username: username, since: window, on: request.db)
        if tries > config.loginMaxFailures { return .failure(lockedError(config)) }
        _ = try await request.password.async.verify(password, created: dummyHash)
        return .failure(tries == config.loginMaxFailures ? lockedError(config) : wrongCredentials)
    }

    private static func lockedError(_ config: AppConfig) -> AppError {
        AppError(
            .tooManyRequests, code: "account_locked",
            message: L10n.Users.taiKhoanTamKhoaDoDang(config.lockoutMinutes))
    }

    /// A valid Bcrypt hash of a random string, so unknown usernames cost as much time as known ones.
    private static let dummyHash = "$2b$12$CwTycUXWue0Thq9StjUM0uJ8.tM5wTmuBzp6ssd4vBtHQfOUYk4q."
}
