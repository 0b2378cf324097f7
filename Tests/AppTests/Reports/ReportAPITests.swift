import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct ReportAPITests {
    private func headers(_ token: String) -> HTTPHeaders {
        ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
    }

    private func json(_ response: TestingHTTPResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]) ?? [:]
    }

    private func figures(_ values: [String: Double]) -> String {
        let all = DefaultReportTemplate.indicators.filter(\.isEntered).map { indicator in
            #"{"code":"\#(indicator.code)","value":\#(values[indicator.code] ?? 2)}"#
        }
        return "[" + all.joined(separator: ",") + "]"
    }

    @Test func submitReviewAndConsolidateThroughTheAPI() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReportTests.regime(app, issuer: "480", reporters: ["480.PNV"])
            var officerBrowser = Browser(app)
            let officer = try await officerBrowser.apiToken(for: "canbo")
            var reviewerBrowser = Browser(app)
            let reviewer = try await reviewerBrowser.apiToken(for: "noivu.huongtra")

            try await app.testing().test(
                .POST, "/api/v1/report-regimes/\(schedule.id!)/calendar", headers: headers(officer), body: ByteBuffer(string: #"{"year":2026}"#)
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await app.testing().test(
                .POST, "/api/v1/report-regimes/\(schedule.id!)/calendar", headers: headers(reviewer), body: ByteBuffer(string: #"{"year":2026}"#)
            ) { response in
                #expect(response.status == .created)
                #expect(json(response)["created"] as? Int == 12)
            }
            let request = try await ReportTests.request(app, schedule, unit: "480.PNV", period: "2026-T04")
            let path = "/api/v1/report-requests/\(request.id!)"

            try await app.testing().test(
                .POST, path + "/submissions", headers: headers(officer),
                body: ByteBuffer(string: #"{"submit":true,"figures":\#(figures(["tt_cuoc": -1, "hs_nhan": 10, "hs_dung_han": 11]))}"#)
            ) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(#""code":"invalid_figures""#))
                #expect(response.body.string.contains("tt_cuoc"))
                #expect(response.body.string.contains("hs_dung_han"))
            }
            #expect(try await ReportVersion.query(on: app.db).count() == 0)
            try await app.testing().test(
                .POST, path + "/submissions", headers: headers(officer),
                body: ByteBuffer(string: #"{"submit":true,"version_stamp":"","figures":\#(figures(["hs_nhan": 1234.5, "hs_dung_han": 1200]))}"#)
            ) { response in
                #expect(response.status == .created)
                let body = json(response)
                #expect((body["request"] as? [String: Any])?["status"] as? String == "cho_duyet")
                let received = (body["figures"] as? [[String: Any]])?.first { $0["code"] as? String == "hs_nhan" }?["value"] as? Double
                #expect(received == 1234.5)
            }
            try await app.testing().test(
                .POST, path + "/reviews", headers: headers(reviewer), body: ByteBuffer(string: #"{"decision":"return","reason":""}"#)
            ) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(#""code":"reason_required""#))
            }
            try await app.testing().test(.POST, path + "/reviews", headers: headers(officer), body: ByteBuffer(string: #"{"decision":"accept"}"#)) {
                response in
                #expect(response.status == .forbidden)
            }
            try await app.testing().test(.POST, path + "/reviews", headers: headers(reviewer), body: ByteBuffer(string: #"{"decision":"accept"}"#)) {
                response in
                #expect(response.status == .ok)
            }
            try await app.testing().test(.POST, path + "/reviews", headers: headers(reviewer), body: ByteBuffer(string: #"{"decision":"accept"}"#)) {
                response in
                #expect(response.status == .conflict)
                #expect(response.body.string.contains(#""code":"not_under_review""#))
            }
            try await app.testing().test(
                .POST, path + "/submissions", headers: headers(officer),
                body: ByteBuffer(string: #"{"submit":true,"figures":\#(figures([:]))}"#)
            ) { response in
                #expect(response.status == .conflict)
                #expect(response.body.string.contains(#""code":"report_locked""#))
            }
            try await app.testing().test(.GET, "/api/v1/report-regimes/\(schedule.id!)/consolidation?period=2026-T04", headers: headers(reviewer)) {
                response in
                #expect(response.status == .ok)
                let body = json(response)
                #expect(body["accepted"] as? Int == 1)
                let rate = (body["figures"] as? [[String: Any]])?.first { $0["code"] as? String == "hs_ty_le" }?["value"] as? Double
                #expect(abs((rate ?? 0) - 1200 / 1234.5 * 100) < 0.001)
            }
            try await app.testing().test(.GET, "/api/v1/report-requests?status=da_chap_nhan", headers: headers(officer)) { response in
                #expect(json(response)["total"] as? Int == 1)
            }
            // Regimes of plans above the caller are visible; another province sees none of them.
            try await app.testing().test(.GET, "/api/v1/report-regimes", headers: headers(officer)) { response in
                #expect(((json(response)["items"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int } == [schedule.id!])
            }
            var outsiderBrowser = Browser(app)
            let outsider = try await outsiderBrowser.apiToken(for: "admin.danang")
            try await app.testing().test(.GET, "/api/v1/report-regimes", headers: headers(outsider)) { response in
                #expect(json(response)["total"] as? Int == 0)
            }
        }
    }
}
