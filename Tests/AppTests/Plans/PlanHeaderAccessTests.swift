import Fluent
import Testing
import Vapor

@testable import App

/// Who may change a plan's header, and which plans it may be said to implement.
@Suite struct PlanHeaderAccessTests {
    @Test func aUnitOfficerOrInspectorCannotEditAPlanHeader() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            _ = try await UserService.create(
                .init(username: "thanhtra", fullName: "Thanh tra", role: .inspector, unitCode: "480", password: Fixtures.password),
                actor: .commandLine(at: TestClock.now), scopePath: nil, hasher: app.password.async, on: app.db)
            let unit = try await Fixtures.unit("480.PNV", on: app)
            let plan = Plan(
                unitID: unit.id!, number: "3/KH-PNV", year: 2026, issuedOn: "2026-01-05", title: "Kế hoạch phòng", purposes: "", status: .issued)
            try await plan.create(on: app.db)
            for username in ["canbo", "thanhtra"] {
                var browser = Browser(app)
                try await browser.login(username)
                #expect(try await browser.get("/ke-hoach/\(plan.id!)/sua").status == .forbidden, "\(username)")
                _ = try await browser.get("/ke-hoach/\(plan.id!)")
                let post = try await browser.post(
                    "/ke-hoach/\(plan.id!)/sua",
                    form: [
                        "number": "3/KH-PNV", "issuedOn": "05/01/2026", "year": "2026",
                        "title": "Đổi tên", "purposes": "", "status": "ban_hanh"
                    ])
                #expect(post.status == .forbidden, "\(username)")
            }
            #expect(try await Plan.find(plan.id, on: app.db)?.title == "Kế hoạch phòng")
        }
    }

    @Test func theParentChoiceStaysInTheUsersProvince() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let hue = try await Fixtures.unit("46", on: app)
            let danang = try await Fixtures.unit("48", on: app)
            let own = Plan(
                unitID: hue.id!, number: "1/KH-UBND", year: 2026, issuedOn: "2026-01-05", title: "Kế hoạch tỉnh Huế", purposes: "", status: .issued)
            let other = Plan(
                unitID: danang.id!, number: "2/KH-UBND", year: 2026, issuedOn: "2026-01-05", title: "Kế hoạch Đà Nẵng", purposes: "", status: .issued)
            let draft = Plan(
                unitID: danang.id!, number: nil, year: 2026, issuedOn: nil, title: "Dự thảo mật của Đà Nẵng", purposes: "", status: .draft)
            for plan in [own, other, draft] { try await plan.create(on: app.db) }

            var town = Browser(app)
            try await town.login("noivu.huongtra")
            let form = try await town.get("/ke-hoach/moi").body.string
            #expect(form.contains("Kế hoạch tỉnh Huế"))
            #expect(!form.contains("Kế hoạch Đà Nẵng") && !form.contains("Dự thảo mật"))

            for foreign in [other, draft] {
                let refused = try await town.post(
                    "/ke-hoach/tao",
                    form: [
                        "issuer": "480", "number": "9/KH-UBND", "issuedOn": "05/02/2026", "year": "2026",
                        "title": "Kế hoạch thị xã", "status": "ban_hanh", "parentPlanID": String(foreign.id!)
                    ])
                #expect(refused.status == .unprocessableEntity)
                #expect(!refused.body.string.contains(foreign.title))
            }
            #expect(try await Plan.query(on: app.db).filter(\.$number == "9/KH-UBND").count() == 0)
            let accepted = try await town.post(
                "/ke-hoach/tao",
                form: [
                    "issuer": "480", "number": "9/KH-UBND", "issuedOn": "05/02/2026", "year": "2026",
                    "title": "Kế hoạch thị xã", "status": "ban_hanh", "parentPlanID": String(own.id!)
                ])
            #expect(accepted.status == .seeOther)
        }
    }
}
