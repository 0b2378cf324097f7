import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 15, item 6: a criteria set imported through the API (a draft to review, then saved) and its tree and bands
/// edited while no round uses it — the same readers, rules and codes as the pages.
@Suite struct ScoringSetAPITests {
    static let boundary = "----DanVanAPIBoundary"

    static func upload(_ app: Application, token: String, fields: [(String, String)], file: Data, name: String) async throws -> (HTTPStatus, String) {
        var body = ByteBuffer()
        for (key, value) in fields { body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n") }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, "/api/v1/scoring-sets/import", headers: headers, body: body) {
            result = ($0.status, $0.body.string)
        }
        return result
    }

    static func call(_ app: Application, _ method: HTTPMethod, _ path: String, token: String, body: String? = nil) async throws -> (
        HTTPStatus, String
    ) {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.contentType = .json
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            result = (response.status, response.body.string)
        }
        return result
    }

    static let fields = [("title", "Bộ tiêu chí Hương Trà"), ("decision", "Quyết định số 9/QĐ-UBND"), ("year", "2027")]

    @Test func anImportIsADraftUntilSavedAndABadFileGivesItsCodeAndLine() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            let token = try await browser.apiToken(for: "noivu.huongtra")
            let table = CriteriaSetCSV.csvData(ExampleCriteriaSets.bacKan.set)
            let before = try await ScoringSet.query(on: app.db).count()

            // The file read into a draft: nothing saved yet.
            let (status, body) = try await Self.upload(app, token: token, fields: Self.fields, file: table, name: "bo.csv")
            #expect(status == .ok, "\(body)")
            #expect(body.contains(#""can_save":true"#))
            #expect(body.contains(#""problems":[]"#))
            #expect(try await ScoringSet.query(on: app.db).count() == before)
            struct Draft: Decodable { let table: String }
            let draft = try JSONDecoder().decode(Draft.self, from: Data(body.utf8))

            // A row that does not read: listed with its code and line; what reads is still shown.
            let text = String(decoding: table, as: UTF8.self)
            let broken = text.replacingOccurrences(of: "1.2,1,\"Văn bản, báo cáo kiểm chứng\",5,", with: "1.2,1,\"Văn bản, báo cáo kiểm chứng\",năm,")
            #expect(broken != text)
            let (badStatus, badBody) = try await Self.upload(app, token: token, fields: Self.fields, file: Data(broken.utf8), name: "bo.csv")
            #expect(badStatus == .ok)
            #expect(badBody.contains(#""can_save":false"#))
            // The file's own line number (the header is line 1; "\r\n" is one Character).
            let brokenAt = try #require(broken.range(of: ",năm,"))
            let brokenLine = broken[..<brokenAt.lowerBound].filter { $0 == "\r\n" || $0 == "\n" }.count + 1
            #expect(brokenLine == 4)
            #expect(badBody.contains(#""code":"invalid_row","line":\#(brokenLine)"#), "\(badBody)")
            struct BadDraft: Decodable { let table: String }
            let badTable = try JSONDecoder().decode(BadDraft.self, from: Data(badBody.utf8)).table
            // Saving what was read anyway is refused: the group no longer adds up; nothing saved.
            let (refused, refusedBody) = try await Self.call(
                app, .POST, "/api/v1/scoring-sets", token: token,
                body: #"{"title": "Bộ lỗi", "decision": "QĐ 1", "year_from": 2027, "table": "\#(badTable)"}"#)
            #expect(refused == .unprocessableEntity)
            #expect(refusedBody.contains("set_has_problems"))
            // A file that holds no criteria table at all: 422 with its code.
            let (pdf, pdfBody) = try await Self.upload(app, token: token, fields: Self.fields, file: Data("%PDF-1.4".utf8), name: "bo.pdf")
            #expect(pdf == .unprocessableEntity)
            #expect(pdfBody.contains("import_unsupported_type"))
            let (noTitle, noTitleBody) = try await Self.upload(
                app, token: token, fields: [("decision", "QĐ 9"), ("year", "2027")], file: table, name: "bo.csv")
            #expect(noTitle == .unprocessableEntity && noTitleBody.contains("missing_title"))
            #expect(try await ScoringSet.query(on: app.db).count() == before)

            // Confirmed: saved whole for the caller's unit, audited.
            let (created, createdBody) = try await Self.call(
                app, .POST, "/api/v1/scoring-sets", token: token,
                body: #"{"title": "Bộ tiêu chí Hương Trà", "decision": "Quyết định số 9/QĐ-UBND", "year_from": 2027, "table": "\#(draft.table)"}"#)
            #expect(created == .created, "\(createdBody)")
            let set = try #require(try await ScoringSet.query(on: app.db).filter(\.$title == "Bộ tiêu chí Hương Trà").first())
            let town = try await Fixtures.unit("480", on: app)
            #expect(set.$issuer.id == town.id && !set.frozen && !set.isExample && set.yearFrom == 2027)
            let (_, loaded, _) = try await ScoringSetStore.load(set.id!, on: app.db)
            #expect(loaded == ExampleCriteriaSets.bacKan.set)
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$entity == "scoring_set").filter(\.$entityID == "\(set.id!)")
                    .filter(\.$action == "create").count() == 1)

            // A unit's officer does not import sets.
            var officer = Browser(app)
            let officerToken = try await officer.apiToken(for: "canbo")
            #expect(try await Self.upload(app, token: officerToken, fields: Self.fields, file: table, name: "bo.csv").0 == .forbidden)
        }
    }

    /// The sets page links to its import form (below the list), and the form without a file names the three formats.
    @Test func theSetsPageLinksToItsImportForm() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let page = try await coordinator.get("/cham-diem/bo-tieu-chi").body.string
            #expect(page.contains("href=\"#nhap-bo-tieu-chi\"") && page.contains("id=\"nhap-bo-tieu-chi\""))
            #expect(page.contains("Nhập bộ tiêu chí</a>"))
            let empty = try await coordinator.postMultipart(
                "/cham-diem/bo-tieu-chi/nhap", fields: [("ten", "Bộ A"), ("van_ban", "QĐ 1"), ("nam", "2027")], fileField: "tep")
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Vui lòng chọn tệp bảng tiêu chí (.csv, .xlsx hoặc .docx)."))
            var officer = Browser(app)
            _ = try await officer.login("canbo")
            #expect(!(try await officer.get("/cham-diem/bo-tieu-chi").body.string.contains("#nhap-bo-tieu-chi")))
        }
    }

    @Test func theTreeAndBandsAreEditedUntilARoundFreezesTheSet() async throws {
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
            let token = try await browser.apiToken(for: "noivu.huongtra")
            let path = "/api/v1/scoring-sets/\(copy.id!)"

            // A scale with an unknown way of scoring: its code, nothing changed.
            let (badKind, badKindBody) = try await Self.call(
                app, .POST, path + "/criteria", token: token,
                body: #"{"code": "\#(group.code).9", "parent_code": "\#(group.code)", "text": "Sơ kết", "max_points": 2, "kind": "sao"}"#)
            #expect(badKind == .unprocessableEntity && badKindBody.contains("invalid_kind"))
            let (above, aboveBody) = try await Self.call(
                app, .POST, path + "/criteria", token: token,
                body: #"""
                    {"code": "\#(group.code).9", "parent_code": "\#(group.code)", "text": "Sơ kết", "max_points": "2,5", "kind": "muc",
                     "levels": [{"label": "Tốt", "points": 3}]}
                    """#)
            #expect(above == .unprocessableEntity && aboveBody.contains("level_above_max"))
            let (added, addedBody) = try await Self.call(
                app, .POST, path + "/criteria", token: token,
                body: #"""
                    {"code": "\#(group.code).9", "parent_code": "\#(group.code)", "text": "Sơ kết công tác", "max_points": "2,5", "kind": "muc",
                     "levels": [{"label": "Tốt", "points": 2.5}, {"label": "Đạt", "points": "1"}]}
                    """#)
            #expect(added == .created, "\(addedBody)")
            #expect(addedBody.contains(#""levels":[{"label":"Tốt","points":2.5},{"label":"Đạt","points":1}]"#))
            var (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(set.nodes.first { $0.code == "\(group.code).9" }?.parentCode == group.code)

            let (changed, changedBody) = try await Self.call(
                app, .PUT, path + "/criteria/\(group.code).9", token: token,
                body: #"{"code": "\#(group.code).8", "parent_code": "\#(group.code)", "text": "Sơ kết, tổng kết", "max_points": 2.5}"#)
            #expect(changed == .ok, "\(changedBody)")
            (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(set.nodes.first { $0.code == "\(group.code).8" }?.kind == .yesNo)
            #expect(!set.nodes.contains { $0.code == "\(group.code).9" })
            // A group with criteria under it is not removed.
            let (hasChildren, hasChildrenBody) = try await Self.call(app, .DELETE, path + "/criteria/\(group.code)", token: token)
            #expect(hasChildren == .unprocessableEntity && hasChildrenBody.contains("has_children"))
            #expect(try await Self.call(app, .DELETE, path + "/criteria/X.404", token: token).0 == .notFound)
            let (removed, _) = try await Self.call(app, .DELETE, path + "/criteria/\(group.code).8", token: token)
            #expect(removed == .ok)
            (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(set == before)

            // Bands: two with the same label are refused; a good list replaces them with the caps.
            let (duplicate, duplicateBody) = try await Self.call(
                app, .PUT, path + "/bands", token: token,
                body: #"{"bands": [{"label": "Tốt", "minimum": 80}, {"label": "tốt", "minimum": 50}]}"#)
            #expect(duplicate == .unprocessableEntity && duplicateBody.contains("duplicate_band"))
            let (banded, bandedBody) = try await Self.call(
                app, .PUT, path + "/bands", token: token,
                body: #"""
                    {"bands": [{"label": "Khá", "minimum": 65}, {"label": "Tốt", "minimum": "85", "minimum_group_percent": 50},
                     {"label": "Yếu", "minimum": 0}], "bonus_cap": 4}
                    """#)
            #expect(banded == .ok, "\(bandedBody)")
            (_, set, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(set.bands.map(\.label) == ["Tốt", "Khá", "Yếu"])
            #expect(set.bands.first?.minimumGroupPercent == 50 && set.bonusCap == Points(4) && set.deductionCap == before.deductionCap)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "scoring_set").filter(\.$entityID == "\(copy.id!)").all()
                .map(\.action)
            #expect(Set(actions).isSuperset(of: ["add_criterion", "update_criterion", "remove_criterion", "update"]))

            // Another province's set: outside the caller's scope.
            let elsewhere = try await ScoringSetStore.copy(
                example.id!, toYear: TestClock.today.year, title: "Bộ của Đà Nẵng", issuerUnitID: try await Fixtures.unit("48", on: app).id!,
                actor: .user(coordinator, at: TestClock.now), on: app.db)
            let (outside, outsideBody) = try await Self.call(
                app, .PUT, "/api/v1/scoring-sets/\(elsewhere.id!)/bands", token: token, body: #"{"bands": [{"label": "Tốt", "minimum": 80}]}"#)
            #expect(outside == .forbidden && outsideBody.contains("outside_scope"))
            // An example set is copied, not edited.
            let (sample, sampleBody) = try await Self.call(app, .DELETE, "/api/v1/scoring-sets/\(example.id!)/criteria/\(group.code)", token: token)
            #expect(sample == .unprocessableEntity && sampleBody.contains("set_is_example"))

            // Once a round uses the set it is frozen: every edit refused with set_frozen, nothing changed.
            let frozen = try #require(try await ScoringSet.find(copy.id!, on: app.db))
            frozen.frozen = true
            try await frozen.save(on: app.db)
            let (refused, refusedBody) = try await Self.call(
                app, .POST, path + "/criteria", token: token,
                body: #"{"code": "\#(group.code).9", "parent_code": "\#(group.code)", "text": "Sơ kết", "max_points": 1}"#)
            #expect(refused == .unprocessableEntity && refusedBody.contains("set_frozen"))
            let (refusedBands, refusedBandsBody) = try await Self.call(
                app, .PUT, path + "/bands", token: token, body: #"{"bands": [{"label": "Tốt", "minimum": 80}]}"#)
            #expect(refusedBands == .unprocessableEntity && refusedBandsBody.contains("set_frozen"))
            let (_, after, _) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(after == set)
        }
    }
}
