import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Editing a set's tree in the UI while no round uses it; a frozen set refuses with its message.
@Suite struct ScoringCriterionEditTests {
    @Test func aLineIsAddedChangedAndRemovedAndAFrozenSetRefuses() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let coordinator = try await ScoringFlowTests.user("noivu.huongtra", on: app.db)
            let example = try #require(try await ScoringSet.query(on: app.db).filter(\.$exampleKey == "tay-ninh-1563").first())
            let copy = try await ScoringSetStore.copy(
                example.id!, toYear: TestClock.today.year, title: "Bộ của thị xã", issuerUnitID: coordinator.$unit.id,
                actor: .user(coordinator, at: TestClock.now), on: app.db)
            let (_, before, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            let group = try #require(before.groups.first)
            var browser = Browser(app)
            _ = try await browser.login("noivu.huongtra")
            let page = try await browser.get("/cham-diem/bo-tieu-chi/\(copy.id!)")
            #expect(page.body.string.contains("+ Thêm tiêu chí"))
            let form = try await browser.get("/cham-diem/bo-tieu-chi/\(copy.id!)/tieu-chi")
            #expect(form.status == .ok)

            // Points that are not a number: refused, the typed text kept, nothing changed.
            let bad = try await browser.post(
                "/cham-diem/bo-tieu-chi/\(copy.id!)/tieu-chi",
                form: [
                    "ma": "\(group.code).9", "ma_cha": group.code, "noi_dung": "Sơ kết công tác", "diem_toi_da": "năm", "loai": "",
                    "cach_cham": "co_khong"
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Điểm “năm” không hợp lệ"))
            #expect(bad.body.string.contains("Sơ kết công tác"))
            let added = try await browser.post(
                "/cham-diem/bo-tieu-chi/\(copy.id!)/tieu-chi",
                form: [
                    "ma": "\(group.code).9", "ma_cha": group.code, "noi_dung": "Sơ kết công tác", "diem_toi_da": "2,5", "loai": "",
                    "cach_cham": "co_khong"
                ])
            #expect(added.status == .seeOther)
            var (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            let node = try #require(set.nodes.first { $0.code == "\(group.code).9" })
            #expect(node.parentCode == group.code && node.maxPoints == Points(text: "2,5")!)
            // The group no longer adds up: shown on the set's page until fixed.
            #expect(try await browser.get("/cham-diem/bo-tieu-chi/\(copy.id!)").body.string.contains("các mục con cộng lại"))

            let changed = try await browser.post(
                "/cham-diem/bo-tieu-chi/\(copy.id!)/tieu-chi",
                form: [
                    "ma_cu": "\(group.code).9", "ma": "\(group.code).8", "ma_cha": group.code, "noi_dung": "Sơ kết, tổng kết", "diem_toi_da": "2,5",
                    "loai": "", "cach_cham": "muc", "muc": "Tốt=2,5; Đạt=1"
                ])
            #expect(changed.status == .seeOther)
            (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(
                set.nodes.first { $0.code == "\(group.code).8" }?.levels == [ScoreLevel("Tốt", Points(text: "2,5")!), ScoreLevel("Đạt", Points(1))])
            let removed = try await browser.post("/cham-diem/bo-tieu-chi/\(copy.id!)/tieu-chi/xoa", form: ["ma": "\(group.code).8"])
            #expect(removed.status == .seeOther)
            (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(set == before)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "scoring_set").filter(\.$entityID == "\(copy.id!)").all().map(
                \.action)
            #expect(Set(actions).isSuperset(of: ["add_criterion", "update_criterion", "remove_criterion"]))

            // Once a round uses it, the set is frozen: the tree is not editable and a posted change is refused.
            let frozen = try await ScoringSet.find(copy.id!, on: app.db)!
            frozen.frozen = true
            try await frozen.save(on: app.db)
            #expect(!(try await browser.get("/cham-diem/bo-tieu-chi/\(copy.id!)").body.string.contains("+ Thêm tiêu chí")))
            let refused = try await browser.post(
                "/cham-diem/bo-tieu-chi/\(copy.id!)/tieu-chi",
                form: [
                    "ma": "\(group.code).9", "ma_cha": group.code, "noi_dung": "Sơ kết", "diem_toi_da": "1", "loai": "", "cach_cham": "co_khong"
                ])
            #expect(refused.status != .seeOther)
            #expect(refused.body.string.contains("không sửa được"))
            (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(set == before)
        }
    }
}
