import DanVanCore
import Fluent
import Testing
import Vapor

@testable import App

/// The national default report template is kept by those who keep national rules; every text has a limit.
@Suite struct ReportTemplateAccessTests {
    @Test func aDistrictCoordinatorCannotChangeTheNationalDefaultButMayCopyIt() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let national = try await ReportTemplate.query(on: app.db).sort(\.$id).first()!
            var district = Browser(app)
            try await district.login("noivu.huongtra")
            let page = try await district.get("/bao-cao/mau").body.string
            #expect(!page.contains("/bao-cao/mau/\(national.id!)/chi-tieu") && !page.contains("/bao-cao/mau/\(national.id!)/phan\""))
            #expect(page.contains("/bao-cao/mau/\(national.id!)/sao-chep") && page.contains("Mẫu mặc định dùng chung toàn quốc"))
            let indicator = try await district.post(
                "/bao-cao/mau/\(national.id!)/chi-tieu", form: ["ma": "hn_huyen", "ten": "Số hội nghị", "don_vi_tinh": "hội nghị"])
            #expect(indicator.status == .forbidden)
            #expect(try await district.post("/bao-cao/mau/\(national.id!)/phan", form: ["tieu_de": "Phần của huyện"]).status == .forbidden)
            #expect(
                try await ReportIndicator.query(on: app.db).filter(\.$template.$id == national.id!).count() == DefaultReportTemplate.indicators.count)
            #expect(try await district.post("/bao-cao/mau/\(national.id!)/sao-chep", form: ["ten": "Mẫu của thị xã"]).status == .seeOther)
            #expect(try await ReportTemplate.query(on: app.db).filter(\.$name == "Mẫu của thị xã").count() == 1)

            var province = Browser(app)
            try await province.login("noivu.hue")
            #expect(try await province.get("/bao-cao/mau").body.string.contains("/bao-cao/mau/\(national.id!)/chi-tieu"))
            #expect(try await province.post("/bao-cao/mau/\(national.id!)/phan", form: ["tieu_de": "Phần toàn quốc"]).status == .seeOther)
            #expect(try await ReportSection.query(on: app.db).filter(\.$title == "Phần toàn quốc").count() == 1)
        }
    }

    @Test func overlongTextsAreRefusedInVietnamese() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let national = try await ReportTemplate.query(on: app.db).sort(\.$id).first()!
            var admin = Browser(app)
            try await admin.login("admin.hue")
            let long = String(repeating: "Dân vận ", count: 400)
            _ = try await admin.get("/bao-cao/mau")
            _ = try await admin.post("/bao-cao/mau/\(national.id!)/chi-tieu", form: ["ma": "dai_qua", "ten": long, "don_vi_tinh": "lần"])
            _ = try await admin.post("/bao-cao/mau/\(national.id!)/chi-tieu", form: ["ma": "dai_qua_2", "ten": "Tên", "don_vi_tinh": long])
            _ = try await admin.post("/bao-cao/mau/\(national.id!)/phan", form: ["tieu_de": long])
            _ = try await admin.post("/bao-cao/mau/\(national.id!)/phan", form: ["tieu_de": "Phần", "huong_dan": long + long])
            _ = try await admin.post("/bao-cao/mau/\(national.id!)/sao-chep", form: ["ten": long])
            let page = try await admin.get("/bao-cao/mau").body.string
            #expect(page.contains("dài tối đa"))
            #expect(
                try await ReportIndicator.query(on: app.db).filter(\.$template.$id == national.id!).count() == DefaultReportTemplate.indicators.count)
            #expect(try await ReportSection.query(on: app.db).filter(\.$template.$id == national.id!).count() == DefaultReportTemplate.sections.count)
            #expect(try await ReportTemplate.query(on: app.db).count() == 1)
        }
    }
}
