import Fluent
import Vapor

/// Khóa API — a revocable bearer token; only its SHA-256 digest is stored.
final class APIToken: Model, CreationStamped, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "user_id") var user: User
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    /// The first characters of the token, shown so a person can tell tokens apart.
    @Field(key: "prefix") var prefix: String
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(userID: Int, name: String, token: String) {
        self.$user.id = userID
        self.name = name
        self.tokenHash = APIToken.digest(token)
        self.prefix = String(token.prefix(8))
    }

    static func digest(_ token: String) -> String {
        SHA256.lowercaseHex(of: Data(token.utf8))
    }

    /// A new random token: "dv_" and 40 URL-safe characters.
    static func generate() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return "dv_" + String((0..<40).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
