import Fluent
import Foundation
import SQLKit

/// Failed-login counters changed in one statement each, so requests sent at the same moment cannot all read the same
/// count and all be let through (a read, a check and a save in Swift lose every increment but the last).
enum LoginCounter {
    /// Takes one attempt from the account's budget before its password is checked; the number this attempt is,
    /// or nil when the account is locked until later than `now`.
    static func reserve(userID: Int, now: Date, on db: any Database) async throws -> Int? {
        try await (db as! any SQLDatabase).update(User.schema)
            .set("failed_logins", to: SQLRaw("failed_logins + 1"))
            .where("id", .equal, userID)
            .where { $0.where("locked_until", .is, SQLLiteral.null).orWhere("locked_until", .lessThanOrEqual, now) }
            .returning("failed_logins")
            .first(decodingColumn: "failed_logins", as: Int.self)
    }

    /// Locks the account and starts the next budget from zero once the lock ends.
    static func lock(userID: Int, until: Date, on db: any Database) async throws {
        try await User.query(on: db).filter(\.$id == userID)
            .set(\.$lockedUntil, to: until).set(\.$failedLogins, to: 0).update()
    }

    static let throttleSchema = "login_throttles"

    /// Counts one more attempt from an address and returns its number within the current window (a window starts at the
    /// first attempt after the previous one ended). One upsert: parallel requests each get a different number.
    static func reserve(address: String, now: Date, windowStart: Date, on db: any Database) async throws -> Int {
        let table = SQLIdentifier(throttleSchema)
        return try await (db as! any SQLDatabase).raw(
            """
            INSERT INTO \(table) (address, window_start, failures) VALUES (\(bind: address), \(bind: now), 1)
            ON CONFLICT (address) DO UPDATE SET
            failures = CASE WHEN \(table).window_start < \(bind: windowStart) THEN 1 ELSE \(table).failures + 1 END,
            window_start = CASE WHEN \(table).window_start < \(bind: windowStart) THEN \(bind: now) ELSE \(table).window_start END
            RETURNING failures
            """
        ).first(decodingColumn: "failures", as: Int.self) ?? 1
    }

    /// A successful login gives its attempt back: the limit is on failures.
    static func release(address: String, on db: any Database) async throws {
        let table = SQLIdentifier(throttleSchema)
        try await (db as! any SQLDatabase).raw(
            """
            UPDATE \(table) SET failures = failures - 1 WHERE address = \(bind: address) AND failures > 0
            """
        ).run()
    }

    /// Attempts at one username within the window, this one included: unknown names lock like real ones, so the
    /// lock-out message does not tell which accounts exist.
    static func recent(username: String, since: Date, on db: any Database) async throws -> Int {
        try await LoginAttempt.query(on: db).filter(\.$username == username).filter(\.$at >= since).count()
    }
}
