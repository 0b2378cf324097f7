import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 15, item 2: each scored unit's self-assessment is an obligation with the round's deadline — listed in the work
/// list and chased by `danvan remind` on the report ladder until the sheet is submitted.
@Suite struct ScoringObligationTests {
    static var today: CivilDate { TestClock.today }

    /// Reminders about scoring sheets as "username step", sorted.
    static func reminders(on app: Application) async throws -> [String] {
        try await InboxNotification.query(on: app.db).filter(\.$step, .custom("LIKE"), "cd-%").with(\.$user).all()
            .map { "\($0.user.username) \($0.step)" }.sorted()
    }

    @Test func theUnitIsRemindedOnceAStepUntilItSubmits() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await ScoringFlowTests.openRound(app, selfDue: Self.today.adding(days: 3))
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV")
            let outcome = try await ScoringReminders.run(today: Self.today, at: TestClock.now, on: app.db)
            // Every sheet of the round has its step; only Phòng Nội vụ has an officer to tell.
            let sheets = try await ScoringSheet.query(on: app.db).filter(\.$round.$id == round.id!).count()
            #expect(outcome == .init(sheets: sheets, notifications: 1))
            #expect(try await Self.reminders(on: app) == ["canbo cd-truoc-3"])
            let notice = try #require(try await InboxNotification.query(on: app.db).filter(\.$step == "cd-truoc-3").first())
            #expect(
                notice.message
                    == "Phòng Nội vụ chưa nộp phiếu tự chấm điểm “\(round.title)”; còn 3 ngày đến hạn (\(Self.today.adding(days: 3).vietnamese)).")
            #expect(notice.url == "/cham-diem/phieu/\(sheet.id!)" && notice.mailPending)
            // A second run, here or on another server, writes nothing.
            #expect(try await ScoringReminders.run(today: Self.today, at: TestClock.now, on: app.db).notifications == 0)
            // Submitted: no more reminders for it.
            try await ScoringBreakdownTests.submitAll(app, sheet: sheet)
            let later = try await ScoringReminders.run(today: Self.today.adding(days: 2), at: TestClock.now, on: app.db)
            #expect(later == .init(sheets: sheets - 1, notifications: 0))
            #expect(try await Self.reminders(on: app) == ["canbo cd-truoc-3"])
        }
    }

    @Test func aWeekOverdueTheRoundsOwnerIsToldToo() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            _ = try await ScoringFlowTests.openRound(app, selfDue: Self.today.adding(days: -9))
            _ = try await ScoringReminders.run(today: Self.today, at: TestClock.now, on: app.db)
            let sent = try await Self.reminders(on: app)
            #expect(sent.contains("canbo cd-qua-9"))
            #expect(sent.contains("noivu.huongtra cd-qua-9"))
        }
    }

    @Test func theWorkListShowsTheSheetsNotSubmitted() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await ScoringFlowTests.openRound(app, selfDue: Self.today.adding(days: -1))
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let list = try await coordinator.get("/viec-can-lam?loai=cham-diem")
            #expect(list.status == .ok)
            let body = list.body.string
            #expect(body.contains("Phiếu tự chấm điểm chưa nộp") && body.contains("Phòng Nội vụ") && body.contains("Phường Tứ Hạ"))
            #expect(body.contains(round.title) && body.contains("Quá hạn tự chấm"))
            // The unit's officer sees their own sheet only; once submitted it leaves the list.
            var officer = Browser(app)
            _ = try await officer.login("canbo")
            let own = try await officer.get("/viec-can-lam?loai=cham-diem").body.string
            #expect(own.contains("Phòng Nội vụ") && !own.contains("Phường Tứ Hạ"))
            try await ScoringBreakdownTests.submitAll(app, sheet: try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV"))
            let after = try await officer.get("/viec-can-lam?loai=cham-diem").body.string
            #expect(!after.contains(round.title))
            let csv = try await coordinator.get("/viec-can-lam?loai=cham-diem&xuat=csv").body.string
            #expect(csv.contains("Phường Tứ Hạ") && !csv.contains("Phòng Nội vụ"))
            // The coordinator's home counts the overdue sheets and links to that list.
            let open = try await ScoringSheet.query(on: app.db).filter(\.$round.$id == round.id!).filter(\.$status == .draft).count()
            let home = try await coordinator.get("/tong-quan").body.string
            #expect(home.contains("Phiếu tự chấm điểm quá hạn chưa nộp"))
            #expect(home.contains("href=\"/viec-can-lam?loai=cham-diem&amp;han=qua-han\"") && open > 1)
        }
    }
}
