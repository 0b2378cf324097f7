import Fluent
import Foundation
import SQLKit
import Vapor

/// Where sessions live. A signed-in person's session is a row: it expires when idle and at an absolute age
/// (`DANVAN_SESSION_IDLE_MINUTES`, `DANVAN_SESSION_MAX_HOURS`), and all of a user's rows end together when the password
/// changes or the account is disabled. An anonymous visitor's session is a signed cookie and stores nothing.
struct DanVanSessionDriver: SessionDriver {
    let cookies: SignedSessionCookie

    /// The key Vapor's `session.authenticate(user)` writes the user's id under ("_" + type name + "Session").
    static let userKey = "_UserSession"

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        request.eventLoop.makeFutureWithTask { try await create(data, request) }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        request.eventLoop.makeFutureWithTask {
            let now = request.clock.now
            let config = request.application.config
            if SignedSessionCookie.isSigned(sessionID) {
                return try await cookies.decode(sessionID, at: now, idleMinutes: config.sessionIdleMinutes, on: request.db)
            }
            // A plain row, not a Fluent model: this runs on every signed-in request, and building and decoding the
            // model's query (reflection over its fields) showed in every page's profile.
            let sql = request.db as! any SQLDatabase
            let digest = SessionRow.digest(sessionID.string)
            guard let row = try await sql.raw("SELECT id, data, created_at, last_seen_at FROM sessions WHERE key_hash = \(bind: digest)").first()
            else { return nil }
            let id = try row.decode(column: "id", as: Int.self)
            let lastSeenAt = try row.decode(column: "last_seen_at", as: Date.self)
            if SessionRow.isExpired(createdAt: try row.decode(column: "created_at", as: Date.self), lastSeenAt: lastSeenAt, at: now, config) {
                try await sql.raw("DELETE FROM sessions WHERE id = \(bind: id)").run()
                return nil
            }
            // The idle clock moves at most once a minute, so reading pages does not mean a write per page.
            if now.timeIntervalSince(lastSeenAt) > 60 {
                try await sql.raw("UPDATE sessions SET last_seen_at = \(bind: now) WHERE id = \(bind: id)").run()
            }
            return try JSONDecoder().decode(SessionData.self, from: Data(try row.decode(column: "data", as: String.self).utf8))
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        request.eventLoop.makeFutureWithTask {
            if SignedSessionCookie.isSigned(sessionID) { return try await create(data, request) }
            // Only an UPDATE: a session ended while this request ran (password reset, account disabled) stays ended.
            try await SessionRow.query(on: request.db).filter(\.$keyHash == SessionRow.digest(sessionID.string))
                .set(\.$data, to: try Self.json(data)).update()
            return sessionID
        }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.eventLoop.makeFutureWithTask {
            guard !SignedSessionCookie.isSigned(sessionID) else { return }
            try await SessionRow.query(on: request.db).filter(\.$keyHash == SessionRow.digest(sessionID.string)).delete()
        }
    }

    /// A row for a signed-in person, a signed cookie for anyone else.
    private func create(_ data: SessionData, _ request: Request) async throws -> SessionID {
        let now = request.clock.now
        guard let userID = data[Self.userKey].flatMap(Int.init) else {
            return try await cookies.encode(data, at: now, on: request.db)
        }
        let key = SignedSessionCookie.base64URL(Data([UInt8].random(count: 32)))
        try await SessionRow(key: key, userID: userID, data: try Self.json(data), at: now).create(on: request.db)
        return SessionID(string: key)
    }

    private static func json(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }
}
