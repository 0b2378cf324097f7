import Fluent
import Foundation

/// A failed login, kept to throttle guessing from one address.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "address") var address: String
    @Field(key: "username") var username: String
    @Field(key: "at") var at: Date

    init() {}

    init(address: String, username: String, at: Date) {
        self.address = address
        self.username = username
        self.at = at
    }
}
