import DanVanCore
import Foundation
import Testing

@testable import App

/// Issue 18, item 3: no machine words or broken letters on the plan review page.
@Suite struct PlanReviewWordsTests {
    @Test func snippetsAreCutOnWholeLetters() {
        let text = String(repeating: "Ủy ban nhân dân thị xã Hương Trà ", count: 20)
        for start in 0..<80 {
            let snippet = PlanReviewBuilder.snippet(text, TextSpan(start: start + 100, end: start + 130))
            #expect(!snippet.contains("\u{FFFD}"), "cut inside a letter at \(start)")
        }
    }

    @Test func regimesAreReviewedInWordsAndTypedBackInWords() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            _ = try await coordinator.get("/ke-hoach/moi")
            let created = try await coordinator.post(
                "/ke-hoach/tao",
                form: [
                    "issuer": "480", "number": "31/KH-UBND", "issuedOn": "05/01/2026", "year": "2026", "title": "Kế hoạch chế độ báo cáo",
                    "purposes": "", "status": "ban_hanh", "parentPlanID": "",
                    "reports[0][include]": "1", "reports[0][period]": "6 tháng", "reports[0][dueRule]": "ngày 20 tháng 5",
                    "reports[0][dueText]": "", "reports[0][reporters]": "", "reports[0][receiver]": ""
                ])
            #expect(created.status == .seeOther)
            let schedule = try #require(try await ReportSchedule.query(on: app.db).first())
            #expect(schedule.period == "semiannual" && schedule.dueRule == "day_of_year:5:20")
            let refused = try await coordinator.post(
                "/ke-hoach/tao",
                form: [
                    "issuer": "480", "number": "32/KH-UBND", "issuedOn": "05/01/2026", "year": "2026", "title": "Kế hoạch sai",
                    "purposes": "", "status": "ban_hanh", "parentPlanID": "",
                    "reports[0][include]": "1", "reports[0][period]": "thỉnh thoảng", "reports[0][dueRule]": "",
                    "reports[0][dueText]": "", "reports[0][reporters]": "", "reports[0][receiver]": ""
                ])
            #expect(refused.body.string.contains("kỳ “thỉnh thoảng” không rõ"))
        }
    }
}
