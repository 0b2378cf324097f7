import DanVanCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct UnitTests {
    @Test func searchIgnoresDiacritics() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            let hue = try await browser.get("/don-vi?q=hue").body.string
            #expect(hue.contains("Tỉnh Thừa Thiên Huế"))
            #expect(hue.contains("Thành phố Huế"))
            let danVan = try await browser.get("/don-vi?q=dan%20van").body.string
            #expect(danVan.contains("Ban Dân vận Tỉnh ủy"))
            let withD = try await browser.get("/don-vi?q=%C4%91a%20nang").body.string  // "đa nang"
            #expect(!withD.contains("Đà Nẵng"))  // outside the Huế coordinator's subtree
        }
    }

    @Test func typedDOrĐBothMatch() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("admin.danang")
            #expect(try await browser.get("/don-vi?q=da%20nang").body.string.contains("Thành phố Đà Nẵng"))
            #expect(try await browser.get("/don-vi?q=%C4%91a%20nang").body.string.contains("Thành phố Đà Nẵng"))
        }
    }

    @Test func usersSeeOnlyTheirSubtree() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let province = try await Fixtures.unit("46", on: app)
            let commune = try await Fixtures.unit("19900", on: app)
            var browser = Browser(app)
            try await browser.login("noivu.huongtra")
            #expect(try await browser.get("/don-vi/\(commune.id!)").status == .ok)
            let outside = try await browser.get("/don-vi/\(province.id!)")
            #expect(outside.status == .forbidden)
            #expect(outside.body.string.contains("nằm ngoài phạm vi"))
            #expect(!(try await browser.get("/don-vi?q=thuan%20hoa").body.string.contains("Phường Thuận Hòa")))
        }
    }

    @Test func movingAUnitCarriesItsWholeSubtree() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let town = try await Fixtures.unit("480", on: app)
            let city = try await Fixtures.unit("474", on: app)
            let townSize = try await UnitQuery.subtreeCount(path: town.path, on: app.db)
            let citySize = try await UnitQuery.subtreeCount(path: city.path, on: app.db)
            let petition = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "19900", subject: "Phản ánh đèn đường hỏng")
            #expect(try await PetitionSearchIndex.page(["den", "duong"], scopePath: city.path, limit: 10, offset: 0, on: app.db).total == 0)
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            _ = try await browser.get("/don-vi/\(town.id!)")
            let moved = try await browser.post("/don-vi/\(town.id!)/chuyen", form: ["parent_code": "474", "effective": "01/07/2024"])
            #expect(moved.status == .seeOther)
            let commune = try await Fixtures.unit("19900", on: app)
            #expect(commune.path == city.path + "\(town.id!)/\(commune.id!)/")
            #expect(commune.depth == 3)
            #expect(try await UnitQuery.subtreeCount(path: city.path, on: app.db) == citySize + townSize)
            // The search follows: the commune's petitions are now found within the city.
            #expect(
                try await PetitionSearchIndex.page(["den", "duong"], scopePath: city.path, limit: 10, offset: 0, on: app.db).ids == [petition.id!])
            let history = try await UnitChange.query(on: app.db).filter(\.$unit.$id == town.id!).filter(\.$kind == .moved).first()
            #expect(history?.newValue == "Thành phố Huế")
            #expect(history?.effectiveOn == "2024-07-01")
        }
    }

    @Test func aUnitCannotMoveInsideItself() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let town = try await Fixtures.unit("480", on: app)
            let pathBefore = (try await Fixtures.unit("19900", on: app)).path
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            _ = try await browser.get("/don-vi/\(town.id!)")
            _ = try await browser.post("/don-vi/\(town.id!)/chuyen", form: ["parent_code": "19900", "effective": "01/07/2024"])
            let page = try await browser.get("/don-vi/\(town.id!)").body.string
            #expect(page.contains("Không thể chuyển một đơn vị vào bên trong chính nó"))
            #expect(try await Fixtures.unit("19900", on: app).path == pathBefore)
        }
    }

    @Test func renameKeepsTheOldNameInHistoryAndUpdatesSearch() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let commune = try await Fixtures.unit("19901", on: app)
            var browser = Browser(app)
            try await browser.login("noivu.huongtra")
            _ = try await browser.get("/don-vi/\(commune.id!)")
            _ = try await browser.post("/don-vi/\(commune.id!)/doi-ten", form: ["name": "Phường Hương Toàn", "effective": "01/01/2025"])
            let page = try await browser.get("/don-vi/\(commune.id!)").body.string
            #expect(page.contains("Xã Hương Toàn → Phường Hương Toàn"))
            #expect(page.contains("01/01/2025"))
            #expect(try await browser.get("/don-vi?q=phuong%20huong%20toan").body.string.contains("Phường Hương Toàn"))
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "unit").filter(\.$action == "rename").first()
            #expect(audit?.username == "noivu.huongtra")
            #expect(audit?.before?.contains("Xã Hương Toàn") == true)
            #expect(audit?.after?.contains("Phường Hương Toàn") == true)
        }
    }

    @Test func closingNeedsConfirmationAndNoActiveChildren() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let town = try await Fixtures.unit("480", on: app)
            let commune = try await Fixtures.unit("19901", on: app)
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            _ = try await browser.get("/don-vi/\(commune.id!)")
            _ = try await browser.post("/don-vi/\(commune.id!)/giai-the", form: ["effective": "01/01/2025"])
            #expect(try await Fixtures.unit("19901", on: app).activeUntil == nil)
            _ = try await browser.post("/don-vi/\(commune.id!)/giai-the", form: ["effective": "01/01/2025", "confirm": "1"])
            #expect(try await Fixtures.unit("19901", on: app).activeUntil == "2025-01-01")
            _ = try await browser.post("/don-vi/\(town.id!)/giai-the", form: ["effective": "01/01/2025", "confirm": "1"])
            #expect(try await Fixtures.unit("480", on: app).activeUntil == nil)
            #expect(try await browser.get("/don-vi/\(town.id!)").body.string.contains("đơn vị trực thuộc đang hoạt động"))
        }
    }

    @Test func duplicateCodesAreRefusedAndNothingIsWritten() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let before = try await OrgUnit.query(on: app.db).count()
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            _ = try await browser.get("/don-vi/moi")
            let response = try await browser.post(
                "/don-vi",
                form: [
                    "code": "480.PNV", "name": "Phòng mới", "kind": "phong",
                    "parent_code": "480", "active_from": "01/01/2024"
                ])
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("Mã đơn vị 480.PNV đã được dùng"))
            #expect(try await OrgUnit.query(on: app.db).count() == before)
        }
    }

    @Test func invalidDatesGetAClearMessage() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            _ = try await browser.get("/don-vi/moi")
            let response = try await browser.post(
                "/don-vi",
                form: [
                    "code": "480.NEW", "name": "Phòng mới", "kind": "phong",
                    "parent_code": "480", "active_from": "31/02/2024"
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Ngày không hợp lệ"))
        }
    }

    @Test func creatingAUnitPlacesItInTheTree() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("noivu.huongtra")
            _ = try await browser.get("/don-vi/moi")
            let response = try await browser.post(
                "/don-vi",
                form: [
                    "code": "480.BQL", "name": "Ban Quản lý dự án", "kind": "don_vi_su_nghiep",
                    "parent_code": "480", "active_from": "15/02/2024"
                ])
            #expect(response.status == .seeOther)
            let unit = try await Fixtures.unit("480.BQL", on: app)
            let town = try await Fixtures.unit("480", on: app)
            #expect(unit.path == town.path + "\(unit.id!)/")
            #expect(unit.activeFrom == "2024-02-15")
            #expect(unit.nameKey == "ban quan ly du an")
        }
    }

    @Test func leadersReadButCannotChange() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let commune = try await Fixtures.unit("19901", on: app)
            var browser = Browser(app)
            try await browser.login("lanhdao")
            let page = try await browser.get("/don-vi/\(commune.id!)")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("Điều chỉnh đơn vị"))
            let attempt = try await browser.post("/don-vi/\(commune.id!)/doi-ten", form: ["name": "Tên khác", "effective": "01/01/2025"])
            #expect(attempt.status == .forbidden)
        }
    }
}
