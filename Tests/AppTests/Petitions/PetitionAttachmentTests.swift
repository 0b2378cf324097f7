import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct PetitionAttachmentTests {
    /// Posts one file to a petition the way the page's form does (multipart, with the form token).
    private func attach(
        _ browser: inout Browser, petition: Petition, name: String, content: String,
        description: String = "Bản quét đơn"
    ) async throws -> TestingHTTPResponse {
        _ = try await browser.get("/don-thu/\(petition.id!)")
        let boundary = "ranh-gioi-tep"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(browser.csrf ?? "")\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n\(description)\r\n"
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        body += content + "\r\n--\(boundary)--\r\n"
        return try await browser.postRaw(
            "/don-thu/\(petition.id!)/tep-dinh-kem", body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    @Test func aScanIsAttachedListedAndOpenedWithAnAuditEntry() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let complaint = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480")
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let sent = try await attach(&inspector, petition: complaint, name: "don-goc.pdf", content: "%PDF-1.4 bản quét")
            #expect(sent.status == .seeOther)
            let page = try await inspector.get("/don-thu/\(complaint.id!)").body.string
            #expect(page.contains("Đã đính kèm tệp don-goc.pdf.") && page.contains("Bản quét đơn"))
            let attachment = try #require(try await PetitionAttachment.query(on: app.db).first())
            let file = try await inspector.get("/don-thu/tep-dinh-kem/\(attachment.id!)")
            #expect(file.status == .ok)
            #expect(file.body.string == "%PDF-1.4 bản quét")
            #expect(file.headers.contentType?.description.contains("pdf") == true)
            let views = try await AuditEntry.query(on: app.db).filter(\.$entity == "petition_attachment").sort(\.$id).all()
            #expect(views.map(\.action) == ["create", "view"])
            #expect(!(views[0].after ?? "").contains("don-goc"))

            var leader = Browser(app)
            try await leader.login("lanhdao")
            #expect(try await leader.get("/don-thu/\(complaint.id!)").body.string.contains("bạn không được xem"))
            #expect(try await leader.get("/don-thu/tep-dinh-kem/\(attachment.id!)").status == .forbidden)
        }
    }

    @Test func oversizedAndForbiddenFilesAreRefusedWithAClearMessage() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let complaint = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480")
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let big = String(repeating: "a", count: PetitionAttachmentService.maxBytes + 1)
            #expect(try await attach(&inspector, petition: complaint, name: "quet.pdf", content: big).status == .seeOther)
            #expect(try await inspector.get("/don-thu/\(complaint.id!)").body.string.contains("vượt quá giới hạn 10 MB"))
            _ = try await attach(&inspector, petition: complaint, name: "virus.exe", content: "MZ")
            let refused = try await inspector.get("/don-thu/\(complaint.id!)").body.string
            #expect(refused.contains("Không nhận tệp") && refused.contains("virus.exe") && refused.contains("Chỉ nhận tệp .pdf"))
            _ = try await attach(&inspector, petition: complaint, name: "<script>x<b>.pdf", content: "%PDF")
            let page = try await inspector.get("/don-thu/\(complaint.id!)").body.string
            #expect(!page.contains("<script>x") && page.contains("&lt;script&gt;x&lt;b&gt;.pdf"))
            #expect(try await PetitionAttachment.query(on: app.db).count() == 1)
        }
    }

    @Test func aDenunciationsFilesFollowTheDenouncersIdentity() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let denunciation = try await Fixtures.petition(app, kinds: [.denunciation], unitCode: "19900")
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            _ = try await attach(&inspector, petition: denunciation, name: "to-cao.pdf", content: "%PDF tố cáo")
            let attachment = try #require(try await PetitionAttachment.query(on: app.db).first())
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            #expect(try await officer.get("/don-thu/tep-dinh-kem/\(attachment.id!)").status == .forbidden)
            #expect(!(try await officer.get("/don-thu/\(denunciation.id!)").body.string.contains("to-cao.pdf")))
            _ = try await inspector.post("/don-thu/\(denunciation.id!)/cho-xem-danh-tinh", form: [:])
            #expect(try await officer.get("/don-thu/tep-dinh-kem/\(attachment.id!)").status == .ok)
            let views = try await AuditEntry.query(on: app.db).filter(\.$entity == "petition_attachment").filter(\.$action == "view").all()
            #expect(views.map(\.username) == ["canbo.tuha"])
        }
    }
}
