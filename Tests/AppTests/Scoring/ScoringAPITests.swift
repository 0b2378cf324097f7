import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// /api/v1/scoring-*: stable codes for bad points, nothing half saved, sheets and results in scope only.
@Suite struct ScoringAPITests {
    func call(_ app: Application, _ method: HTTPMethod, _ path: String, token: String, body: String? = nil) async throws -> (HTTPStatus, String) {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.contentType = .json
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            result = (response.status, response.body.string)
        }
        return result
    }

    @Test func selfAssessmentRefusesWithCodesAndSubmits() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await ScoringFlowTests.openRound(app)
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV")
            let bonus = try await ScoringFlowTests.lineID(app, sheet: sheet, code: "T1")
            let first = try await ScoringFlowTests.lineID(app, sheet: sheet, code: "1.1")
            var browser = Browser(app)
            let token = try await browser.apiToken(for: "canbo")
            let path = "/api/v1/scoring-sheets/\(sheet.id!)"
            // One good line and a bonus over its cap: 422 bonus_over_cap, and the good line is not saved either.
            let (status, body) = try await call(
                app, .POST, path + "/self-assessment", token: token,
                body: #"{"lines": [{"line_id": \#(first), "points": "5"}, {"line_id": \#(bonus), "points": "4"}]}"#)
            #expect(status == .unprocessableEntity)
            #expect(body.contains("bonus_over_cap"))
            #expect(try await ScoringLine.find(first, on: app.db)?.selfPoints == nil)
            let (saved, savedBody) = try await call(
                app, .POST, path + "/self-assessment", token: token,
                body: #"{"lines": [{"line_id": \#(first), "points": "5"}, {"line_id": \#(bonus), "points": "3"}]}"#)
            #expect(saved == .ok)
            #expect(savedBody.contains(#""self_total":8"#))
            // Submitting with lines left empty is refused with its code.
            let (refused, refusedBody) = try await call(app, .POST, path + "/self-assessment", token: token, body: #"{"submit": true}"#)
            #expect(refused == .unprocessableEntity)
            #expect(refusedBody.contains("line_not_scored"))
            let (read, readBody) = try await call(app, .GET, path, token: token)
            #expect(read == .ok)
            #expect(readBody.contains(#""code":"4.2""#))
            // The results of the round are for the coordinators and the team, not for the unit's officer.
            #expect(try await call(app, .GET, "/api/v1/scoring-rounds/\(round.id!)/results", token: token).0 == .forbidden)
            var coordinator = Browser(app)
            let coordinatorToken = try await coordinator.apiToken(for: "noivu.huongtra")
            let (results, resultsBody) = try await call(app, .GET, "/api/v1/scoring-rounds/\(round.id!)/results", token: coordinatorToken)
            #expect(results == .ok)
            #expect(resultsBody.contains("Phòng Nội vụ"))
            let (sets, setsBody) = try await call(app, .GET, "/api/v1/scoring-sets", token: coordinatorToken)
            #expect(sets == .ok)
            #expect(setsBody.contains(#""is_example":true"#))
        }
    }
}

/// Criteria sets typed in a spreadsheet: imported whole or not at all, handed out as a template.
@Suite struct ScoringSetImportTests {
    static func multipart(_ fields: [(String, String)], file: String) -> String {
        let boundary = "----DanVanFormBoundary7MA4YWxkTrZu0gW"
        var body = ""
        for (name, value) in fields { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"bo.csv\"\r\nContent-Type: text/csv\r\n\r\n\(file)\r\n"
        return body + "--\(boundary)--\r\n"
    }

    @Test func theExampleTableImportsAndABrokenOneIsRefusedKeepingTheForm() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.login("noivu.huongtra")
            let example = try #require(try await ScoringSet.query(on: app.db).filter(\.$exampleKey == "bac-kan-1878").first())
            let csv = try await browser.get("/cham-diem/bo-tieu-chi/\(example.id!)/tieu-chi.csv")
            #expect(csv.status == .ok)
            let table = csv.body.string
            #expect(table.hasPrefix("ma,ma_cha,noi_dung") || table.hasPrefix("\u{FEFF}ma,ma_cha,noi_dung"))
            let before = try await ScoringSet.query(on: app.db).count()
            _ = try await browser.get("/cham-diem/bo-tieu-chi")
            let csrf = try #require(browser.csrf)
            let fields = [("_csrf", csrf), ("ten", "Bộ tiêu chí Hương Trà"), ("van_ban", "Quyết định số 9/QĐ-UBND"), ("nam", "2027")]
            // Group 1's children no longer add up to 10: refused, the typed title kept, nothing saved.
            let broken = table.replacingOccurrences(
                of: "1.2,1,\"Văn bản, báo cáo kiểm chứng\",5,co_khong", with: "1.2,1,\"Văn bản, báo cáo kiểm chứng\",4,co_khong")
            #expect(broken != table)
            let refused = try await browser.postRaw(
                "/cham-diem/bo-tieu-chi/nhap", body: Self.multipart(fields, file: broken),
                contentType: "multipart/form-data; boundary=----DanVanFormBoundary7MA4YWxkTrZu0gW")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("cộng lại"))
            #expect(refused.body.string.contains("Bộ tiêu chí Hương Trà"))
            #expect(try await ScoringSet.query(on: app.db).count() == before)
            let imported = try await browser.postRaw(
                "/cham-diem/bo-tieu-chi/nhap", body: Self.multipart(fields, file: table),
                contentType: "multipart/form-data; boundary=----DanVanFormBoundary7MA4YWxkTrZu0gW")
            // The table is shown for review first; saved only when confirmed.
            #expect(imported.status == .ok)
            #expect(try await ScoringSet.query(on: app.db).count() == before)
            let confirmed = try await browser.post(
                "/cham-diem/bo-tieu-chi/nhap/xac-nhan",
                form: ScoringSetImportReviewTests.hidden(imported.body.string).filter { $0.key != "_csrf" })
            #expect(confirmed.status == .seeOther)
            let set = try #require(try await ScoringSet.query(on: app.db).filter(\.$title == "Bộ tiêu chí Hương Trà").first())
            #expect(!set.isExample && !set.frozen && set.yearFrom == 2027)
            let (_, loaded, _) = try await ScoringSetStore.load(set.id!, on: app.db)
            #expect(loaded == ExampleCriteriaSets.bacKan.set)
        }
    }
}
