import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 18, item 2: people choose units by name, never by code.
@Suite struct UnitChoiceTests {
    @Test func aUnitIsFoundByPartOfItsNameAndItsParentsWithoutDiacritics() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let province = try await Fixtures.unit("46", on: app)
            func resolved(_ typed: String) async throws -> String? {
                if case .unit(let unit) = try await UnitChoice.resolve(typed, within: province.path, on: app.db) { return unit.code }
                return nil
            }
            #expect(try await resolved("480.PTP") == "480.PTP")
            #expect(try await resolved("tu phap huong tra") == "480.PTP")
            #expect(try await resolved("Phòng Tư pháp — Thị xã Hương Trà") == "480.PTP")
            #expect(try await resolved("phuong tu ha") == "19900")
            guard case .several(let matches) = try await UnitChoice.resolve("phong tu phap", within: province.path, on: app.db) else {
                Issue.record("two districts have a Phòng Tư pháp")
                return
            }
            #expect(Set(matches.map(\.code)) == ["474.PTP", "480.PTP"])
            #expect(UnitChoice.problem(.several(matches), typed: "phong tu phap")?.contains("Phòng Tư pháp — Thị xã Hương Trà") == true)
            // Another province's units are not in the scope, by name or by code.
            #expect(try await resolved("hai chau") == nil)
            #expect(try await resolved("490") == nil)
        }
    }

    @Test func suggestionsAreTheUsersOwnUnitsWithTheirParents() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            let response = try await coordinator.get("/don-vi/goi-y?q=tu%20phap")
            #expect(response.status == .ok)
            let suggestions = try JSONDecoder().decode([[String: String]].self, from: Data(response.body.string.utf8))
            #expect(suggestions.map { $0["label"] } == ["Phòng Tư pháp — Thị xã Hương Trà"])
        }
    }
}
