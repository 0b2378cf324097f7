import Fluent
import Foundation
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
            guard let row = try await SessionRow.query(on: request.db).filter(\.$keyHash == SessionRow.digest(sessionID.string)).first() else {
                return nil
            }
            if row.isExpired(at: now, config) {
                try await row.delete(on: request.db)
                return nil
            }
            // The idle clock moves at most once a minute, so reading pages does not mean a write per page.
            if now.timeIntervalSince(row.lastSeenAt) > 60 {
                row.lastSeenAt = now
                try await row.save(on: request.db)
            }
            return try JSONDecoder().decode(SessionData.self, from: Data(row.data.utf8))
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
