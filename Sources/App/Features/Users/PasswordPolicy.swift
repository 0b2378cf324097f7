import Views

/// What a new password must satisfy.
enum PasswordPolicy {
    static let minimumLength = 10

    static func problem(with password: String) -> String? {
        password.count < minimumLength ? L10n.Users.matKhauCanItNhatKy(minimumLength) : nil
    }
}
