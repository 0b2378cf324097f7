import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// Records are stamped from the app's clock, not the system's (issue 11, one clock): a deadline profile's "Ngày tạo"
/// once showed the day the test database was migrated.
@Suite struct ClockStampsTests {
    static func account(_ app: Application) async throws -> User {
        try #require(try await User.query(on: app.db).filter(\.$username == "canbo").first())
    }

    @Test func creationAndChangeTakeTheAppClock() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let created = try await Self.account(app)
            #expect(created.createdAt == TestClock.now)
            #expect(created.updatedAt == TestClock.now)

            let later = TestClock.now.addingTimeInterval(3 * 3600)
            app.clock = .fixed(later)
            created.fullName = "Nguyễn Văn Cán"
            try await created.save(on: app.db)
            let changed = try await Self.account(app)
            #expect(changed.createdAt == TestClock.now)
            #expect(changed.updatedAt == later)

            // Saving with nothing changed writes nothing, as Fluent's own timestamps did.
            app.clock = .fixed(later.addingTimeInterval(3600))
            try await changed.save(on: app.db)
            #expect(try await Self.account(app).updatedAt == later)
        }
    }
}
