import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// The signed-in user is read with their unit and unread count in one plain statement (`UserSessionAuthenticator`):
/// what it restores must be what Fluent would fetch, as a fetched model (unchanged, so a `save` writes only new values).
@Suite struct UserSessionAuthenticatorTests {
    static func restore(_ app: Application, userID: Int) async throws -> (User?, unread: Int?) {
        let request = Request(application: app, on: app.eventLoopGroup.next())
        try await UserSessionAuthenticator().authenticate(sessionID: userID, for: request)
        return (request.auth.get(User.self), request.unreadNotifications)
    }

    @Test func theRestoredUserIsTheFetchedOneWithItsUnitAndUnreadCount() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let fetched = try #require(try await User.query(on: app.db).filter(\.$username == "noivu.hue").with(\.$unit).first())
            fetched.email = "noivu@hue.gov.vn"
            fetched.lastLoginAt = Date(timeIntervalSince1970: 1_790_000_000)
            try await fetched.save(on: app.db)
            for (index, read) in [nil, nil, Date(timeIntervalSince1970: 1_790_000_100)].enumerated() {
                let note = InboxNotification()
                note.$user.id = fetched.id!
                note.step = "su-kien-\(index)"
                note.message = "Thông báo \(index)"
                note.url = "/"
                note.createdAt = Date(timeIntervalSince1970: 1_790_000_000)
                note.readAt = read
                try await note.create(on: app.db)
            }
            let again = try #require(try await User.query(on: app.db).filter(\.$id == fetched.id!).with(\.$unit).first())
            let (restored, unread) = try await Self.restore(app, userID: fetched.id!)
            let user = try #require(restored)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            // Every field of the user and of the unit (encoded with it), as Fluent reads them.
            #expect(String(decoding: try encoder.encode(user), as: UTF8.self) == String(decoding: try encoder.encode(again), as: UTF8.self))
            #expect(user.unit.path == again.unit.path && user.unit.kind == again.unit.kind)
            #expect(!user.hasChanges && !user.unit.hasChanges && user.$id.exists)
            #expect(unread == 2)
        }
    }

    @Test func aDisabledAccountIsNotRestored() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let user = try #require(try await User.query(on: app.db).filter(\.$username == "noivu.hue").first())
            user.isDisabled = true
            try await user.save(on: app.db)
            #expect(try await Self.restore(app, userID: user.id!).0 == nil)
            #expect(try await Self.restore(app, userID: 987_654).0 == nil)
        }
    }
}
