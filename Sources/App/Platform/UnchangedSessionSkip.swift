import Fluent
import Vapor

/// The session store, minus the write when a request left its session as it found it. Vapor's sessions middleware
/// saves a session after every request that read it, so each page view was also an UPDATE: on SQLite a write that locks
/// the file and waits for the disk, taken by every signed-in GET.
struct UnchangedSessionSkip: SessionDriver {
    let base: any SessionDriver

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        base.createSession(data, for: request)
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        base.readSession(sessionID, for: request).map { data in
            request.storage[SessionAsRead.self] = data
            return data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if request.storage[SessionAsRead.self] == data { return request.eventLoop.makeSucceededFuture(sessionID) }
        return base.updateSession(sessionID, to: data, for: request)
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        base.deleteSession(sessionID, for: request)
    }
}

/// The session's data as the store returned it for this request.
private struct SessionAsRead: StorageKey { typealias Value = SessionData }
