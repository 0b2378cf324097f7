import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct DialogueTests {
    private var today: String { TestClock.today.vietnamese }

    @Test func aDialogueIsRecordedWithItsOutcomeAndPetition() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            let complaint = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", subject: "Khiếu nại giá bồi thường")
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            #expect(try await inspector.get("/doi-thoai/moi?don=" + complaint.trackingCode).body.string.contains(complaint.trackingCode))
            let form = [
                "unit_id": String(town.id!), "held_on": today, "chaired_by": "Phó Chủ tịch UBND thị xã",
                "participants": "Ông Lê Văn Khiếu, đại diện Phòng TN-MT", "people_count": "2", "subject": "Giá bồi thường đất ở",
                "petition_code": complaint.trackingCode.lowercased(), "outcome": "Hai bên thống nhất đo đạc lại",
                "follow_up": "Phòng TN-MT đo đạc trước 30/6"
            ]
            let saved = try await inspector.post("/doi-thoai", form: form)
            #expect(saved.status == .seeOther)
            let dialogue = try #require(try await Dialogue.query(on: app.db).first())
            #expect(dialogue.$petition.id == complaint.id)
            let page = try await inspector.get(try #require(saved.headers.first(name: .location))).body.string
            #expect(page.contains("Hai bên thống nhất đo đạc lại") && page.contains("Phòng TN-MT đo đạc trước 30/6"))
            #expect(page.contains("Ông Lê Văn Khiếu") && page.contains(complaint.trackingCode))
            let list = try await inspector.get("/doi-thoai").body.string
            #expect(list.contains("Giá bồi thường đất ở") && list.contains(complaint.trackingCode))
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == "dialogue").first())
            #expect(audit.username == "thanhtra" && audit.action == "create")
            #expect(!(audit.after ?? "").contains("Khiếu"))

            // Bad input: a future date and an unknown petition come back with the typed text kept.
            var bad = form
            bad["held_on"] = "31/12/2999"
            bad["petition_code"] = "DV-22222-22222"
            bad["outcome"] = "<script>x</script>"
            let refused = try await inspector.post("/doi-thoai", form: bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Ngày đối thoại không thể sau hôm nay."))
            #expect(refused.body.string.contains("Không tìm thấy đơn có mã"))
            #expect(refused.body.string.contains("&lt;script&gt;x&lt;/script&gt;") && !refused.body.string.contains("<script>x"))
            #expect(try await Dialogue.query(on: app.db).count() == 1)
        }
    }

    @Test func participantsStayPrivateAndScopesHold() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            let denunciation = try await Fixtures.petition(app, kinds: [.denunciation], unitCode: "19900")
            let inspector = try #require(try await User.query(on: app.db).filter(\.$username == "thanhtra").with(\.$unit).first())
            let dialogue = try await DialogueService.record(
                .init(
                    unitID: tuHa.id, heldOn: today, chairedBy: "Chủ tịch UBND phường", participants: "Bà Người Tố Cáo", peopleCount: 1,
                    subject: "Làm rõ nội dung tố cáo", petitionCode: denunciation.trackingCode, outcome: "Đã làm rõ", followUp: ""),
                user: inspector, at: TestClock.now, on: app.db)
            var leader = Browser(app)
            try await leader.login("lanhdao")
            let seen = try await leader.get("/doi-thoai/\(dialogue.id!)")
            #expect(seen.status == .ok && seen.body.string.contains("Đã làm rõ"))
            #expect(!seen.body.string.contains("Bà Người Tố Cáo"))
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            #expect(!(try await officer.get("/doi-thoai/\(dialogue.id!)").body.string.contains("Bà Người Tố Cáo")))
            #expect(try await officer.get("/doi-thoai/moi").status == .ok)
            #expect(try await leader.get("/doi-thoai/moi").status == .forbidden)
            var outsider = Browser(app)
            try await outsider.login("canbo")  // Phòng Nội vụ: outside the ward's subtree
            #expect(try await outsider.get("/doi-thoai/\(dialogue.id!)").status == .forbidden)
            let views = try await AuditEntry.query(on: app.db).filter(\.$entity == "petition").filter(\.$action == "view").count()
            #expect(views == 2)
        }
    }

    @Test func theAPIRecordsAndListsDialogues() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            var inspector = Browser(app)
            let token = try await inspector.apiToken(for: "thanhtra")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let body =
                #"""
                {"unit_id":\#(town.id!),"held_on":"\#(TestClock.today.iso)","chaired_by":"Chủ tịch","participants":"Ông A","subject":"Đường\#
                 làng","outcome":"Thống nhất mở rộng"}
                """#
            try await app.testing().test(.POST, "/api/v1/dialogues", headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                #expect(response.body.string.contains("\"outcome\":\"Thống nhất mở rộng\""))
            }
            try await app.testing().test(
                .POST, "/api/v1/dialogues", headers: headers,
                body: ByteBuffer(string: body.replacingOccurrences(of: "\"Ông A\"", with: "\"\""))
            ) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("\"code\":\"missing_participants\""))
            }
            try await app.testing().test(.GET, "/api/v1/dialogues", headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("\"total\":1") && response.body.string.contains("\"participants\":\"Ông A\""))
            }
            let session =
                #"{"unit_id":\#(town.id!),"held_on":"\#(TestClock.today.iso)","host":"A","citizens":"B","subject":"C","decision":"D","#
                + #""is_dialogue":true}"#
            try await app.testing().test(.POST, "/api/v1/reception-sessions", headers: headers, body: ByteBuffer(string: session)) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("\"code\":\"use_dialogues\""))
            }
            var leader = Browser(app)
            let leaderToken = try await leader.apiToken(for: "lanhdao")
            try await app.testing().test(.GET, "/api/v1/dialogues", headers: ["Authorization": "Bearer \(leaderToken)"]) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("Thống nhất mở rộng") && !response.body.string.contains("\"participants\""))
            }
            try await app.testing().test(
                .POST, "/api/v1/dialogues", headers: ["Authorization": "Bearer \(leaderToken)", "Content-Type": "application/json"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func sessionsMarkedAsDialoguesMoveToDialogues() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            // Undo 006's dialogues, record a session the old way, and apply it again.
            try await CreateDialogue().revert(on: app.db)
            let old = ReceptionSession()
            old.$unit.id = town.id!
            old.heldOn = "2024-03-15"
            old.host = "Chủ tịch"
            old.citizens = "Ông B"
            old.peopleCount = 3
            old.subject = "Đất rừng"
            old.decision = "Giao kiểm tra"
            old.isDialogue = true
            old.createdBy = "thanhtra"
            try await old.create(on: app.db)
            let plain = ReceptionSession()
            plain.$unit.id = town.id!
            plain.heldOn = "2024-03-15"
            plain.host = "Chủ tịch"
            plain.citizens = "Bà C"
            plain.peopleCount = 1
            plain.subject = "Hộ nghèo"
            plain.decision = "Trả lời tại chỗ"
            plain.isDialogue = false
            plain.createdBy = "thanhtra"
            try await plain.create(on: app.db)
            try await CreateDialogue().prepare(on: app.db)
            let moved = try #require(try await Dialogue.query(on: app.db).first())
            #expect(moved.chairedBy == "Chủ tịch" && moved.participants == "Ông B" && moved.outcome == "Giao kiểm tra" && moved.peopleCount == 3)
            #expect(try await ReceptionSession.query(on: app.db).all().map(\.subject) == ["Hộ nghèo"])
        }
    }
}
