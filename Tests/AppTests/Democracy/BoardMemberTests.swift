import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct BoardMemberTests {
    @Test func theBoardsMembersAreRecordedWithTermAndCheckedForComposition() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            let hamlet = try await UnitService.create(
                .init(code: "19900.T1", name: "Tổ dân phố 1", kind: .hamlet, parentID: tuHa.id, activeFrom: nil),
                actor: .commandLine(at: TestClock.now), on: app.db)
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            let page = "/dan-chu/xa/\(tuHa.id!)/ban"
            let today = TestClock.today
            func member(_ name: String, _ role: String) -> [String: String] {
                [
                    "board": "ban_thanh_tra_nhan_dan", "full_name": name, "role": role, "hamlet_id": String(hamlet.id!),
                    "elected_at": "Hội nghị Ban Thường trực UBMTTQ phường", "term_from": today.adding(days: -100).vietnamese,
                    "term_until": today.adding(days: 1700).vietnamese
                ]
            }
            // A term that ends before it starts: refused, what was typed kept.
            var bad = member("Nguyễn <Văn> A", "truong_ban")
            bad["term_until"] = today.adding(days: -200).vietnamese
            let refused = try await officer.post(page, form: bad)
            #expect(
                refused.status == .unprocessableEntity && refused.body.string.contains("phải sau ngày bắt đầu")
                    && refused.body.string.contains("Nguyễn &lt;Văn&gt; A"))
            #expect(try await officer.post(page, form: member("Nguyễn Văn A", "truong_ban")).status == .seeOther)
            // One member: the page says the board needs at least five.
            #expect(try await officer.get(page).body.string.contains("cần ít nhất 5 thành viên"))
            for (name, role) in [("Trần Thị B", "pho_ban"), ("Lê Văn C", "thanh_vien"), ("Phạm Thị D", "thanh_vien"), ("Hồ Văn E", "thanh_vien")] {
                #expect(try await officer.post(page, form: member(name, role)).status == .seeOther)
            }
            let full = try await officer.get(page).body.string
            #expect(full.contains("5 thành viên đang trong nhiệm kỳ") && !full.contains("cần ít nhất 5 thành viên"))
            // Relieving one: four serving again, the member kept with the date.
            let relieved = try #require(try await BoardMember.query(on: app.db).filter(\.$fullName == "Hồ Văn E").first())
            #expect(
                try await officer.post(page + "/ket-thuc", form: ["member_id": String(relieved.id!), "ended_on": today.vietnamese]).status
                    == .seeOther)
            let after = try await officer.get(page).body.string
            #expect(after.contains("cần ít nhất 5 thành viên") && after.contains("Thôi làm thành viên từ"))
            // Names are not on the public pages.
            var visitor = Browser(app)
            #expect(!(try await visitor.get("/cong-khai/xa/\(tuHa.id!)").body.string.contains("Nguyễn Văn A")))
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "board_member").sort(\.$id).all()
            #expect(audit.map(\.action) == ["create", "create", "create", "create", "create", "end"])
        }
    }
}
