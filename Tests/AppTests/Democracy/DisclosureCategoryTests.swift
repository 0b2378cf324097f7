import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct DisclosureCategoryTests {
    private func categoryFields(_ code: String, title: String, scope: String = "xa") -> [String: String] {
        [
            "code": code, "scope": scope, "title": title, "article": "Quyết định 12/2026/QĐ-UBND tỉnh, Điều 3", "minimum_posting_days": "45",
            "frequency": "hang_nam", "sort_order": "20"
        ]
    }

    @Test func aProvinceAddsEditsRetiresAndCannotDeleteACategoryInUse() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            var province = Browser(app)
            try await province.login("noivu.hue")
            #expect(try await province.get("/dan-chu/danh-muc").body.string.contains("Thêm loại thông tin cho"))
            // No article: refused, what was typed kept.
            var fields = categoryFields("tinh_dat_dai", title: "Bảng giá đất <tỉnh>")
            fields["article"] = " "
            let refused = try await province.post("/dan-chu/danh-muc", form: fields)
            #expect(
                refused.status == .unprocessableEntity && refused.body.string.contains("Vui lòng ghi căn cứ")
                    && refused.body.string.contains("Bảng giá đất &lt;tỉnh&gt;"))
            #expect(
                try await province.post("/dan-chu/danh-muc", form: categoryFields("d11k2", title: "Trùng mã")).body.string.contains(
                    "đã có trong danh mục"))
            #expect(
                try await province.post("/dan-chu/danh-muc", form: categoryFields("tinh_dat_dai", title: "Bảng giá đất của tỉnh")).status == .seeOther
            )
            let record = try #require(try await DisclosureCategoryRecord.query(on: app.db).filter(\.$code == "tinh_dat_dai").first())
            let hue = try await Fixtures.unit("46", on: app)
            #expect(record.ownerUnitID == hue.id && record.minimumPostingDays == 45 && record.active)

            // The commune's officer sees it when publishing, cannot change the list; another province does not have it.
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            #expect(try await officer.get("/dan-chu/xa/\(tuHa.id!)/cong-khai/moi").body.string.contains("Bảng giá đất của tỉnh"))
            #expect(try await officer.post("/dan-chu/danh-muc", form: categoryFields("xa_tu_y", title: "Tự ý")).status == .forbidden)
            let danang = try await Fixtures.unit("48", on: app)
            #expect(!(try await DemocracyService.categories(under: danang.path, on: app.db)).contains { $0.code == "tinh_dat_dai" })
            #expect(try await DemocracyService.categories(under: tuHa.path, on: app.db).contains { $0.code == "tinh_dat_dai" })

            // An item published in it: the category may be retired, not deleted.
            let published = try await officer.postMultipart(
                "/dan-chu/xa/\(tuHa.id!)/cong-khai",
                fields: [
                    ("category", "tinh_dat_dai"), ("title", "Bảng giá đất 2027"), ("content", "Giá đất ở đô thị loại III."), ("forms[]", "niem_yet"),
                    ("starts_on", TestClock.today.vietnamese), ("ends_on", "")
                ], fileField: "file")
            #expect(published.status == .seeOther)
            var edit = categoryFields("tinh_dat_dai", title: "Bảng giá các loại đất của tỉnh")
            edit["code"] = "khac_ma"
            #expect(try await province.post("/dan-chu/danh-muc/\(record.id!)", form: edit).status == .seeOther)
            let edited = try #require(try await DisclosureCategoryRecord.find(record.id, on: app.db))
            #expect(edited.title == "Bảng giá các loại đất của tỉnh" && edited.code == "tinh_dat_dai")
            let inUse = try await province.post("/dan-chu/danh-muc/\(record.id!)/xoa", form: [:])
            #expect(inUse.status == .unprocessableEntity && inUse.body.string.contains("chỉ có thể ngừng sử dụng"))
            #expect(try await province.post("/dan-chu/danh-muc/\(record.id!)/ngung", form: [:]).status == .seeOther)
            #expect(!(try await officer.get("/dan-chu/xa/\(tuHa.id!)/cong-khai/moi").body.string.contains("Bảng giá các loại đất")))
            // The item keeps its category's name.
            let item = try #require(try await DisclosureItem.query(on: app.db).first())
            #expect(try await officer.get("/dan-chu/cong-khai/\(item.id!)").body.string.contains("Bảng giá các loại đất của tỉnh"))

            // An agency list is the second list; an unused category can be deleted.
            #expect(
                try await province.post(
                    "/dan-chu/danh-muc", form: categoryFields("cq_quy_che", title: "Quy chế dân chủ của cơ quan", scope: "co_quan")
                ).status == .seeOther)
            let agency = try #require(try await DisclosureCategoryRecord.query(on: app.db).filter(\.$code == "cq_quy_che").first())
            #expect(agency.scope == "co_quan")
            #expect(try await province.post("/dan-chu/danh-muc/\(agency.id!)/xoa", form: [:]).status == .seeOther)
            #expect(try await DisclosureCategoryRecord.find(agency.id, on: app.db) == nil)

            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "disclosure_category").sort(\.$id).all()
            #expect(audit.map(\.action) == ["create", "update", "retire", "create", "delete"])
        }
    }

    @Test func theAPIAddsAndRetiresACategory() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            func call(_ user: String, _ method: HTTPMethod, _ path: String, _ json: String? = nil) async throws -> (HTTPStatus, String) {
                var browser = Browser(app)
                let token = try await browser.apiToken(for: user)
                let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
                var result: (HTTPStatus, String) = (.ok, "")
                try await app.testing().test(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) }) {
                    result = ($0.status, $0.body.string)
                }
                return result
            }
            let body =
                #"""
                {"code": "tinh_dat_dai", "title": "Bảng giá đất", "article": "Quyết định 12/2026/QĐ-UBND, Điều 3", "frequency": "hang_nam",\#
                 "scope": "xa", "minimum_posting_days": 45}
                """#
            #expect(try await call("canbo.tuha", .POST, "/api/v1/democracy/categories", body).0 == .forbidden)
            let created = try await call("noivu.hue", .POST, "/api/v1/democracy/categories", body)
            #expect(created.0 == .created && created.1.contains(#""owner_unit_id""#) && created.1.contains(#""minimum_posting_days":45"#))
            let record = try #require(try await DisclosureCategoryRecord.query(on: app.db).filter(\.$code == "tinh_dat_dai").first())
            #expect(try await call("canbo.tuha", .GET, "/api/v1/democracy/categories").1.contains("tinh_dat_dai"))
            let retired = try await call("noivu.hue", .POST, "/api/v1/democracy/categories/\(record.id!)/status", #"{"active": false}"#)
            #expect(retired.0 == .ok && retired.1.contains(#""active":false"#))
            #expect(!(try await call("canbo.tuha", .GET, "/api/v1/democracy/categories").1.contains("tinh_dat_dai")))
            // The law's list is not a province's to retire.
            let law = try #require(try await DisclosureCategoryRecord.query(on: app.db).filter(\.$code == "d11k2").first())
            #expect(try await call("noivu.huongtra", .POST, "/api/v1/democracy/categories/\(law.id!)/status", #"{"active": false}"#).0 == .forbidden)
        }
    }
}
