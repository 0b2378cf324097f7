import Foundation
import Testing

@testable import App

/// The API's field names are the ones openapi.json promises.
@Suite struct JSONCodingTests {
    @Test func aRegimeSendsReporterUnitIDsAsTheDocumentSays() throws {
        let regime = APIReportController.RegimeDTO(
            id: 1, planID: 2, period: "monthly", dueRule: "day_of_month:15", cutoffDay: 14, dayOffPolicy: "keep",
            receiverUnitID: 3, templateID: 4, reporterUnitIDs: [5, 6])
        let json = try #require(try JSONSerialization.jsonObject(with: JSONCoding.encoder.encode(regime)) as? [String: Any])
        #expect(
            Set(json.keys) == [
                "id", "plan_id", "period", "due_rule", "cutoff_day", "day_off_policy", "receiver_unit_id", "template_id",
                "reporter_unit_ids"
            ])
        let document = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("openapi.json"), encoding: .utf8)
        #expect(document.contains("\"reporter_unit_ids\""))
    }

    @Test(arguments: [
        ("planID", "plan_id"), ("unitIDs", "unit_ids"), ("reporterUnitIDs", "reporter_unit_ids"), ("URLString", "url_string"),
        ("cutoffDay", "cutoff_day"), ("id", "id"), ("isAnonymous", "is_anonymous"), ("IDsCount", "ids_count")
    ])
    func namesBecomeSnakeCase(swift: String, wire: String) {
        #expect(JSONCoding.snakeCase(swift) == wire)
    }

    @Test func pluralIDsAreReadBack() throws {
        struct Input: Decodable { let reporterUnitIDs: [Int] }
        let input = try JSONCoding.decoder.decode(Input.self, from: Data(#"{"reporter_unit_ids":[7]}"#.utf8))
        #expect(input.reporterUnitIDs == [7])
    }
}
