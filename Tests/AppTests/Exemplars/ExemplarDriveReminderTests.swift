import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// A registration drive is an obligation per unit, with reminders (issue 16, item 2): the units that have not answered
/// are chased by `danvan remind` on the report ladder and listed in the work list; the units that answered are left alone.
@Suite struct ExemplarDriveReminderTests {
    /// Hương Trà asks its two communes (Phường Tứ Hạ, Xã Hương Toàn) to register by `deadline`; Tứ Hạ answers.
    static func driveWithTuHaAnswered(_ app: Application, deadline: CivilDate) async throws -> ExemplarDrive {
        try await ExemplarTests.seed(app)
        let coordinator = try await UserLookup.find("noivu.huongtra", on: app.db)
        let town = try await Fixtures.unit("480", on: app)
        let drive = try await ExemplarDriveService.create(
            unit: town, title: "Đăng ký mô hình “Dân vận khéo” năm \(deadline.year)", deadline: deadline,
            targets: .communes, actor: .user(coordinator, at: TestClock.now), on: app.db)
        var officer = Browser(app)
        try await officer.login("canbo.tuha")
        let saved = try await officer.post(
            "/dan-van-kheo/dang-ky",
            form: ExemplarTests.form(
                unit: "19900", name: "Hiến đất mở rộng đường kiệt",
                extra: ["drive_id": String(drive.id!)]))
        #expect(saved.status == .seeOther)
        return drive
    }

    /// Reminders as "username step", sorted.
    static func reminders(on app: Application) async throws -> [String] {
        try await InboxNotification.query(on: app.db).filter(\.$step, .custom("LIKE"), "dvk-%").with(\.$user).all()
            .map { "\($0.user.username) \($0.step)" }.sorted()
    }

    @Test func theMissingUnitIsRemindedOnceAStepAndTheAnsweredUnitNever() async throws {
        try await withTestApp { app in
            let today = TestClock.today
            let drive = try await Self.driveWithTuHaAnswered(app, deadline: today.adding(days: 3))
            let outcome = try await ExemplarDriveReminders.run(today: today, at: TestClock.now, on: app.db)
            #expect(outcome == .init(units: 1, notifications: 1))
            #expect(try await Self.reminders(on: app) == ["canbo.huongtoan dvk-truoc-3"])
            let notice = try #require(try await InboxNotification.query(on: app.db).filter(\.$step == "dvk-truoc-3").first())
            #expect(notice.message.contains("Xã Hương Toàn chưa đăng ký") && notice.message.contains("còn 3 ngày đến hạn"))
            #expect(notice.url == "/dan-van-kheo/dang-ky?dot=\(drive.id!)" && notice.mailPending)

            // A second run, here or on another server, writes nothing; the next rung is a new notice.
            #expect(try await ExemplarDriveReminders.run(today: today, at: TestClock.now, on: app.db).notifications == 0)
            #expect(try await ExemplarDriveReminders.run(today: today.adding(days: 2), at: TestClock.now, on: app.db).notifications == 1)
            #expect(try await Self.reminders(on: app) == ["canbo.huongtoan dvk-truoc-1", "canbo.huongtoan dvk-truoc-3"])

            // Once Hương Toàn registers (a hamlet under it would do too), nothing more is sent.
            var officer = Browser(app)
            try await officer.login("canbo.huongtoan")
            _ = try await officer.post(
                "/dan-van-kheo/dang-ky",
                form: ExemplarTests.form(
                    unit: "19901", name: "Tổ tự quản an ninh trật tự",
                    extra: ["drive_id": String(drive.id!)]))
            #expect(try await ExemplarDriveReminders.run(today: today.adding(days: 3), at: TestClock.now, on: app.db) == .init())
        }
    }

    @Test func afterAWeekOverdueTheLaunchingUnitIsToldTooAndRemindMailsIt() async throws {
        try await withTestApp { app in
            let today = TestClock.today
            _ = try await Self.driveWithTuHaAnswered(app, deadline: today.adding(days: -9))
            #expect(try await ExemplarDriveReminders.run(today: today, at: TestClock.now, on: app.db).notifications == 2)
            #expect(try await Self.reminders(on: app) == ["canbo.huongtoan dvk-qua-9", "noivu.huongtra dvk-qua-9"])
            #expect(
                try await InboxNotification.query(on: app.db).filter(\.$step == "dvk-qua-9").first()?.message.contains("đã quá hạn 9 ngày") == true)
            // `danvan remind` mails it with the other event notices.
            try await ReminderFixtures.setEmail("canbo.huongtoan", "huongtoan@example.vn", on: app)
            let sendmail = try FakeSendmail()
            defer { sendmail.remove() }
            let mail = try await PendingMail.send(
                at: TestClock.now, on: app.db, mailer: sendmail.mailer, mailFrom: "DanVan <danvan@ubnd.example.vn>",
                publicURL: "https://danvan.example.vn", logger: app.logger)
            #expect(mail.sent == 1)
            let message = try #require(try sendmail.messages().first)
            #expect(message.contains("<huongtoan@example.vn>"))
            let body = try #require(message.components(separatedBy: "\n\n").dropFirst().first)
            let text = String(decoding: try #require(Data(base64Encoded: body.replacingOccurrences(of: "\n", with: ""))), as: UTF8.self)
            #expect(text.contains("Xã Hương Toàn chưa đăng ký mô hình") && text.contains("/dan-van-kheo/dang-ky?dot="))
        }
    }

    @Test func theWorkListAndTheHomePageShowOnlyTheUnitsStillOwing() async throws {
        try await withTestApp { app in
            _ = try await Self.driveWithTuHaAnswered(app, deadline: TestClock.today.adding(days: -2))
            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            let list = try await coordinator.get("/viec-can-lam?loai=dan-van-kheo").body.string
            #expect(list.contains("Xã Hương Toàn") && !list.contains("Phường Tứ Hạ"))
            #expect(list.contains("Quá hạn, chưa đăng ký") && list.contains("Đăng ký mô hình"))
            let home = try await coordinator.get("/tong-quan").body.string
            #expect(home.contains("?loai=dan-van-kheo&amp;han=qua-han") || home.contains("?loai=dan-van-kheo&han=qua-han"))
            // Scoped: the Tứ Hạ officer's subtree owes nothing.
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            let own = try await officer.get("/viec-can-lam?loai=dan-van-kheo").body.string
            #expect(!own.contains("Xã Hương Toàn"))
            // Exported like the other tabs.
            let csv = try await coordinator.get("/viec-can-lam?loai=dan-van-kheo&xuat=csv").body.string
            #expect(csv.contains("Xã Hương Toàn"))
        }
    }
}
