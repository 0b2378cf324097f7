import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// A link from a sheet line to a DanVan record is taken off again by the unit, on the page or through the API, while the
/// sheet is still the unit's to edit; audited; the record itself stays.
@Suite struct ScoringRecordUnlinkTests {
    @Test func theUnitTakesALinkOffItsSheetUntilItIsSubmitted() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await ScoringFlowTests.openRound(app)
            let office = try await Fixtures.unit("480.PNV", on: app)
            let year = TestClock.today.year
            let plan = Plan(
                unitID: office.id!, number: "5/KH-PNV", year: year, issuedOn: TestClock.today.adding(days: -30).iso,
                title: "Kế hoạch dân vận chính quyền của Phòng Nội vụ", purposes: "", status: .issued)
            try await plan.create(on: app.db)
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV")
            let lineID = try await ScoringFlowTests.lineID(app, sheet: sheet, code: "1.1")
            let officerUser = try await ScoringFlowTests.user("canbo", on: app.db)
            let context = try await SheetContext.load(sheet.id!, on: app.db)
            try await ScoringRecordLinks.link(
                context, lineID: lineID, choice: "ke-hoach:\(plan.id!)", user: officerUser, actor: .user(officerUser, at: TestClock.now), on: app.db)
            let link = try #require(try await ScoringRecordLink.query(on: app.db).first())

            // The page offers the removal, with what it does, to the unit only.
            var officer = Browser(app)
            _ = try await officer.login("canbo")
            let page = try await officer.get("/cham-diem/phieu/\(sheet.id!)").body.string
            #expect(page.contains("Gỡ liên kết đã gắn"))
            #expect(page.contains("không bị xóa"))
            #expect(page.contains("action=\"/cham-diem/phieu/\(sheet.id!)/go-lien-ket\""))
            #expect(page.contains("value=\"\(link.id!)\""))
            var appraiser = Browser(app)
            _ = try await appraiser.login("noivu.hue")
            #expect(!(try await appraiser.get("/cham-diem/phieu/\(sheet.id!)").body.string.contains("Gỡ liên kết đã gắn")))
            let foreign = try await appraiser.post("/cham-diem/phieu/\(sheet.id!)/go-lien-ket", form: ["lien_ket": String(link.id!)])
            #expect(foreign.status == .forbidden)
            #expect(try await ScoringRecordLink.query(on: app.db).count() == 1)
            // Without the form's token: refused.
            let forged = try await officer.post(
                "/cham-diem/phieu/\(sheet.id!)/go-lien-ket", form: ["lien_ket": String(link.id!), "_csrf": "sai"])
            #expect(forged.status == .forbidden)
            #expect(try await ScoringRecordLink.query(on: app.db).count() == 1)

            let removed = try await officer.post("/cham-diem/phieu/\(sheet.id!)/go-lien-ket", form: ["lien_ket": String(link.id!)])
            #expect(removed.status == .seeOther)
            #expect(try await ScoringRecordLink.query(on: app.db).count() == 0)
            #expect(try await Plan.find(plan.id!, on: app.db) != nil, "the record itself stays")
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$entity == "scoring_evidence").filter(\.$entityID == "lien-ket-\(link.id!)")
                    .filter(\.$action == "delete").count() == 1)

            // Through the API: linked, listed, removed (204); a link of another sheet is not found.
            let token = try await officer.apiToken(for: "canbo")
            let path = "/api/v1/scoring-sheets/\(sheet.id!)/record-links"
            let (created, createdBody) = try await ScoringSetAPITests.call(
                app, .POST, path, token: token, body: #"{"line_id": \#(lineID), "record": "ke-hoach:\#(plan.id!)"}"#)
            #expect(created == .created, "\(createdBody)")
            let again = try #require(try await ScoringRecordLink.query(on: app.db).first())
            let (listed, listedBody) = try await ScoringSetAPITests.call(app, .GET, path, token: token)
            #expect(listed == .ok && listedBody.contains(#""id":\#(again.id!)"#) && listedBody.contains(#""kind":"ke-hoach""#))
            let other = try #require(
                try await ScoringSheet.query(on: app.db).filter(\.$round.$id == round.id!).filter(\.$id != sheet.id!).first())
            let (elsewhere, _) = try await ScoringSetAPITests.call(
                app, .DELETE, "/api/v1/scoring-sheets/\(other.id!)/record-links/\(again.id!)", token: token)
            #expect(elsewhere == .forbidden || elsewhere == .notFound)
            #expect(try await ScoringRecordLink.query(on: app.db).count() == 1)

            // Once submitted, the sheet keeps its links.
            let submitted = try #require(try await ScoringSheet.find(sheet.id!, on: app.db))
            submitted.status = .submitted
            try await submitted.save(on: app.db)
            let (locked, lockedBody) = try await ScoringSetAPITests.call(app, .DELETE, path + "/\(again.id!)", token: token)
            #expect(locked == .unprocessableEntity && lockedBody.contains("sheet_locked"))
            submitted.status = .draft
            try await submitted.save(on: app.db)
            #expect(try await ScoringSetAPITests.call(app, .DELETE, path + "/\(again.id!)", token: token).0 == .noContent)
            #expect(try await ScoringRecordLink.query(on: app.db).count() == 0)
        }
    }
}
