import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 18: every field and filter that names a unit takes its name, diacritics optional; a code still works.
@Suite struct UnitFieldsByNameTests {
    @Test func filtersTakeANameAndNameTheCandidatesWhenSeveralFit() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var coordinator = Browser(app)
            try await coordinator.login("noivu.hue")
            let calendar = try await coordinator.get("/bao-cao/lich?nam=2026&don_vi=tu%20phap%20huong%20tra")
            #expect(calendar.status == .ok)
            #expect(calendar.body.string.contains("Lịch báo cáo năm 2026 — Phòng Tư pháp"))
            #expect(calendar.body.string.contains("value=\"Phòng Tư pháp — Thị xã Hương Trà\""))
            let several = try await coordinator.get("/bao-cao/lich?don_vi=phong%20tu%20phap")
            #expect(several.status == .unprocessableEntity)
            #expect(several.body.string.contains("Phòng Tư pháp — Thị xã Hương Trà") && several.body.string.contains("Phòng Tư pháp — Thành phố Huế"))
            #expect(try await coordinator.get("/viec-can-lam?don-vi=phuong%20tu%20ha").status == .ok)
            #expect(try await coordinator.get("/viec-can-lam?don-vi=khong%20co%20don%20vi%20nay").status == .unprocessableEntity)
            // A code outside the scope is refused as such, by name it is simply not found.
            #expect(try await coordinator.get("/viec-can-lam?don-vi=490").status == .forbidden)
            #expect(try await coordinator.get("/don-thu?don_vi=hai%20chau").status == .unprocessableEntity)
        }
    }

    @Test func aUnitIsCreatedAndMovedUnderAParentChosenByName() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var admin = Browser(app)
            try await admin.login("admin.hue")
            let created = try await admin.post(
                "/don-vi",
                form: [
                    "code": "480.BQL", "name": "Ban Quản lý dự án", "kind": "don_vi_su_nghiep",
                    "parent_code": "thi xa huong tra", "active_from": "01/01/2024"
                ])
            #expect(created.status == .seeOther)
            let board = try await Fixtures.unit("480.BQL", on: app)
            #expect(board.$parent.id == (try await Fixtures.unit("480", on: app)).id)
            let ambiguous = try await admin.post(
                "/don-vi",
                form: [
                    "code": "480.BQL2", "name": "Ban khác", "kind": "khac",
                    "parent_code": "phong tu phap", "active_from": "01/01/2024"
                ])
            #expect(ambiguous.status == .unprocessableEntity && ambiguous.body.string.contains("Phòng Tư pháp — Thành phố Huế"))
            #expect(ambiguous.body.string.contains("value=\"Ban khác\""))
            let commune = try await Fixtures.unit("19901", on: app)
            _ = try await admin.post("/don-vi/\(commune.id!)/chuyen", form: ["parent_code": "Thành phố Huế", "effective": "01/07/2024"])
            #expect(try await Fixtures.unit("19901", on: app).$parent.id == (try await Fixtures.unit("474", on: app)).id)
        }
    }

    @Test func aPetitionIsGivenToAUnitChosenByName() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let petition = try await Fixtures.petition(app, kinds: [.recommendation], unitCode: "480")
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let base = "/don-thu/\(petition.id!)"
            _ = try await inspector.post(
                base + "/phan-loai", form: ["kinds[]": "kien_nghi", "field": "khac", "competence": "true", "unit": "phuong tu ha"])
            let classified = try #require(try await Petition.find(petition.id, on: app.db))
            #expect(classified.$unit.id == (try await Fixtures.unit("19900", on: app)).id)
            #expect(try await inspector.get(base).body.string.contains("value=\"Phường Tứ Hạ — Thị xã Hương Trà\""))
        }
    }
}
