import Fluent
import Foundation

/// Khóa lịch — the secret in a user's calendar-feed address (calendar apps cannot sign in).
/// Hashed like an API token, read-only, and good only for the report calendar; making a new one replaces the old.
final class CalendarToken: Model, CreationStamped, @unchecked Sendable {
    static let schema = "calendar_tokens"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "prefix") var prefix: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(userID: Int, token: String) {
        self.$user.id = userID
        self.tokenHash = APIToken.digest(token)
        self.prefix = String(token.prefix(8))
    }
}
