import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct ConventionTests {
    private var today: CivilDate { TestClock.today }

    /// The fixtures, three residential groups under Phường Tứ Hạ (19900), and Tứ Hạ's officer (canbo.tuha) signed in.
    private func setUp(_ app: Application) async throws -> (tuHa: OrgUnit, hamlet: OrgUnit, officer: Browser) {
        try await Fixtures.seedPetitions(app)
        let tuHa = try await Fixtures.unit("19900", on: app)
        var hamlet: OrgUnit?
        for number in 1...3 {
            let unit = try await UnitService.create(
                .init(code: "19900.T\(number)", name: "Tổ dân phố \(number)", kind: .hamlet, parentID: tuHa.id, activeFrom: nil),
                actor: .commandLine(at: TestClock.now), on: app.db)
            if number == 1 { hamlet = unit }
        }
        var officer = Browser(app)
        try await officer.login("canbo.tuha")
        return (tuHa, hamlet!, officer)
    }

    private func version(_ app: Application) async throws -> ConventionVersion {
        try #require(try await ConventionVersion.query(on: app.db).sort(\.$number, .descending).first())
    }

    /// The lead of a commune's list states the recognition time limit in force, not a sentence without its number.
    @Test func theListStatesTheRecognitionTimeLimitFromTheSetting() async throws {
        try await withTestApp { app in
            var (tuHa, _, officer) = try await setUp(app)
            let list = "/dan-chu/xa/\(tuHa.id!)/huong-uoc"
            #expect(try await officer.get(list).body.string.contains("công nhận trong thời hạn 5 ngày làm việc"))
            var admin = Browser(app)
            try await admin.login("admin.hue")
            _ = try await admin.get("/dan-chu/tham-so")
            let saved = try await admin.post(
                "/dan-chu/tham-so",
                form: ["figure": "convention_recognition_working_days", "value": "7", "article": "Nghị định 61/2023/NĐ-CP", "version": "x"])
            #expect(saved.status == .seeOther)
            let page = try await officer.get(list).body.string
            #expect(page.contains("công nhận trong thời hạn 7 ngày làm việc"))
        }
    }

    @Test func aConventionIsDraftedPostedAdoptedRecognisedAndPublic() async throws {
        try await withTestApp { app in
            var (tuHa, hamlet, officer) = try await setUp(app)
            let id = tuHa.id!
            #expect(try await officer.get("/dan-chu/xa/\(id)/huong-uoc").status == .ok)
            // Missing text: refused, what was typed kept.
            let empty = try await officer.post(
                "/dan-chu/xa/\(id)/huong-uoc",
                form: [
                    "hamlet_id": String(hamlet.id!), "kind": "quy_uoc",
                    "name": "Quy ước <Tổ 1>", "drafted_on": today.adding(days: -60).vietnamese, "text": " "
                ])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Vui lòng nhập toàn văn dự thảo"))
            #expect(empty.body.string.contains("Quy ước &lt;Tổ 1&gt;"))
            let text = "Điều 1. Giữ gìn vệ sinh chung.\nĐiều 2. Không đốt rơm rạ gần khu dân cư."
            let created = try await officer.post(
                "/dan-chu/xa/\(id)/huong-uoc",
                form: [
                    "hamlet_id": String(hamlet.id!), "kind": "quy_uoc",
                    "name": "Quy ước Tổ dân phố 1", "drafted_on": today.adding(days: -60).vietnamese, "text": text
                ])
            #expect(created.status == .seeOther)
            let convention = try #require(try await Convention.query(on: app.db).first())
            let first = try await version(app)
            #expect(convention.$commune.id == id && first.stageValue == .drafting)
            // One convention per community: its changes are amendments.
            let again = try await officer.post(
                "/dan-chu/xa/\(id)/huong-uoc",
                form: [
                    "hamlet_id": String(hamlet.id!), "kind": "quy_uoc",
                    "name": "Quy ước khác", "drafted_on": today.vietnamese, "text": text
                ])
            #expect(again.status == .unprocessableEntity && again.body.string.contains("đã có hương ước, quy ước"))
            let step = "/dan-chu/huong-uoc/\(convention.id!)/buoc"

            // Posting the draft: it shows on the commune's public page, without the officer's name.
            #expect(try await officer.post(step, form: ["step": "niem_yet", "date": today.adding(days: -50).vietnamese]).status == .seeOther)
            var visitor = Browser(app)
            let publicCommune = try await visitor.get("/cong-khai/xa/\(id)").body.string
            #expect(publicCommune.contains("Quy ước Tổ dân phố 1") && publicCommune.contains("Dự thảo đang niêm yết lấy ý kiến"))
            let draftPage = try await visitor.get("/cong-khai/huong-uoc/\(convention.id!)").body.string
            #expect(draftPage.contains("Không đốt rơm rạ gần khu dân cư") && !draftPage.contains("canbo.tuha"))

            // A vote after 25 days of posting is refused (NĐ 61/2023: at least 30 days); nothing recorded.
            let early = try await officer.postMultipart(
                step,
                fields: [
                    ("step", "bieu_quyet"), ("method", "hop"), ("date", today.adding(days: -25).vietnamese),
                    ("eligible", "100"), ("voting", "80"), ("in_favour", "60"), ("against", "20")
                ], fileField: "minutes")
            #expect(early.status == .unprocessableEntity && early.body.string.contains("chưa đủ tối thiểu 30 ngày"))
            // The hamlet-vote rules apply: more voters than households is refused.
            let tooMany = try await officer.postMultipart(
                step,
                fields: [
                    ("step", "bieu_quyet"), ("method", "hop"), ("date", today.adding(days: -15).vietnamese),
                    ("eligible", "100"), ("voting", "120"), ("in_favour", "60"), ("against", "20")
                ], fileField: "minutes")
            #expect(
                tooMany.status == .unprocessableEntity && tooMany.body.string.contains("Số hộ tham gia biểu quyết không thể nhiều hơn tổng số hộ"))
            #expect(try await HamletVote.query(on: app.db).count() == 0)
            // Recognising before the vote is not a step that exists yet.
            let skipped = try await officer.post(step, form: ["step": "cong_nhan", "date": today.vietnamese, "decision_number": "1/QĐ-UBND"])
            #expect(skipped.status == .unprocessableEntity && skipped.body.string.contains("Không thể"))
            let voted = try await officer.postMultipart(
                step,
                fields: [
                    ("step", "bieu_quyet"), ("method", "hop"), ("date", today.adding(days: -15).vietnamese),
                    ("eligible", "100"), ("voting", "80"), ("in_favour", "60"), ("against", "20")
                ], fileField: "minutes")
            #expect(voted.status == .seeOther)
            let vote = try #require(try await HamletVote.query(on: app.db).first())
            #expect(vote.matterKind == .convention && vote.passed && vote.$hamlet.id == hamlet.id && vote.requiredVotes == 51)
            let calendar = try await HolidayCalendar.load(on: app.db)
            var current = try await version(app)
            #expect(current.stageValue == .adopted && current.$vote.id == vote.id)
            #expect(current.submissionDue == calendar.addingWorkingDays(5, to: today.adding(days: -15)).iso)

            // Sent to the commune: the decision is due five working days later.
            let sent = calendar.nextWorkingDay(onOrAfter: today.adding(days: -12))
            #expect(try await officer.post(step, form: ["step": "gui_xa", "date": sent.vietnamese]).status == .seeOther)
            current = try await version(app)
            #expect(current.stageValue == .submitted && current.decisionDue == calendar.addingWorkingDays(5, to: sent).iso)
            let decided = calendar.addingWorkingDays(2, to: sent)
            let before = try await officer.post(
                step,
                form: [
                    "step": "cong_nhan", "date": decided.vietnamese, "decision_number": "12/QĐ-UBND",
                    "effective_on": sent.vietnamese
                ])
            #expect(before.status == .unprocessableEntity && before.body.string.contains("có hiệu lực từ ngày quyết định công nhận trở đi"))
            #expect(
                try await officer.post(
                    step,
                    form: [
                        "step": "cong_nhan", "date": decided.vietnamese, "decision_number": "12/QĐ-UBND",
                        "effective_on": ""
                    ]
                ).status == .seeOther)
            current = try await version(app)
            #expect(current.stageValue == .recognised && current.effectiveOn == decided.iso && current.decisionNumber == "12/QĐ-UBND")
            let staff = try await officer.get("/dan-chu/huong-uoc/\(convention.id!)").body.string
            #expect(staff.contains("Đúng hạn".lowercased()) && staff.contains("Đã được công nhận, có hiệu lực"))

            // The text in force is public.
            let inForce = try await visitor.get("/cong-khai/huong-uoc/\(convention.id!)").body.string
            #expect(inForce.contains("Toàn văn đang có hiệu lực") && inForce.contains("12/QĐ-UBND") && inForce.contains("Giữ gìn vệ sinh chung"))
            #expect(!inForce.contains("canbo.tuha"))

            // An amendment needs what changes; it goes through the same steps, and the text in force stays until recognised.
            let draft = "/dan-chu/huong-uoc/\(convention.id!)/du-thao"
            let noSummary = try await officer.post(
                draft, form: ["drafted_on": today.vietnamese, "text": text + "\nĐiều 3. Nuôi chó phải rọ mõm.", "change_summary": ""])
            #expect(noSummary.status == .unprocessableEntity && noSummary.body.string.contains("tóm tắt những điểm sửa đổi"))
            #expect(
                try await officer.post(
                    draft,
                    form: [
                        "drafted_on": today.vietnamese, "text": text + "\nĐiều 3. Nuôi chó phải rọ mõm.",
                        "change_summary": "Bổ sung Điều 3"
                    ]
                ).status == .seeOther)
            let amendment = try await version(app)
            #expect(amendment.number == 2 && amendment.isAmendment && amendment.stageValue == .drafting)
            #expect(
                try await officer.post(draft, form: ["drafted_on": today.vietnamese, "text": "x", "change_summary": "y"]).status
                    == .unprocessableEntity)
            #expect(try await visitor.get("/cong-khai/huong-uoc/\(convention.id!)").body.string.contains("Giữ gìn vệ sinh chung"))

            // The yearly review: once a year.
            let review = "/dan-chu/huong-uoc/\(convention.id!)/ra-soat"
            #expect(
                try await officer.post(
                    review, form: ["reviewed_on": today.vietnamese, "conclusion": "sua_doi", "note": "Cần bổ sung quy định nuôi chó"]
                ).status == .seeOther)
            let twice = try await officer.post(review, form: ["reviewed_on": today.vietnamese, "conclusion": "giu_nguyen", "note": ""])
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("đã được rà soát năm \(today.year)"))

            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "convention").sort(\.$id).all()
            #expect(audit.map(\.action) == ["create", "post_draft", "vote", "send", "recognise", "redraft", "yearly_review"])
            #expect(audit.allSatisfy { $0.username == "canbo.tuha" })
        }
    }

    /// Issue 17, item 6: an amendment of the demo's recognised hương ước goes through the same steps; until it is
    /// recognised the first text stays in force and public, then it replaces it (kept as "replaced").
    @Test func anAmendmentReplacesTheTextInForceOnlyOnceRecognised() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            try await DemocracyDemo.load(app)
            let actor = Actor.commandLine(at: TestClock.now)
            let convention = try #require(try await Convention.query(on: app.db).first())
            let first = try await version(app)
            #expect(first.stageValue == .recognised)
            let amended = first.text + "\nĐiều 5. Hộ nuôi chó phải xích, rọ mõm khi ra đường."
            let amendment = try await ConventionService.redraft(
                convention, text: amended, summary: "Bổ sung Điều 5 về nuôi chó",
                draftedOn: today.adding(days: -60).vietnamese, actor: actor, on: app.db)
            func step(_ input: ConventionService.StepInput) async throws {
                try await ConventionService.take(input, on: amendment, convention: convention, actor: actor, store: app.fileStore, on: app.db)
            }
            var visitor = Browser(app)
            let publicPage = "/cong-khai/huong-uoc/\(convention.id!)"
            try await step(.init(step: ConventionStep.post.rawValue, date: today.adding(days: -55).vietnamese))
            // Posted 20 days: too early for the residents' vote; nothing changes.
            await #expect(throws: AppError.self) {
                try await step(
                    .init(
                        step: ConventionStep.vote.rawValue, date: today.adding(days: -35).vietnamese, method: VoteMethod.meeting.rawValue,
                        eligible: "146", voting: "120", inFavour: "100", against: "20"))
            }
            try await step(
                .init(
                    step: ConventionStep.vote.rawValue, date: today.adding(days: -20).vietnamese, method: VoteMethod.meeting.rawValue,
                    eligible: "146", voting: "120", inFavour: "100", against: "20"))
            try await step(.init(step: ConventionStep.submit.rawValue, date: today.adding(days: -18).vietnamese))
            var shown = try await visitor.get(publicPage).body.string
            #expect(shown.contains("87/QĐ-UBND"), "the first text stays in force until the amendment is recognised")
            #expect(try await ConventionVersion.find(first.id, on: app.db)?.stageValue == .recognised)
            try await step(.init(step: ConventionStep.recognise.rawValue, date: today.adding(days: -15).vietnamese, decisionNumber: "120/QĐ-UBND"))
            let versions = try await ConventionVersion.query(on: app.db).filter(\.$convention.$id == convention.id!).sort(\.$number).all()
            #expect(versions.map(\.stageValue) == [.replaced, .recognised])
            shown = try await visitor.get(publicPage).body.string
            #expect(shown.contains("Hộ nuôi chó phải xích, rọ mõm khi ra đường.") && shown.contains("120/QĐ-UBND"))
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "convention").filter(\.$entityID == String(convention.id!))
                .sort(\.$id).all().map(\.action)
            #expect(Array(actions.suffix(5)) == ["redraft", "post_draft", "vote", "send", "recognise"])
        }
    }

    @Test func theAPIFollowsTheSameSteps() async throws {
        try await withTestApp { app in
            let (tuHa, hamlet, _) = try await setUp(app)
            var browser = Browser(app)
            let token = try await browser.apiToken(for: "canbo.tuha")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            func post(_ path: String, _ json: String) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.ok, "")
                try await app.testing().test(.POST, path, headers: headers, body: ByteBuffer(string: json)) { result = ($0.status, $0.body.string) }
                return result
            }
            let (status, body) = try await post(
                "/api/v1/democracy/communes/\(tuHa.id!)/conventions",
                #"""
                {"hamlet_id": \#(hamlet.id!), "kind": "quy_uoc", "name": "Quy ước Tổ dân phố 1", "text": "Điều 1.", "drafted_on":\#
                 "\#(today.adding(days: -40).iso)"}
                """#
            )
            #expect(status == .created && body.contains(#""stage":"du_thao""#))
            let convention = try #require(try await Convention.query(on: app.db).first())
            let steps = "/api/v1/democracy/conventions/\(convention.id!)/steps"
            let skipped = try await post(steps, #"{"step": "cong_nhan", "date": "\#(today.iso)", "decision_number": "1/QĐ-UBND"}"#)
            #expect(skipped.0 == .unprocessableEntity && skipped.1.contains("step_not_allowed"))
            #expect(try await post(steps, #"{"step": "niem_yet", "date": "\#(today.adding(days: -35).iso)"}"#).0 == .ok)
            let lost = try await post(
                steps, #"{"step": "bieu_quyet", "date": "\#(today.iso)", "eligible": 100, "voting": 60, "in_favour": 50, "against": 10}"#)
            // 50 of 100 households is not more than half: not adopted, and a new draft may start.
            #expect(lost.0 == .ok && lost.1.contains(#""stage":"khong_thong_qua""#))
            var list = ""
            try await app.testing().test(.GET, "/api/v1/democracy/communes/\(tuHa.id!)/conventions", headers: headers) { list = $0.body.string }
            #expect(list.contains(#""total":1"#) && list.contains(#""in_force":false"#) && list.contains(#""stage":"khong_thong_qua""#))
            let redraft = try await post(
                "/api/v1/democracy/conventions/\(convention.id!)/drafts", #"{"text": "Điều 1 sửa.", "drafted_on": "\#(today.iso)"}"#)
            #expect(redraft.0 == .created && redraft.1.contains(#""purpose":"ban_hanh""#) && redraft.1.contains(#""number":2"#))
            let review = try await post(
                "/api/v1/democracy/conventions/\(convention.id!)/reviews", #"{"reviewed_on": "\#(today.iso)", "conclusion": "giu_nguyen"}"#)
            #expect(review.0 == .unprocessableEntity && review.1.contains("not_in_force"))
        }
    }
}
