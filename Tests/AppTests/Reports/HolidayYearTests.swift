import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// The calendar does not end (issue 18, item 12): years nobody has kept are computed from the law, a notice overrides.
@Suite struct HolidayYearTests {
    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    func days(of year: Int, on app: Application) async throws -> [String] {
        try await Holiday.query(on: app.db).filter(\.$day, .custom("LIKE"), "\(year)-%").sort(\.$day).all().map(\.day)
    }

    @Test func reportDueDatesIn2027And2028SkipTheComputedTet() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            // Nobody has opened 2027 or 2028 at /ngay-nghi: no rows, the calendar computes them.
            #expect(try await days(of: 2027, on: app).isEmpty)
            // Due on the 8th: 08/02/2027 is the 3rd day of the computed Tết (05, 08–11/02 off) → Friday 12/02/2027.
            let tet2027 = try await ReportTests.regime(app, issuer: "480", rule: "day_of_month:8", reporters: ["19900"])
            _ = try await ReportRequestGenerator.generate([tet2027], year: 2027, on: app.db)
            #expect(try await ReportTests.request(app, tet2027, unit: "19900", period: "2027-T02").dueOn == "2027-02-12")
            // Due on the 26th: 26/01/2028 is mùng 1 Tết (25–28/01 and 31/01 off) → Tuesday 01/02/2028.
            let tet2028 = try await ReportTests.regime(app, issuer: "480", rule: "day_of_month:26", reporters: ["19900"])
            _ = try await ReportRequestGenerator.generate([tet2028], year: 2028, on: app.db)
            #expect(try await ReportTests.request(app, tet2028, unit: "19900", period: "2028-T01").dueOn == "2028-02-01")
            // Reading the calendar wrote nothing.
            #expect(try await days(of: 2027, on: app).isEmpty)
            #expect(try await HolidayYear.query(on: app.db).count() == 2)
        }
    }

    @Test func aPetitionDeadlineIn2027SkipsTheComputedTet() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let petition = Petition()
            petition.channel = .post
            petition.receivedOn = "2027-01-30"
            petition.kind = .complaint
            petition.instance = .first
            petition.isComplex = false
            petition.isRemote = false
            petition.extensions = 0
            let rules = try await app.currentPetitionRules(on: app.db)
            PetitionService.applyProfile(petition, profiles: try await PetitionRuleStore.profiles(on: app.db), calendar: rules.calendar)
            // A first complaint is accepted within 10 days (Luật Khiếu nại 2011, Điều 27): 09/02/2027 is in the computed
            // Tết, so the time limit ends on the next working day, Friday 12/02/2027.
            #expect(petition.acceptDue == "2027-02-12")
        }
    }

    @Test func thePageShowsComputedAndConfirmedYearsAndANoticeOverrides() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var province = Browser(app)
            try await province.login("noivu.hue")
            let confirmed = try await province.get("/ngay-nghi?nam=2025").body.string
            #expect(confirmed.contains("Đã xác nhận theo thông báo của Chính phủ.") && confirmed.contains("27/01/2025"))
            #expect(confirmed.contains("<strong>2025 (đã xác nhận)</strong>"))

            // First shown, 2027 is filled in from the law, and says so.
            let computed = try await province.get("/ngay-nghi?nam=2027").body.string
            #expect(computed.contains("Tính theo Bộ luật Lao động 2019") && computed.contains("<strong>2027 (tính theo luật)</strong>"))
            #expect(computed.contains("<td>08/02/2027</td><td>Tết Nguyên đán</td>"))
            #expect(computed.contains("<td>11/02/2027</td><td>Tết Nguyên đán (nghỉ bù)</td>"))
            #expect(computed.contains("<td>16/04/2027</td><td>Giỗ Tổ Hùng Vương</td>"))
            let filled = try await days(of: 2027, on: app)
            #expect(filled.count == 11)
            // Filling in again, or from two servers at once, changes nothing.
            async let first: Void = HolidayYears.fillIn([2027, 2028], on: app.db)
            async let second: Void = HolidayYears.fillIn([2028, 2027], on: app.db)
            _ = try await (first, second)
            #expect(try await days(of: 2027, on: app) == filled)
            #expect(try await days(of: 2028, on: app).count == 11)
            #expect(try await HolidayYear.query(on: app.db).filter(\.$year == 2028).count() == 1)

            // The year's notice moves a day: 11/02 is worked, 04/02 is off; then the year is marked confirmed.
            let made = try #require(try await Holiday.query(on: app.db).filter(\.$day == "2027-02-11").first())
            _ = try await province.post("/ngay-nghi/\(made.id!)/xoa", form: [:])
            _ = try await province.post("/ngay-nghi", form: ["ngay": "04/02/2027", "ten": "Tết Nguyên đán"])
            // It also swaps Friday 12/02 off for Saturday 20/02 worked; a weekday cannot be a day worked in exchange.
            _ = try await province.post("/ngay-nghi", form: ["ngay": "12/02/2027", "ten": "Nghỉ hoán đổi"])
            _ = try await province.post("/ngay-nghi", form: ["ngay": "20/02/2027", "ten": "Làm bù cho 12/02", "loai": "lam_bu"])
            _ = try await province.post("/ngay-nghi", form: ["ngay": "15/02/2027", "ten": "Sai", "loai": "lam_bu"])
            let swapped = try await province.get("/ngay-nghi?nam=2027").body.string
            #expect(swapped.contains("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 15/02/2027 vốn là ngày làm việc."))
            #expect(swapped.contains("<td>20/02/2027</td><td>Làm bù cho 12/02</td><td>Đi làm (làm bù)</td>"))
            var district = Browser(app)
            try await district.login("noivu.huongtra")
            #expect(try await district.post("/ngay-nghi/nam", form: ["nam": "2027", "xac_nhan": "1"]).status == .forbidden)
            _ = try await province.post("/ngay-nghi/nam", form: ["nam": "2027", "xac_nhan": "1", "can_cu": "Thông báo số 1/TB-BNV"])
            let notice = try await province.get("/ngay-nghi?nam=2027").body.string
            #expect(notice.contains("Đã xác nhận theo thông báo của Chính phủ.") && notice.contains("Căn cứ: Thông báo số 1/TB-BNV."))
            #expect(notice.contains("<strong>2027 (đã xác nhận)</strong>") && !notice.contains("<td>11/02/2027</td>"))
            let calendar = try await app.currentPetitionRules(on: app.db).calendar
            #expect(calendar.isWorkingDay(date("2027-02-11")) && !calendar.isWorkingDay(date("2027-02-04")))
            #expect(!calendar.isWorkingDay(date("2027-02-12")) && calendar.isWorkingDay(date("2027-02-20")))
            #expect(!calendar.isWorkingDay(date("2027-02-13")))  // the other Saturdays stay days off
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "holiday_year").all()
            #expect(audit.map(\.action) == ["confirm"] && audit.first?.entityID == "2027")

            // Taking the mark back keeps the edited days: the year reads as computed again, nothing is recomputed.
            _ = try await province.post("/ngay-nghi/nam", form: ["nam": "2027", "xac_nhan": "0"])
            #expect(try await province.get("/ngay-nghi?nam=2027").body.string.contains("chưa xác nhận theo thông báo"))
            #expect(try await app.currentPetitionRules(on: app.db).calendar.isWorkingDay(date("2027-02-11")))

            // A day worked in exchange is deleted, and undone, like a day off.
            let worked = try #require(try await HolidayWorkday.query(on: app.db).filter(\.$day == "2027-02-20").first())
            #expect(try await district.post("/ngay-nghi/lam-bu/\(worked.id!)/xoa", form: [:]).status == .forbidden)
            _ = try await province.post("/ngay-nghi/lam-bu/\(worked.id!)/xoa", form: [:])
            #expect(!(try await app.currentPetitionRules(on: app.db).calendar.isWorkingDay(date("2027-02-20"))))
            let undo = try await province.get("/ngay-nghi?nam=2027").body.string
            #expect(undo.contains("Hoàn tác: thêm lại ngày làm bù 20/02/2027") && undo.contains(#"name="loai" value="lam_bu""#))
            _ = try await province.post("/ngay-nghi", form: ["ngay": "20/02/2027", "ten": "Làm bù cho 12/02", "loai": "lam_bu"])
            #expect(try await app.currentPetitionRules(on: app.db).calendar.isWorkingDay(date("2027-02-20")))
        }
    }

    @Test func theShippedNoticesAreKeptAndMatchTheLawWhereTheyAgree() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            // The 2024–2026 lists are still those of the notices, whatever the computed default says.
            let shipped = VietnamHolidays.defaults.map(\.date.iso)
            let stored = try await Holiday.query(on: app.db).sort(\.$day).all().map(\.day)
            #expect(stored == shipped)
            #expect(try await HolidayYear.query(on: app.db).sort(\.$year).all().map(\.year) == [2024, 2025])
            // 2026, announced but not confirmed, is exactly the computed default: filling it in adds nothing.
            try await HolidayYears.fillIn([2026], on: app.db)
            #expect(try await days(of: 2026, on: app) == shipped.filter { $0.hasPrefix("2026") })
        }
    }
}
