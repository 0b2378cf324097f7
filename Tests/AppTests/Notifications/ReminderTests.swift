import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct ReminderTests {
    @Test func eachRecipientGetsOneNotificationPerStepAndASecondRunNone() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            // Phòng Nội vụ of Hương Trà: its officer (canbo); the town itself: its coordinator, not yet its leader.
            let office = try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: 3, schedule: schedule, on: app)
            let town = try await ReminderFixtures.request("480", receiver: "46", daysFromToday: 0, status: .draft, schedule: schedule, on: app)
            try await ReminderFixtures.request("480", receiver: "46", daysFromToday: -1, status: .submitted, schedule: schedule, on: app)
            try await ReminderFixtures.request("480", receiver: "46", daysFromToday: 8, schedule: schedule, on: app)

            let first = try await ReminderFixtures.run(app)
            #expect(first.requests == 2)
            #expect(first.notifications == 2)
            #expect(
                try await ReminderFixtures.notifications(on: app)
                    == [
                        "canbo \(office.id!) truoc-3", "noivu.huongtra \(town.id!) dung-han"
                    ].sorted())
            let note = try #require(try await InboxNotification.query(on: app.db).filter(\.$request.$id == office.id!).first())
            #expect(note.message == "Báo cáo Tháng 5/2026 của Phòng Nội vụ: còn 3 ngày đến hạn nộp (23/05/2026).")
            #expect(note.url == "/bao-cao/yeu-cau/\(office.id!)")

            let second = try await ReminderFixtures.run(app)
            #expect(second.notifications == 0)
            #expect(try await InboxNotification.query(on: app.db).count() == 2)
        }
    }

    @Test func afterSevenDaysOverdueTheHeadAndTheLevelAboveAreToldToo() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            let late = try await ReminderFixtures.request("480", receiver: "46", daysFromToday: -9, status: .returned, schedule: schedule, on: app)
            let lessLate = try await ReminderFixtures.request("480", receiver: "46", daysFromToday: -6, schedule: schedule, on: app)
            let outcome = try await ReminderFixtures.run(app)
            #expect(outcome.notifications == 4)
            #expect(
                try await ReminderFixtures.notifications(on: app)
                    == [
                        "lanhdao \(late.id!) qua-9", "noivu.hue \(late.id!) qua-9", "noivu.huongtra \(late.id!) qua-9",
                        "noivu.huongtra \(lessLate.id!) qua-6"
                    ].sorted())
        }
    }

    @Test func aRunAfterAnOutageSendsOnlyTheLatestStep() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            let request = try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: -7, schedule: schedule, on: app)
            _ = try await ReminderFixtures.run(app)
            #expect(try await ReminderFixtures.notifications(on: app) == ["canbo \(request.id!) qua-6"])
        }
    }

    @Test func fakeSendmailGetsOneMessagePerNewNotification() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: 3, schedule: schedule, on: app)
            try await ReminderFixtures.request("480", receiver: "46", daysFromToday: -9, schedule: schedule, on: app)
            try await ReminderFixtures.setEmail("canbo", "canbo@huongtra.example.vn", on: app)
            try await ReminderFixtures.setEmail("noivu.hue", "noivu@thuathienhue.example.vn", on: app)
            try await ReminderFixtures.setEmail("lanhdao", "lanhdao@huongtra.example.vn", on: app)
            // noivu.huongtra has no address: notified in the app only.
            let sendmail = try FakeSendmail()
            defer { sendmail.remove() }

            let outcome = try await ReminderFixtures.run(app, mailer: sendmail.mailer)
            #expect(outcome.notifications == 4)
            #expect(outcome.emailsSent == 3)
            #expect(outcome.emailsFailed == 0)
            let messages = try sendmail.messages()
            #expect(messages.count == 3)
            #expect(messages.allSatisfy { $0.hasPrefix("ARGS: -t -i\n") })
            let subjects = messages.compactMap(FakeSendmail.subject(of:)).sorted()
            #expect(subjects.contains("[DanVan] Nhắc hạn nộp báo cáo Tháng 5/2026 – Phòng Nội vụ"))
            #expect(subjects.filter { $0 == "[DanVan] Quá hạn nộp báo cáo Tháng 5/2026 – Thị xã Hương Trà" }.count == 2)
            let toCanbo = try #require(messages.first { $0.contains("To: ") && $0.contains("<canbo@huongtra.example.vn>") })
            #expect(toCanbo.contains("Content-Type: text/plain; charset=UTF-8"))
            let body = try #require(toCanbo.components(separatedBy: "\n\n").dropFirst().first)
            let text = String(decoding: try #require(Data(base64Encoded: body.replacingOccurrences(of: "\n", with: ""))), as: UTF8.self)
            #expect(text.contains("còn 3 ngày đến hạn nộp"))
            #expect(text.contains("https://danvan.example.vn/bao-cao/yeu-cau/"))

            // Nothing new the same day: no message either.
            _ = try await ReminderFixtures.run(app, mailer: sendmail.mailer)
            #expect(try sendmail.messages().count == 3)
        }
    }

    @Test func aFailingSendmailIsCountedAndTheNotificationStays() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: 1, schedule: schedule, on: app)
            try await ReminderFixtures.setEmail("canbo", "canbo@huongtra.example.vn", on: app)
            let broken = try FakeSendmail(failing: true)
            defer { broken.remove() }
            let outcome = try await ReminderFixtures.run(app, mailer: broken.mailer)
            #expect(outcome.notifications == 1)
            #expect(outcome.emailsFailed == 1)
            #expect(outcome.emailsSent == 0)
            let missing = try await ReminderFixtures.run(app, mailer: SendmailMailer(path: "/khong/co/sendmail"))
            #expect(missing.notifications == 0)
            #expect(try await InboxNotification.query(on: app.db).count() == 1)
        }
    }

    @Test func concurrentRunsNeverDuplicateAMessage() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            for days in [-12, -9, -3, 0, 1, 3, 5] {
                try await ReminderFixtures.request("480", receiver: "46", daysFromToday: days, schedule: schedule, on: app)
                try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: days, schedule: schedule, on: app)
            }
            for username in ["canbo", "noivu.huongtra", "lanhdao", "noivu.hue"] {
                try await ReminderFixtures.setEmail(username, "\(username)@example.vn", on: app)
            }
            let sendmail = try FakeSendmail()
            defer { sendmail.remove() }
            async let one = ReminderFixtures.run(app, mailer: sendmail.mailer)
            async let two = ReminderFixtures.run(app, mailer: sendmail.mailer)
            let outcomes = try await [one, two]
            let stored = try await InboxNotification.query(on: app.db).count()
            #expect(stored > 0)
            #expect(outcomes[0].notifications + outcomes[1].notifications == stored)
            #expect(try sendmail.messages().count == stored)
            #expect(Set(try await ReminderFixtures.notifications(on: app)).count == stored)
        }
    }

    @Test func theCommandPrintsAVietnameseSummary() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            try await ReminderFixtures.request("480.PNV", receiver: "480", daysFromToday: 3, schedule: schedule, on: app)
            let console = CapturingConsole()
            var context = CommandContext(console: console, input: CommandInput(arguments: ["danvan", "--date", "20/05/2026"]))
            context.application = app
            try await RemindCommand().run(using: &context)
            #expect(console.text.contains("Đôn đốc ngày 20/05/2026: 1 báo cáo cần nhắc, 1 thông báo mới, 0 thư đã gửi, 0 thư gửi lỗi."))
        }
    }
}

/// A console that keeps what commands print.
final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    var userInfo: [AnySendableHashable: any Sendable] = [:]
    var size: (width: Int, height: Int) { (120, 40) }

    var text: String { lock.withLock { lines.joined() } }

    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) { lock.withLock { lines.append(text.description + (newLine ? "\n" : "")) } }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) { lock.withLock { lines.append(error + (newLine ? "\n" : "")) } }
}
