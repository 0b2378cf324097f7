import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 15, item 3: a sheet line links to the unit's own DanVan records, chosen by title, shown to the appraisers, audited.
@Suite struct ScoringRecordLinkTests {
    @Test func theUnitLinksItsOwnPlanAndTheAppraisersSeeTheLink() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await ScoringFlowTests.openRound(app)
            let office = try await Fixtures.unit("480.PNV", on: app)
            let town = try await Fixtures.unit("480", on: app)
            let year = TestClock.today.year
            let own = Plan(
                unitID: office.id!, number: "5/KH-PNV", year: year, issuedOn: TestClock.today.adding(days: -30).iso,
                title: "Kế hoạch dân vận chính quyền của Phòng Nội vụ", purposes: "", status: .issued)
            try await own.create(on: app.db)
            let other = Plan(
                unitID: town.id!, number: "7/KH-UBND", year: year, issuedOn: TestClock.today.adding(days: -30).iso,
                title: "Kế hoạch của Ủy ban thị xã", purposes: "", status: .issued)
            try await other.create(on: app.db)
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV")
            let lineID = try await ScoringFlowTests.lineID(app, sheet: sheet, code: "1.1")

            var officer = Browser(app)
            _ = try await officer.login("canbo")
            let page = try await officer.get("/cham-diem/phieu/\(sheet.id!)")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Liên kết bản ghi DanVan làm kiểm chứng"))
            #expect(html.contains("Kế hoạch dân vận chính quyền của Phòng Nội vụ"))
            #expect(html.contains("Thống kê đơn thư: năm \(year)"))
            #expect(!html.contains("Kế hoạch của Ủy ban thị xã"), "only the unit's own records are offered")

            // Another unit's plan, sent by hand, is refused; nothing linked.
            let refused = try await officer.post(
                "/cham-diem/phieu/\(sheet.id!)/lien-ket", form: ["dong_lien_ket": String(lineID), "ban_ghi": "ke-hoach:\(other.id!)"])
            #expect(refused.status != .seeOther)
            #expect(try await ScoringRecordLink.query(on: app.db).count() == 0)

            let linked = try await officer.post(
                "/cham-diem/phieu/\(sheet.id!)/lien-ket", form: ["dong_lien_ket": String(lineID), "ban_ghi": "ke-hoach:\(own.id!)"])
            #expect(linked.status == .seeOther)
            let link = try #require(try await ScoringRecordLink.query(on: app.db).first())
            #expect(link.$line.id == lineID && link.recordID == own.id! && link.addedBy == "canbo")
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$entity == "scoring_evidence").filter(\.$entityID == "lien-ket-\(link.id!)").count()
                    == 1)
            let again = try await officer.post(
                "/cham-diem/phieu/\(sheet.id!)/lien-ket", form: ["dong_lien_ket": String(lineID), "ban_ghi": "ke-hoach:\(own.id!)"])
            #expect(again.status != .seeOther)
            let stats = try await officer.post(
                "/cham-diem/phieu/\(sheet.id!)/lien-ket", form: ["dong_lien_ket": String(lineID), "ban_ghi": "thong-ke-don:\(year)"])
            #expect(stats.status == .seeOther)
            #expect(try await ScoringRecordLink.query(on: app.db).count() == 2)

            // The appraisal team sees the links on the sheet, as links to the records.
            var appraiser = Browser(app)
            _ = try await appraiser.login("noivu.hue")
            let seen = try await appraiser.get("/cham-diem/phieu/\(sheet.id!)").body.string
            #expect(seen.contains("href=\"/ke-hoach/\(own.id!)\""))
            #expect(
                seen.contains("/don-thu/thong-ke?tu=01/01/\(year)&amp;den=31/12/\(year)")
                    || seen.contains("/don-thu/thong-ke?tu=01/01/\(year)&den=31/12/\(year)"))
            #expect(!seen.contains("Liên kết bản ghi DanVan làm kiểm chứng"), "only the unit links records")
        }
    }
}
