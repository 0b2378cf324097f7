import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import Views

@testable import App

/// A NUL character (U+0000) typed or pasted into a field, a query or a JSON string: PostgreSQL refuses it in text, so it
/// reached the database as a server error. Refused at the door with a message and a code, nothing saved.
@Suite struct NULCharacterTests {
    @Test func aNULInAQueryAFormOrAJSONBodyIsRefusedWithAMessageNotAServerError() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var browser = Browser(app)
            try await browser.login("noivu.huongtra")
            let paths = app.routes.all.filter { route in
                route.method == .GET && !route.path.contains { if case .parameter = $0 { true } else { false } }
                    && !route.path.contains(.catchall)
            }.map { "/" + $0.path.map(\.description).joined(separator: "/") }
            let query = ["q", "don_vi", "ten", "ma", "tu", "den", "ky", "nam"].map { "\($0)=a%00b" }.joined(separator: "&")
            for path in paths where path != "/dang-xuat" {
                let response = try await browser.get(path + "?" + query)
                #expect(response.status.code < 500, "\(path): \(response.status)")
            }
            let page = try await browser.get("/don-thu?q=tai%00dinh")
            #expect(page.status == .badRequest)
            #expect(page.body.string.contains(L10n.Platform.coKyTuKhongHopLe))

            let dialogues = try await Dialogue.query(on: app.db).count()
            let form = try await browser.post(
                SiteURL.dialogueNew.path, form: ["title": "Đối thoại\u{0}", "held_on": TestClock.today.vietnamese, "unit": "Hương Trà"])
            #expect(form.status == .badRequest)
            let multipart = try await browser.postMultipart(SiteURL.dialogueNew.path, fields: [("title", "Đối thoại\u{0}")])
            #expect(multipart.status == .badRequest)
            #expect(try await Dialogue.query(on: app.db).count() == dialogues)
            // A file's own bytes may hold NUL (every .docx does): only text fields are read.
            #expect(
                NULRefusalMiddleware.carriesNUL(
                    Array("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK\u{0}\u{0}\r\n--b--\r\n".utf8),
                    type: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": "b"])) == false)
            #expect(
                NULRefusalMiddleware.carriesNUL(
                    Array("--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\u{0}\r\n--b--\r\n".utf8),
                    type: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": "b"])))

            var officer = Browser(app)
            let token = try await officer.apiToken(for: "canbo.tuha")
            let tuHa = try await Fixtures.unit("19900", on: app)
            let body =
                #"{"channel":"buu_chinh","received_on":"\#(TestClock.today.iso)","unit_id":\#(tuHa.id!),"kinds":["phan_anh"],"#
                + #""subject":"x\u0000","content":"y","citizen_name":"A"}"#
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let petitions = try await Petition.query(on: app.db).count()
            try await app.testing().test(.POST, "/api/v1/petitions", headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("\"code\":\"nul_character\""))
            }
            #expect(try await Petition.query(on: app.db).count() == petitions)
        }
    }
}
