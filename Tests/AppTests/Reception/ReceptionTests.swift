import Testing
import VaporTesting

@testable import App

/// Tiếp công dân: sessions recorded by the inspectorate, the schedule published on the citizens' page.
@Suite struct ReceptionTests {
    @Test func receptionSessionsAreRecorded() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            _ = try await inspector.get("/tiep-cong-dan")
            let saved = try await inspector.post(
                "/tiep-cong-dan/buoi-tiep",
                form: [
                    "unit_id": String(town.id!), "held_on": TestClock.today.vietnamese, "host": "Chủ tịch UBND thị xã",
                    "citizens": "Ông Phan Văn Ba", "people_count": "1", "subject": "Đất rừng sản xuất", "decision": "Giao Phòng TN-MT kiểm tra"
                ])
            #expect(saved.status == .seeOther)
            let page = try await inspector.get("/tiep-cong-dan").body.string
            #expect(page.contains("Giao Phòng TN-MT kiểm tra") && page.contains("Ông Phan Văn Ba"))
            let bad = try await inspector.post("/tiep-cong-dan/buoi-tiep", form: ["unit_id": String(town.id!), "held_on": "31/02/2024"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Ngày tiếp không hợp lệ"))
            var visitor = Browser(app)
            let schedule = try await visitor.get("/cong-dan").body.string
            #expect(schedule.contains("Ngày 15 hằng tháng") && schedule.contains("Thị xã Hương Trà"))
        }
    }
}
