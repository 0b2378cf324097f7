import Crypto
import Fluent
import Foundation

/// A signed-in person's session. The cookie holds a random key; the row holds only its SHA-256, so a copy of the
/// database does not hand out live sessions.
final class SessionRow: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "key_hash") var keyHash: String
    @Field(key: "user_id") var userID: Int
    /// The session's data as a JSON object of strings.
    @Field(key: "data") var data: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}

    init(key: String, userID: Int, data: String, at now: Date) {
        keyHash = Self.digest(key)
        self.userID = userID
        self.data = data
        createdAt = now
        lastSeenAt = now
    }

    static func digest(_ key: String) -> String {
        SHA256.lowercaseHex(of: Data(key.utf8))
    }

    /// Idle for longer than the idle limit, or older than the absolute limit.
    static func isExpired(createdAt: Date, lastSeenAt: Date, at now: Date, _ config: AppConfig) -> Bool {
        let (idle, absolute) = cutoffs(at: now, config)
        return lastSeenAt < idle || createdAt < absolute
    }

    static func cutoffs(at now: Date, _ config: AppConfig) -> (idle: Date, absolute: Date) {
        (now.addingTimeInterval(-Double(config.sessionIdleMinutes) * 60), now.addingTimeInterval(-Double(config.sessionMaxHours) * 3600))
    }

    /// Ends every session of a user (password changed or reset, account disabled), except the one given.
    static func endAll(userID: Int, except keptKey: String? = nil, on db: any Database) async throws {
        let query = SessionRow.query(on: db).filter(\.$userID == userID)
        if let keptKey { query.filter(\.$keyHash != digest(keptKey)) }
        try await query.delete()
    }

    /// Deletes expired sessions; how many there were.
    static func deleteExpired(at now: Date, _ config: AppConfig, on db: any Database) async throws -> Int {
        let (idle, absolute) = cutoffs(at: now, config)
        let expired = { SessionRow.query(on: db).group(.or) { $0.filter(\.$lastSeenAt < idle).filter(\.$createdAt < absolute) } }
        let count = try await expired().count()
        try await expired().delete()
        return count
    }
}
