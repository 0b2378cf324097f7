import Foundation
import Testing
import VaporTesting

@testable import App

/// Nhật ký thay đổi: every audited kind can be named and filtered, and a coordinator reads only their subtree's entries.
@Suite struct AuditLogTests {
    /// The kinds `Audit.record` is called with in the sources, read from the code itself so a new feature cannot forget
    /// to name its kind.
    private static func recordedKinds() throws -> Set<String> {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Sources/App")
        let files = FileManager.default.enumerator(at: sources.standardizedFileURL, includingPropertiesForKeys: nil)!
        let literal = try Regex(#"entity: "([a-z_]+)""#)
        var kinds = Set<String>()
        for case let file as URL in files where file.pathExtension == "swift" && !file.path.contains("/Migrations/") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: literal) { kinds.insert(String(match.output[1].substring!)) }
        }
        return kinds
    }

    @Test func everyAuditedKindIsNamedInVietnameseAndCanBeFiltered() throws {
        let kinds = try Self.recordedKinds()
        #expect(kinds.count > 30, "the scan found the audited kinds")
        #expect(kinds.subtracting(AuditWording.entities).isEmpty, "audited but not in AuditWording.entities")
        for kind in AuditWording.entities {
            #expect(AuditWording.noun(kind) != kind, "no Vietnamese noun for \(kind)")
        }
        let filterable = Set(AuditController.entities.map(\.value))
        #expect(filterable == Set(AuditWording.entities).subtracting(["session"]))
    }

    @Test func aCoordinatorReadsTheirSubtreeAndFiltersByKind() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            for (username, entity) in [("noivu.huongtra", "exemplar"), ("noivu.huongtra", "plan"), ("admin.danang", "exemplar")] {
                let user = try await UserLookup.find(username, on: app.db)
                try await Audit.record(
                    on: app.db, actor: .user(user, at: TestClock.now), entity: entity, id: "1", action: "create",
                    before: String?.none, after: ["title": "Mục của \(username)"])
            }
            /// How many of the page's entries were made by `username` (each row shows who acted under its sentence).
            func entries(by username: String, in page: String) -> Int { page.components(separatedBy: ">\(username)</small>").count - 1 }
            var town = Browser(app)
            try await town.login("noivu.huongtra")
            let own = try await town.get("/nhat-ky").body.string
            #expect(entries(by: "noivu.huongtra", in: own) == 2 && entries(by: "admin.danang", in: own) == 0)
            #expect(own.contains(#"<option value="exemplar""#) && own.contains(#"<option value="supervised_project""#))

            var province = Browser(app)
            try await province.login("noivu.hue")
            let all = try await province.get("/nhat-ky").body.string
            #expect(entries(by: "noivu.huongtra", in: all) == 2)
            #expect(entries(by: "admin.danang", in: all) == 0, "Đà Nẵng's entries stay outside Thừa Thiên Huế")
            let exemplars = try await province.get("/nhat-ky?doi-tuong=exemplar").body.string
            #expect(entries(by: "noivu.huongtra", in: exemplars) == 1)

            var danang = Browser(app)
            try await danang.login("admin.danang")
            let theirs = try await danang.get("/nhat-ky?doi-tuong=exemplar").body.string
            #expect(entries(by: "admin.danang", in: theirs) == 1 && entries(by: "noivu.huongtra", in: theirs) == 0)
        }
    }
}
