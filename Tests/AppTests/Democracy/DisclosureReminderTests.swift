import DanVanCore
import Fluent
import Foundation
import Testing

@testable import App

/// `danvan remind` chases the communes that have not published a quarterly or yearly category (issue 17, item 1).
@Suite struct DisclosureReminderTests {
    @Test func aCommuneMissingItsQuarterlyCategoriesIsRemindedThenEscalatedAndStopsWhenPublished() async throws {
        try await withTestApp { app in
            let (tuHa, _, _) = try await DemocracyFiguresTests.seed(app)
            let year = TestClock.today.year
            func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }
            func notices(_ username: String) async throws -> [InboxNotification] {
                let user = try await ScoringFlowTests.user(username, on: app.db)
                return try await InboxNotification.query(on: app.db).filter(\.$user.$id == user.id!).sort(\.$id).all()
            }
            // 03/10: Q3 ended 3 days ago. Tứ Hạ (canbo.tuha) published budget execution in January only, and no quarterly list;
            // Hương Toàn has no account, so nobody there to tell.
            let first = try await DisclosureReminderRun.run(today: day(10, 3), at: TestClock.now, on: app.db)
            #expect(first == .init(communes: 1, notifications: 1))
            let notice = try #require(try await notices("canbo.tuha").first)
            #expect(notice.message.hasPrefix("Phường Tứ Hạ chưa công khai 2 loại thông tin của Quý III/\(year)"))
            #expect(notice.message.hasSuffix("đã quá hạn 3 ngày (hạn 30/09/\(year))."))
            #expect(notice.url == "/dan-chu/xa/\(tuHa.id!)/cong-khai/moi")
            // The same day again, or another server: nothing new.
            #expect(try await DisclosureReminderRun.run(today: day(10, 3), at: TestClock.now, on: app.db).notifications == 0)
            // 12/10, 12 days late: the town's coordinator is told too.
            let escalated = try await DisclosureReminderRun.run(today: day(10, 12), at: TestClock.now, on: app.db)
            #expect(escalated.notifications == 2)
            #expect(try await notices("noivu.huongtra").first?.message.contains("đã quá hạn 12 ngày") == true)
            // Once both are published for Q3, the ladder stops.
            try await DemocracyFiguresTests.item(tuHa, "d11k2", start: day(8, 10).iso, onTime: true, on: app.db)
            #expect(try await DisclosureReminderRun.run(today: day(10, 15), at: TestClock.now, on: app.db).notifications == 2)
            #expect(try await notices("canbo.tuha").last?.message.contains("chưa công khai 1 loại thông tin") == true)
            try await DemocracyFiguresTests.item(tuHa, "d13dm", start: day(9, 30).iso, onTime: true, on: app.db)
            #expect(try await DisclosureReminderRun.run(today: day(10, 18), at: TestClock.now, on: app.db) == .init(communes: 0, notifications: 0))
        }
    }
}
