import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 18: a regime's reporting units are typed by name, one a line, like every other unit field; codes still work.
@Suite struct RegimeReportersTests {
    @Test func reportersAreTypedByNameAndUnclearNamesAreRefusedWithTheCandidates() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReportTests.regime(app, issuer: "480", reporters: ["19900"])
            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            let path = "/bao-cao/che-do/\(schedule.id!)"
            func reporters() async throws -> Set<String> {
                let rows = try await ReportScheduleReporter.query(on: app.db).filter(\.$schedule.$id == schedule.id!).with(\.$unit).all()
                return Set(rows.map(\.unit.code))
            }

            // The form lists the units by name with their parent, a label that resolves back to the same unit.
            let page = try await coordinator.get(path).body.string
            #expect(page.contains("Phường Tứ Hạ — Thị xã Hương Trà"))
            #expect(!page.contains(#"name="ma""#))

            // A part of a name without diacritics, the label the page shows, and a code, one a line.
            let saved = try await coordinator.post(path + "/don-vi", form: ["don_vi": "tu phap huong tra\nPhường Tứ Hạ — Thị xã Hương Trà\n19901\n"])
            #expect(saved.status == .seeOther)
            #expect(try await reporters() == ["480.PTP", "19900", "19901"])

            // A name that fits several units and one that fits none: nothing changes, the page says which and keeps the text.
            _ = try await coordinator.get(path)
            let typed = "phong\nXã Không Có\nPhường Tứ Hạ"
            let refused = try await coordinator.post(path + "/don-vi", form: ["don_vi": typed])
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(body.contains("khớp với “phong”") && body.contains("Phòng Tư pháp — Thị xã Hương Trà"))
            #expect(body.contains("Không tìm thấy trong phạm vi đơn vị ban hành: “Xã Không Có”"))
            #expect(body.contains("phong\nXã Không Có\nPhường Tứ Hạ</textarea>"))
            #expect(try await reporters() == ["480.PTP", "19900", "19901"])

            // A unit outside the plan's issuer is not found, even by its exact code.
            _ = try await coordinator.get(path)
            #expect(try await coordinator.post(path + "/don-vi", form: ["don_vi": "19800"]).status == .unprocessableEntity)
        }
    }
}
