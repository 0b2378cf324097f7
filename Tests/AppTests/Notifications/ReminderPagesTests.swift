import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct ReminderPagesTests {
    @Test func inboxShowsUnreadInWordsAndMarksOneOrAllRead() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: 3, schedule: schedule, on: app)
            try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: -3, schedule: schedule, on: app)
            _ = try await ReminderFixtures.run(app)

            var canbo = Browser(app)
            try await canbo.login("canbo")
            let dashboard = try await canbo.get("/tong-quan")
            #expect(dashboard.body.string.contains("Thông báo (2 chưa đọc)"))
            let inbox = try await canbo.get("/thong-bao")
            #expect(inbox.status == .ok)
            let html = inbox.body.string
            #expect(html.contains("còn 3 ngày đến hạn nộp (23/05/2026)"))
            #expect(html.contains("đã quá hạn 3 ngày (hạn 17/05/2026)"))
            #expect(html.components(separatedBy: ">Chưa đọc<").count == 3)
            // Newest first: equal creation times fall back to the later id.
            let notes = try await InboxNotification.query(on: app.db).sort(\.$id).all()
            let markOne = try await canbo.post("/thong-bao/\(notes[0].id!)/da-doc", form: [:])
            #expect(markOne.status == .seeOther)
            #expect(try await canbo.get("/thong-bao").body.string.contains("Thông báo (1 chưa đọc)"))
            _ = try await canbo.post("/thong-bao/da-doc-tat-ca", form: [:])
            let after = try await canbo.get("/thong-bao").body.string
            #expect(!after.contains(">Chưa đọc<"))
            #expect(after.contains("Không có thông báo chưa đọc."))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "notification").count() == 2)

            // Someone else's notification cannot be touched, and a form without its token is refused.
            var other = Browser(app)
            try await other.login("noivu.hue")
            _ = try await other.get("/thong-bao")
            #expect(try await other.post("/thong-bao/\(notes[1].id!)/da-doc", form: [:]).status == .notFound)
            #expect(try await canbo.post("/thong-bao/da-doc-tat-ca", form: ["_csrf": "sai"]).status == .forbidden)
        }
    }

    @Test func accountPageSetsTheEmailAddress() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var canbo = Browser(app)
            try await canbo.login("canbo")
            _ = try await canbo.get("/tai-khoan")
            _ = try await canbo.post("/tai-khoan/email", form: ["email": "CanBo@HuongTra.example.vn"])
            #expect(try await UserLookup.find("canbo", on: app.db).email == "canbo@huongtra.example.vn")
            let page = try await canbo.get("/tai-khoan").body.string
            #expect(page.contains(#"value="canbo@huongtra.example.vn""#))
            _ = try await canbo.post("/tai-khoan/email", form: ["email": "canbo@x.vn\r\nBcc: a@b.vn"])
            #expect(try await canbo.get("/tai-khoan").body.string.contains("không hợp lệ"))
            #expect(try await UserLookup.find("canbo", on: app.db).email == "canbo@huongtra.example.vn")
            _ = try await canbo.post("/tai-khoan/email", form: ["email": ""])
            #expect(try await UserLookup.find("canbo", on: app.db).email == nil)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "set_email").count() == 2)
        }
    }

    @Test func calendarFeedListsTheUnitsDueDatesForItsTokenOnly() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            // The fixtures' requests are due around ReminderFixtures.today; the feed shows dates from the clock's today.
            app.clock = .fixed(ReminderFixtures.today)
            let schedule = try await ReminderFixtures.schedule(on: app)
            let office = try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: 3, schedule: schedule, on: app)
            let commune = try await ReminderFixtures.request("19900", receiver: "480", daysFromToday: 10, schedule: schedule, on: app)
            let town = try await Fixtures.unit("480", on: app)
            let danang = try await Fixtures.unit("48", on: app)

            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            _ = try await coordinator.get("/tai-khoan")
            #expect(try await coordinator.post("/tai-khoan/lich", form: [:]).status == .seeOther)
            let account = try await coordinator.get("/tai-khoan").body.string
            let range = try #require(account.range(of: #"/lich/[0-9]+\.ics\?token=dv_[A-Za-z0-9]{40}"#, options: .regularExpression))
            let address = String(account[range])
            #expect(address.hasPrefix("/lich/\(town.id!).ics?token="))
            let token = String(address.split(separator: "=").last!)

            // The town alone has no request; with its subtree it has the office's and the commune's.
            let own = try await fetch(app, "/lich/\(town.id!).ics?token=\(token)")
            #expect(own.status == .ok)
            #expect(own.headers.contentType?.type == "text" && own.headers.contentType?.subType == "calendar")
            #expect(own.body.string.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
            #expect(!own.body.string.contains("BEGIN:VEVENT"))
            let tree = try await fetch(app, "/lich/\(town.id!).ics?token=\(token)&cay=1").body.string
            #expect(tree.components(separatedBy: "BEGIN:VEVENT").count == 3)
            #expect(tree.contains("UID:yeu-cau-bao-cao-\(office.id!)@danvan\r\n"))
            #expect(tree.contains("UID:yeu-cau-bao-cao-\(commune.id!)@danvan\r\n"))
            #expect(tree.contains("DTSTART;VALUE=DATE:20260523\r\n"))
            let unfolded = tree.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains("SUMMARY:Hạn nộp báo cáo Tháng 5/2026 – Phòng Nội vụ\r\n"))
            for line in tree.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }

            // Outside the user's scope, a wrong token, and the old token after a new address is made.
            #expect(try await fetch(app, "/lich/\(danang.id!).ics?token=\(token)").status == .forbidden)
            #expect(try await fetch(app, "/lich/\(town.id!).ics?token=dv_sai").status == .notFound)
            #expect(try await fetch(app, "/lich/\(town.id!).ics").status == .notFound)
            _ = try await coordinator.post("/tai-khoan/lich", form: [:])
            #expect(try await fetch(app, "/lich/\(town.id!).ics?token=\(token)").status == .notFound)
            #expect(try await CalendarToken.query(on: app.db).count() == 1)
        }
    }

    private func fetch(_ app: Application, _ path: String) async throws -> TestingHTTPResponse {
        var captured: TestingHTTPResponse?
        try await app.testing().test(.GET, path) { captured = $0 }
        return captured!
    }
}
