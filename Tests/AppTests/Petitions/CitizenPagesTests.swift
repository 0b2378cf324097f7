import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 18, item 10: the citizens' pages as a citizen meets them.
@Suite struct PublicCitizenPagesTests {
    private let contact = "Bộ phận tiếp công dân, 0234 3557 777"

    private func send(_ app: Application, _ citizen: inout Browser, fields: [String: String]) async throws -> TestingHTTPResponse {
        let town = try await Fixtures.unit("480", on: app)
        #expect(try await citizen.get("/cong-dan/gui-don").status == .ok)
        var all = [
            "unit_id": String(town.id!), "kind": "phan_anh", "subject": "Rác tồn đọng ở chợ",
            "content": "Rác ở chợ tồn đọng ba ngày.", "citizen_name": "Lê Văn Dân", "citizen_phone": "0905.111.222", "website": ""
        ]
        all.merge(fields) { $1 }
        return try await citizen.post("/cong-dan/gui-don", form: all)
    }

    @Test func theContactComesFromItsOptionalSetting() throws {
        #expect(try AppConfig.fromEnvironment([:]).publicContact == nil)
        #expect(try AppConfig.fromEnvironment(["DANVAN_PUBLIC_CONTACT": "  "]).publicContact == nil)
        #expect(try AppConfig.fromEnvironment(["DANVAN_PUBLIC_CONTACT": contact]).publicContact == contact)
    }

    @Test func theCommitteeIsNamedFromItsUnit() {
        #expect(PublicCitizenController.committeeName(of: "Thị xã Hương Trà") == "Ủy ban nhân dân thị xã Hương Trà")
        #expect(PublicCitizenController.committeeName(of: "Tỉnh Thừa Thiên Huế") == "Ủy ban nhân dân tỉnh Thừa Thiên Huế")
        #expect(PublicCitizenController.committeeName(of: "Hương Trà") == "Ủy ban nhân dân Hương Trà")
    }

    @Test func everyPublicPageNamesThePeoplesCommitteeAndItsContact() async throws {
        try await withTestApp(config: { $0.publicContact = contact }) { app in
            try await Fixtures.seedPetitions(app)
            let top = try #require(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == nil).sort(\.$sortKey).first())
            let town = try await Fixtures.unit("480", on: app)
            var visitor = Browser(app)
            for path in ["/cong-dan", "/cong-dan/gui-don", "/cong-dan/tra-cuu"] {
                let html = try await visitor.get(path).body.string
                #expect(html.contains("Trang do <strong>\(PublicCitizenController.committeeName(of: top.name))</strong> quản lý."), "\(path)")
                #expect(html.contains("Liên hệ: " + contact), "\(path)")
                #expect(!html.contains("<script"), "\(path)")
            }
            // The form addressed to a unit speaks for that unit.
            let addressed = try await visitor.get("/cong-dan/gui-don?don-vi=\(town.id!)").body.string
            #expect(addressed.contains("Trang do <strong>Ủy ban nhân dân thị xã Hương Trà</strong> quản lý."), "\(town.name)")
        }
    }

    @Test func aTooFastSendKeepsEverythingTypedAndExplainsItself() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            app.petitionRules.minimumFillSeconds = 60
            var citizen = Browser(app)
            let refused = try await send(app, &citizen, fields: ["citizen_address": "Tổ 5, phường Tứ Hạ", "citizen_id_number": "046090001234"])
            let html = refused.body.string
            #expect(refused.status == .unprocessableEntity)
            #expect(html.contains("Đơn chưa được gửi") && html.contains("bấm “Gửi” một lần nữa"))
            for typed in [
                "Rác tồn đọng ở chợ", ">Rác ở chợ tồn đọng ba ngày.</textarea>", "Lê Văn Dân", "0905.111.222", "Tổ 5, phường Tứ Hạ", "046090001234"
            ] {
                #expect(html.contains(typed), "\(typed)")
            }
            #expect(html.contains(#"<option value="phan_anh" selected="selected">"#))
            #expect(html.contains(#"<a href="/cong-dan/gui-don">Mở lại biểu mẫu trống</a>"#))
            #expect(!html.contains("422") && !html.contains("/dang-nhap") && !html.contains("<script"))
            #expect(try await Petition.query(on: app.db).count() == 0)
            // The refusal restarted the form's clock, so sending the kept values again (once long enough) goes through.
            app.petitionRules.minimumFillSeconds = 0
            let again = try await citizen.post(
                "/cong-dan/gui-don",
                form: [
                    "unit_id": String(try await Fixtures.unit("480", on: app).id!), "kind": "phan_anh",
                    "subject": "Rác tồn đọng ở chợ", "content": "Rác ở chợ tồn đọng ba ngày.", "citizen_name": "Lê Văn Dân", "website": ""
                ])
            #expect(again.status == .seeOther)
        }
    }

    @Test func phoneAndIDNumbersAreCheckedAsVietnameseNumbers() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var citizen = Browser(app)
            let bad = try await send(app, &citizen, fields: ["citizen_phone": "905111222", "citizen_id_number": "12345"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0"))
            #expect(bad.body.string.contains("Số định danh phải gồm 12 chữ số (căn cước công dân) hoặc 9 chữ số"))
            #expect(try await Petition.query(on: app.db).count() == 0)
            let good = try await send(app, &citizen, fields: ["citizen_phone": "0905 111 222", "citizen_id_number": "191234567"])
            #expect(good.status == .seeOther)
        }
    }

    @Test func theTrackingPageSaysWhoHandlesThePetitionAndByWhen() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var citizen = Browser(app)
            let sent = try await send(app, &citizen, fields: [:])
            let location = try #require(sent.headers.first(name: .location))
            let html = try await citizen.get(location).body.string
            let petition = try #require(try await Petition.query(on: app.db).with(\.$unit).first())
            let due = try #require(petition.dueOn.flatMap(CivilDate.init(iso:)))
            #expect(html.contains("<dt>Cơ quan xử lý</dt><dd>\(petition.unit.name)</dd>"))
            #expect(html.contains("<dt>Hạn trả lời</dt><dd>\(due.vietnamese)</dd>"))
            #expect(html.contains("Trang do <strong>\(PublicCitizenController.committeeName(of: petition.unit.name))</strong> quản lý."))
        }
    }
}

/// A resident who opens the site's address lands on the sign-in page: it leads to the public side, and the public side
/// leads to every page a resident may want without an account.
@Suite struct PublicWayInTests {
    @Test func theSignInPageAndTheCitizensHomeLeadToEveryPublicPage() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var visitor = Browser(app)
            let login = try await visitor.get("/dang-nhap").body.string
            #expect(login.contains(#"<a href="/cong-dan">"#))
            let home = try await visitor.get("/cong-dan").body.string
            for path in ["/cong-dan/gui-don", "/cong-dan/tra-cuu", "/cong-khai", "/cong-dan/dan-van-kheo"] {
                #expect(home.contains("href=\"\(path)\""), "\(path)")
                #expect(try await visitor.get(path).status == .ok, "\(path)")
            }
        }
    }
}
