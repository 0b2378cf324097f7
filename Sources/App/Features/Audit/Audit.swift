import DanVanCore
import Fluent
import SQLKit
import Vapor

/// Who is acting, and when: a signed-in person, or a command run by an operator, at an instant of the app's clock.
/// A change is stamped and dated with `at`, so every part of one action agrees on the time.
struct Actor: Sendable {
    let userID: Int?
    let username: String
    let unitID: Int?
    let at: Date

    /// The civil date of the action in Vietnam.
    var today: CivilDate { VietnamTime.civilDate(of: at) }

    static func user(_ user: User, at: Date) -> Actor {
        Actor(userID: user.id, username: user.username, unitID: user.$unit.id, at: at)
    }

    /// A command-line operator; named after the OS account so the log still says who.
    static func commandLine(at: Date) -> Actor {
        Actor(userID: nil, username: "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "root"), unitID: nil, at: at)
    }
}

extension Request {
    /// The signed-in person acting now.
    func actor(_ user: User) -> Actor {
        .user(user, at: clock.now)
    }
}

/// Writes audit entries; call inside the same transaction as the change it records.
enum Audit {
    static func record<Before: Encodable, After: Encodable>(
        on database: any Database, actor: Actor, entity: String, id: String?, action: String,
        before: Before?, after: After?
    ) async throws {
        try await AuditEntry(
            at: actor.at, userID: actor.userID, username: actor.username, unitID: actor.unitID,
            entity: entity, entityID: id, action: action, before: encode(before), after: encode(after)
        ).create(on: database)
    }

    /// Many entries of one action at once, 500 a statement (a reorganisation's one entry per unit moved).
    static func recordMany<After: Encodable>(
        on database: any Database, actor: Actor, entity: String, action: String,
        entries: [(id: String?, after: After)]
    ) async throws {
        try await UnitReorganisation.insertRows(
            AuditEntry.schema, ["at", "user_id", "username", "unit_id", "entity", "entity_id", "action", "after"],
            entries.map { [actor.at, actor.userID, actor.username, actor.unitID, entity, $0.id, action, encode($0.after)] },
            on: database as! any SQLDatabase)
    }

    /// An event with no before/after state (login, logout, token use).
    static func event(on database: any Database, actor: Actor, entity: String, id: String?, action: String) async throws {
        try await record(on: database, actor: actor, entity: entity, id: id, action: action, before: String?.none, after: String?.none)
    }

    private static func encode<T: Encodable>(_ value: T?) -> String? {
        guard let value else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) }
    }
}
