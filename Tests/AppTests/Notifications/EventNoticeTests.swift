import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Notices of events: who gets one, what it says, where it links, and that mail waits for `danvan remind`.
@Suite struct EventNoticeTests {
    /// Notices of one event kind as "username: message", sorted.
    static func notices(_ event: EventNotice.Event, on app: Application) async throws -> [String] {
        try await InboxNotification.query(on: app.db).filter(\.$step == event.rawValue).with(\.$user).all()
            .map { "\($0.user.username): \($0.message)" }.sorted()
    }

    static func user(_ username: String, on app: Application) async throws -> User {
        try await User.query(on: app.db).filter(\.$username == username).with(\.$unit).first()!
    }

    static func loaded(_ id: Int, on app: Application) async throws -> ReportRequest {
        try await ReportRequest.query(on: app.db).filter(\.$id == id).with(\.$unit).with(\.$receiver).first()!
    }

    @Test func aReturnedResubmittedAndAcceptedReportTellsTheRightPeople() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            let id = try await ReminderFixtures.request("480", receiver: "46", daysFromToday: 3, schedule: schedule, on: app).id!
            let town = try await Self.user("noivu.huongtra", on: app)
            let province = try await Self.user("noivu.hue", on: app)

            _ = try await ReportSubmission.save(
                try await Self.loaded(id, on: app), .init(figures: [:], texts: [:], files: [], base: ""), submit: true,
                indicators: [], by: town, at: TestClock.now, on: app.db)
            // A first submission is not a resubmission: the reviewers see it in their inbox, no notice.
            #expect(try await InboxNotification.query(on: app.db).count() == 0)

            try await ReportSubmission.returnForCorrection(
                try await Self.loaded(id, on: app), reason: "Thiếu số liệu tiếp công dân.",
                by: province, at: TestClock.now, on: app.db)
            // The town's writers (its coordinator), not its leader; the inspectorate 480.TTR is another unit.
            #expect(
                try await Self.notices(.reportReturned, on: app) == [
                    "noivu.huongtra: Báo cáo Tháng 5/2026 của Thị xã Hương Trà bị trả lại để sửa. Lý do: Thiếu số liệu tiếp công dân."
                ])

            let latest = try #require(try await ReportSubmission.latestVersion(of: id, on: app.db))
            _ = try await ReportSubmission.save(
                try await Self.loaded(id, on: app),
                .init(figures: [:], texts: [:], files: [], base: ReportSubmission.stamp(latest)), submit: true,
                indicators: [], by: town, at: TestClock.now, on: app.db)
            #expect(
                try await Self.notices(.reportResubmitted, on: app) == [
                    "noivu.hue: Thị xã Hương Trà đã nộp lại báo cáo Tháng 5/2026 sau khi sửa; báo cáo đang chờ duyệt."
                ])

            try await ReportSubmission.accept(try await Self.loaded(id, on: app), by: province, at: TestClock.now, on: app.db)
            #expect(
                try await Self.notices(.reportAccepted, on: app) == ["noivu.huongtra: Báo cáo Tháng 5/2026 của Thị xã Hương Trà đã được chấp nhận."])

            let all = try await InboxNotification.query(on: app.db).all()
            #expect(all.count == 3)
            #expect(all.allSatisfy { $0.url == "/bao-cao/yeu-cau/\(id)" && $0.mailPending && $0.$request.id == nil })
        }
    }

    @Test func aTaskAssignedOnANewPlanOrFromThePlanPageTellsTheAssignedUnit() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var browser = Browser(app)
            try await browser.login("noivu.huongtra")
            _ = try await browser.get("/ke-hoach/moi")
            _ = try await browser.post(
                "/ke-hoach/tao",
                form: [
                    "issuer": "480", "number": "40/KH-UBND", "issuedOn": "05/02/2026", "year": "2026", "title": "Kế hoạch dân vận",
                    "status": "ban_hanh", "duties[0][include]": "1", "duties[0][written]": "Phòng Nội vụ", "duties[0][units]": "480.PNV",
                    "duties[0][duties]": "Việc A\nViệc B"
                ])
            let plan = try #require(try await Plan.query(on: app.db).first())
            // One notice per person for the whole plan, not one per task.
            #expect(try await Self.notices(.taskAssigned, on: app) == ["canbo: Kế hoạch 40/KH-UBND: đơn vị của bạn được giao nhiệm vụ chủ trì."])

            let task = try #require(try await WorkTask.query(on: app.db).sort(\.$position).first())
            _ = try await browser.get("/ke-hoach/\(plan.id!)")
            _ = try await browser.post(
                "/ke-hoach/\(plan.id!)/phan-cong", form: ["task_id": String(task.id!), "don_vi": "480.TTR", "vai_tro": "phoi_hop"])
            let added = try #require(
                try await InboxNotification.query(on: app.db).filter(\.$step == "giao-viec").with(\.$user)
                    .all().first { $0.user.username == "thanhtra" })
            #expect(added.message == "Kế hoạch 40/KH-UBND: Thanh tra thị xã được giao phối hợp nhiệm vụ \(task.reference).")
            #expect(added.url == "/ke-hoach/\(plan.id!)#nhiem-vu-\(task.id!)")
            #expect(try await InboxNotification.query(on: app.db).count() == 2)
        }
    }

    @Test func aDraftPlanTellsNobody() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var browser = Browser(app)
            try await browser.login("noivu.huongtra")
            _ = try await browser.get("/ke-hoach/moi")
            _ = try await browser.post(
                "/ke-hoach/tao",
                form: [
                    "issuer": "480", "number": "", "issuedOn": "05/02/2026", "year": "2026", "title": "Dự thảo kế hoạch",
                    "status": "du_thao", "duties[0][include]": "1", "duties[0][written]": "Phòng Nội vụ", "duties[0][units]": "480.PNV",
                    "duties[0][duties]": "Việc A"
                ])
            #expect(try await Plan.query(on: app.db).count() == 1)
            #expect(try await InboxNotification.query(on: app.db).count() == 0)
        }
    }

    @Test func aPetitionAssignedToAUnitTellsItsHandlersAndNeverTheDenouncer() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let ward = try await Fixtures.unit("19900", on: app)
            let denunciation = try await Fixtures.petition(
                app, kinds: [.denunciation], unitCode: "480",
                subject: "Tố cáo ông Trần Văn Cán nhận tiền", citizen: "Lê Thị Tố Giác")
            let complaint = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", subject: "Khiếu nại mức hỗ trợ tái định cư")
            let inspector = Actor.user(try await Self.user("thanhtra", on: app), at: TestClock.now)
            for (petition, kind) in [(denunciation, PetitionKind.denunciation), (complaint, .complaint)] {
                try await PetitionWorkflow.classify(
                    petition,
                    .init(
                        kinds: [kind], instance: .first, field: "dat_dai", inCompetence: true, flags: [],
                        unitID: ward.id!), actor: inspector, rules: app.petitionRules, on: app.db)
            }
            let notes = try await InboxNotification.query(on: app.db).filter(\.$step == "giao-don").with(\.$user).sort(\.$id).all()
            // The ward's officer only: the inspector who acted is not told of their own act.
            #expect(notes.map(\.user.username) == ["canbo.tuha", "canbo.tuha"])
            let sealed = notes[0].message
            #expect(sealed.hasPrefix("Đơn tố cáo được giao cho Phường Tứ Hạ xử lý"))
            #expect(!sealed.contains("Lê Thị Tố Giác") && !sealed.contains("Trần Văn Cán"))
            #expect(notes[0].url == "/don-thu/\(denunciation.id!)")
            #expect(notes[1].message.hasPrefix("Đơn khiếu nại “Khiếu nại mức hỗ trợ tái định cư” được giao cho Phường Tứ Hạ xử lý"))
            #expect(!notes[1].message.contains("Nguyễn Văn Dân"))

            // Accepting it changes no unit: nobody is told again.
            try await PetitionWorkflow.accept(complaint, on: TestClock.today, actor: inspector, rules: app.petitionRules, on: app.db)
            #expect(try await InboxNotification.query(on: app.db).count() == 2)
        }
    }

    @Test func anOverduePetitionIsToldOnceWhateverTheRuns() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let petition = try await Fixtures.petition(
                app, kinds: [.denunciation], unitCode: "480.TTR", subject: "Tố cáo ông Trần Văn Cán",
                citizen: "Lê Thị Tố Giác")
            petition.dueOn = TestClock.today.adding(days: -2).iso
            try await petition.save(on: app.db)
            let notDue = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480.TTR")
            notDue.dueOn = TestClock.today.iso
            try await notDue.save(on: app.db)

            #expect(try await PetitionNotices.overdue(today: TestClock.today, at: TestClock.now, on: app.db) == 1)
            #expect(try await PetitionNotices.overdue(today: TestClock.today, at: TestClock.now, on: app.db) == 0)
            let due = TestClock.today.adding(days: -2).vietnamese
            #expect(try await Self.notices(.petitionOverdue, on: app) == ["thanhtra: Đơn tố cáo do Thanh tra thị xã xử lý đã quá hạn (hạn \(due))."])
            // The next day the other case runs late: it alone is told.
            #expect(try await PetitionNotices.overdue(today: TestClock.today.adding(days: 1), at: TestClock.now, on: app.db) == 1)

            // An extended time limit that passes again is told anew, once.
            petition.dueOn = TestClock.today.adding(days: -1).iso
            try await petition.save(on: app.db)
            #expect(try await PetitionNotices.overdue(today: TestClock.today, at: TestClock.now, on: app.db) == 1)
        }
    }

    @Test func eventsAreMailedByRemindOnceAndNeverInTheRequest() async throws {
        let sendmail = try FakeSendmail()
        defer { sendmail.remove() }
        try await withTestApp(config: { $0.sendmailPath = sendmail.path }) { app in
            try await Fixtures.seedPetitions(app)
            try await ReminderFixtures.setEmail("canbo.tuha", "canbo@tuha.example.vn", on: app)
            let ward = try await Fixtures.unit("19900", on: app)
            let petition = try await Fixtures.petition(
                app, kinds: [.denunciation], unitCode: "480", subject: "Tố cáo ông Trần Văn Cán",
                citizen: "Lê Thị Tố Giác")
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            try await PetitionWorkflow.classify(
                petition,
                .init(
                    kinds: [.denunciation], instance: .first, field: "dat_dai", inCompetence: true, flags: [],
                    unitID: ward.id!),
                actor: .user(try await Self.user("thanhtra", on: app), at: TestClock.now), rules: app.petitionRules, on: app.db)
            #expect(try sendmail.messages().isEmpty)

            let first = try await PendingMail.send(
                at: TestClock.now, on: app.db, mailer: sendmail.mailer, mailFrom: "DanVan <danvan@ubnd.example.vn>",
                publicURL: "https://danvan.example.vn", logger: app.logger)
            #expect(first == .init(sent: 1, failed: 0))
            let messages = try sendmail.messages()
            #expect(messages.count == 1)
            let body = try #require(messages[0].components(separatedBy: "\n\n").dropFirst().first)
            let text = String(decoding: try #require(Data(base64Encoded: body.replacingOccurrences(of: "\n", with: ""))), as: UTF8.self)
            #expect(text.hasPrefix("Đơn tố cáo được giao cho Phường Tứ Hạ xử lý"))
            #expect(text.contains("https://danvan.example.vn/don-thu/\(petition.id!)"))
            let subject = try #require(FakeSendmail.subject(of: messages[0]))
            #expect(subject.hasPrefix("[DanVan] Đơn tố cáo được giao cho Phường Tứ Hạ"))
            #expect(!(text + subject).contains("Tố Giác") && !(text + subject).contains("Trần Văn Cán"))
            #expect(try await InboxNotification.query(on: app.db).filter(\.$mailPending == true).count() == 0)

            let second = try await PendingMail.send(
                at: TestClock.now, on: app.db, mailer: sendmail.mailer, mailFrom: "DanVan <danvan@ubnd.example.vn>",
                publicURL: nil, logger: app.logger)
            #expect(second == .init(sent: 0, failed: 0))
            #expect(try sendmail.messages().count == 1)
        }
    }

    @Test func withoutSendmailPendingNoticesAreReleasedNotKept() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let actor = Actor.commandLine(at: TestClock.now)
            try await EventNotice.send(
                .petitionAssigned, to: [try await Fixtures.unit("19900", on: app).id!], message: "Thử", url: "/",
                except: nil, at: actor.at, on: app.db)
            #expect(try await InboxNotification.query(on: app.db).filter(\.$mailPending == true).count() == 1)
            let outcome = try await PendingMail.send(at: TestClock.now, on: app.db, mailer: nil, mailFrom: "", publicURL: nil, logger: app.logger)
            #expect(outcome == .init())
            #expect(try await InboxNotification.query(on: app.db).filter(\.$mailPending == true).count() == 0)
        }
    }

    @Test func recipientsByEvent() {
        #expect(EventRecipients.roles(for: .reportReturned) == [.unitOfficer, .coordinator, .inspector])
        #expect(EventRecipients.roles(for: .reportAccepted) == [.unitOfficer, .coordinator, .inspector])
        #expect(EventRecipients.roles(for: .reportResubmitted) == [.coordinator])
        #expect(EventRecipients.roles(for: .taskAssigned) == [.unitOfficer, .coordinator, .inspector])
        #expect(EventRecipients.roles(for: .petitionAssigned) == [.unitOfficer, .inspector])
        #expect(EventRecipients.roles(for: .petitionOverdue) == [.unitOfficer, .inspector])
        #expect(!EventRecipients.roles(for: .taskAssigned).contains(.leader))
    }
}
