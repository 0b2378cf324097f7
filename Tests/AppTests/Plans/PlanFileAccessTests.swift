import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// A stored file is reached through the record that owns it, never by its hash; hashes are not shown to people.
@Suite struct PlanFileAccessTests {
    static let secret = "Đơn tố cáo: người tố cáo Nguyễn Văn A, số định danh 046090001234."

    @Test func aStoredFileCannotBeReviewedOrAttachedToAPlanByItsHash() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            // Stands for a tố cáo's attachment: stored by content hash like every other file.
            let hash = try app.fileStore.store(Data(Self.secret.utf8))
            var coordinator = Browser(app)
            try await coordinator.login("noivu.hue")
            let review = try await coordinator.get("/ke-hoach/tai-len/\(hash)?ten=don.txt")
            #expect(review.status == .notFound)
            #expect(!review.body.string.contains("Nguyễn Văn A"))

            _ = try await coordinator.get("/ke-hoach/moi")
            let created = try await coordinator.post(
                "/ke-hoach/tao",
                form: [
                    "issuer": "46", "number": "5/KH-UBND", "issuedOn": "05/02/2026",
                    "year": "2026", "title": "Kế hoạch có tệp lạ", "status": "ban_hanh",
                    "fileHash": hash, "fileName": "don.txt"
                ])
            #expect(created.status == .seeOther)
            let plan = try #require(try await Plan.query(on: app.db).filter(\.$number == "5/KH-UBND").first())
            #expect(plan.fileHash == nil)
            let file = try await coordinator.get("/ke-hoach/\(plan.id!)/van-ban")
            #expect(file.status == .notFound)
            #expect(!file.body.string.contains("Nguyễn Văn A"))
        }
    }

    @Test func theAuditLogNeverShowsAFileHash() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let hash = try app.fileStore.store(Data(Self.secret.utf8))
            let coordinator = try await UserLookup.find("noivu.hue", on: app.db)
            // An entry written before hashes were left out of the log.
            try await Audit.record(
                on: app.db, actor: .user(coordinator, at: TestClock.now), entity: "petition_attachment", id: "1", action: "create",
                before: String?.none, after: ["petitionID": "1", "fileHash": hash])
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            let page = try await browser.get("/nhat-ky").body.string
            #expect(page.contains("petition_attachment"))
            #expect(!page.contains(hash))
            #expect(!page.contains(String(hash.prefix(16))))
        }
    }
}
