import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct HolidayTests {
    @Test func aProvinceCoordinatorKeepsTheHolidaysThatDeadlinesRead() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let day = CivilDate(year: 2027, month: 3, day: 10)!
            #expect(try await app.currentPetitionRules(on: app.db).calendar.isWorkingDay(day))

            // A district's coordinator reads the list but may not change it: it moves deadlines everywhere.
            var district = Browser(app)
            try await district.login("noivu.huongtra")
            #expect(try await district.get("/ngay-nghi?nam=2027").status == .ok)
            #expect(try await district.post("/ngay-nghi", form: ["ngay": "10/03/2027", "ten": "Nghỉ bù"]).status == .forbidden)

            var province = Browser(app)
            try await province.login("noivu.hue")
            _ = try await province.get("/ngay-nghi")
            _ = try await province.post("/ngay-nghi", form: ["ngay": "31/02/2027", "ten": "Ngày không có"])
            #expect(try await province.get("/ngay-nghi").body.string.contains("Hãy nhập ngày theo dạng dd/mm/yyyy"))
            _ = try await province.post("/ngay-nghi", form: ["ngay": "10/03/2027", "ten": "Nghỉ bù"])
            #expect(try await province.get("/ngay-nghi?nam=2027").body.string.contains("Nghỉ bù"))
            _ = try await province.post("/ngay-nghi", form: ["ngay": "10/03/2027", "ten": "Lần nữa"])
            #expect(try await province.get("/ngay-nghi?nam=2027").body.string.contains("Ngày 10/03/2027 đã có trong danh sách."))
            #expect(try await Holiday.query(on: app.db).filter(\.$day == day.iso).count() == 1)
            #expect(!(try await app.currentPetitionRules(on: app.db).calendar.isWorkingDay(day)))

            let holiday = try #require(try await Holiday.query(on: app.db).filter(\.$day == day.iso).first())
            #expect(try await district.post("/ngay-nghi/\(holiday.id!)/xoa", form: [:]).status == .forbidden)
            _ = try await province.post("/ngay-nghi/\(holiday.id!)/xoa", form: [:])
            #expect(try await app.currentPetitionRules(on: app.db).calendar.isWorkingDay(day))
            // Undo, offered once: the day comes back with its name.
            let afterDelete = try await province.get("/ngay-nghi?nam=2027").body.string
            #expect(afterDelete.contains("Hoàn tác: thêm lại ngày nghỉ 10/03/2027") && !afterDelete.contains("<td>Nghỉ bù</td>"))
            _ = try await province.post("/ngay-nghi", form: ["ngay": "10/03/2027", "ten": "Nghỉ bù"])
            let restored = try await province.get("/ngay-nghi?nam=2027").body.string
            #expect(restored.contains("<td>Nghỉ bù</td>") && !restored.contains("Hoàn tác"))
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "holiday").sort(\.$id).all().map(\.action)
            #expect(actions == ["create", "delete", "create"])
        }
    }
}
