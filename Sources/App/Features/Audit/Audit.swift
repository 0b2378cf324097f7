import Fluent
import Vapor

/// Who is acting: a signed-in person, or a command run by an operator.
struct Actor: Sendable {
    let userID: Int?
    let username: String
    let unitID: Int?

    static func user(_ user: User) -> Actor {
        Actor(userID: user.id, username: user.username, unitID: user.$unit.id)
    }

    /// A command-line operator; named after the OS account so the log still says who.
    static var commandLine: Actor {
        Actor(userID: nil, username: "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "root"), unitID: nil)
    }
}

/// Writes audit entries; call inside the same transaction as the change it records.
enum Audit {
    static func record<Before: Encodable, After: Encodable>(
        on database: any Database, actor: Actor, entity: String, id: String?, action: String,
        before: Before?, after: After?
    ) async throws {
        try await AuditEntry(
            at: Date(), userID: actor.userID, username: actor.username, unitID: actor.unitID,
            entity: entity, entityID: id, action: action, before: encode(before), after: encode(after)
        ).create(on: database)
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
