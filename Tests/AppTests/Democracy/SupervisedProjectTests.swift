import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Công trình được giám sát (issue 17, item 5): recorded on the pages and through the API, with progress and findings,
/// audited; bad input keeps what was typed; staff of the subtree only.
@Suite struct SupervisedProjectTests {
    static var today: CivilDate { TestClock.today }

    @Test func aProjectIsRecordedFollowedAndAudited() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            let list = "/dan-chu/xa/\(tuHa.id!)/cong-trinh"
            #expect(try await officer.get(list).body.string.contains("Chưa ghi công trình nào."))
            // The end before the start: refused, what was typed kept, nothing saved.
            let refused = try await officer.post(
                list,
                form: [
                    "name": "Đường <b>liên thôn</b>", "investor": "UBND phường", "budget": "1.250.000.000",
                    "starts_on": Self.today.vietnamese, "ends_on": Self.today.adding(days: -1).vietnamese
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Ngày hoàn thành dự kiến không được trước ngày khởi công."))
            #expect(refused.body.string.contains("Đường &lt;b&gt;liên thôn&lt;/b&gt;"))
            #expect(try await SupervisedProject.query(on: app.db).count() == 0)
            let saved = try await officer.post(
                list,
                form: [
                    "name": "Đường liên thôn", "investor": "UBND phường", "budget": "1.250.000.000",
                    "starts_on": Self.today.adding(days: -30).vietnamese, "ends_on": Self.today.adding(days: 60).vietnamese
                ])
            #expect(saved.status == .seeOther)
            let project = try #require(try await SupervisedProject.query(on: app.db).first())
            #expect(project.budget == 1_250_000_000 && project.createdBy == "canbo.tuha")
            let show = "/dan-chu/cong-trinh/\(project.id!)"
            #expect(
                try await officer.post(
                    show + "/cap-nhat",
                    form: ["kind": "tien_do", "on_date": Self.today.adding(days: -5).vietnamese, "percent": "40", "note": "Xong nền"]
                ).status == .seeOther)
            // Progress cannot go back.
            let back = try await officer.post(
                show + "/cap-nhat", form: ["kind": "tien_do", "on_date": Self.today.vietnamese, "percent": "30", "note": ""])
            #expect(back.status == .unprocessableEntity && back.body.string.contains("không thể thấp hơn lần cập nhật trước (40%)"))
            #expect(
                try await officer.post(
                    show + "/cap-nhat",
                    form: ["kind": "phat_hien", "on_date": Self.today.vietnamese, "percent": "", "note": "Bê tông mỏng hơn thiết kế"]
                ).status == .seeOther)
            let page = try await officer.get(show).body.string
            #expect(
                page.contains("1.250.000.000 đồng") && page.contains("40%") && page.contains("Đang thi công")
                    && page.contains("Bê tông mỏng hơn thiết kế"))
            #expect(try await officer.get(list).body.string.contains("Đường liên thôn"))
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "supervised_project").sort(\.$id).all()
            #expect(audit.map(\.action) == ["create", "progress", "finding"])
            #expect(
                AuditWording.noun("supervised_project") == "công trình được giám sát đầu tư" && AuditWording.verb("progress") == "cập nhật tiến độ")

            // The API: list, create with a stable code on bad input, show with its updates, add an update.
            var client = Browser(app)
            let token = try await client.apiToken(for: "canbo.tuha")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            func call(_ method: HTTPMethod, _ path: String, _ json: String? = nil) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.ok, "")
                try await app.testing().test(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) }) {
                    result = ($0.status, $0.body.string)
                }
                return result
            }
            let listed = try await call(.GET, "/api/v1/democracy/communes/\(tuHa.id!)/projects")
            #expect(listed.0 == .ok && listed.1.contains(#""percent":40"#) && listed.1.contains(#""status":"dang_thi_cong""#))
            let bad = try await call(
                .POST, "/api/v1/democracy/communes/\(tuHa.id!)/projects",
                #"""
                {"name": "Nhà văn hóa", "investor": "UBND phường", "budget": -5, "starts_on": "\#(Self.today.iso)", "ends_on":\#
                 "\#(Self.today.iso)"}
                """#
            )
            #expect(bad.0 == .unprocessableEntity && bad.1.contains("invalid_budget"))
            let created = try await call(
                .POST, "/api/v1/democracy/communes/\(tuHa.id!)/projects",
                #"""
                {"name": "Nhà văn hóa", "investor": "UBND phường", "budget": 800000000, "starts_on": "\#(Self.today.iso)", "ends_on":\#
                 "\#(Self.today.adding(days: 90).iso)"}
                """#
            )
            #expect(created.0 == .created && created.1.contains(#""budget":800000000"#))
            let update = try await call(
                .POST, "/api/v1/democracy/projects/\(project.id!)/updates",
                #"{"kind": "tien_do", "on_date": "\#(Self.today.iso)", "percent": 100, "note": "Hoàn thành"}"#)
            #expect(update.0 == .created)
            let detail = try await call(.GET, "/api/v1/democracy/projects/\(project.id!)")
            #expect(detail.1.contains(#""status":"hoan_thanh""#) && detail.1.contains("Bê tông mỏng hơn thiết kế"))
            // Another district's officer does not see it.
            var other = Browser(app)
            try await other.login("admin.danang")
            #expect(try await other.get(show).status != .ok)
        }
    }
}
