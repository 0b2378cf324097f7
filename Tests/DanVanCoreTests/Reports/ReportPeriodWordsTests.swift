import DanVanCore
import Testing

/// Periods and due rules read as people write them, and shown in their words (issue 18, item 3).
@Suite struct ReportPeriodWordsTests {
    @Test func periodsAreReadFromWhatPeopleType() {
        #expect(ReportPeriod(typed: "6 tháng") == .semiannual)
        #expect(ReportPeriod(typed: "sau thang") == .semiannual)
        #expect(ReportPeriod(typed: "Hằng quý") == .quarterly)
        #expect(ReportPeriod(typed: "hang nam") == .annual)
        #expect(ReportPeriod(typed: "Hằng tháng") == .monthly)
        #expect(ReportPeriod(typed: "Đột xuất") == .adhoc)
        #expect(ReportPeriod(typed: "semiannual") == .semiannual)
        #expect(ReportPeriod(typed: "thỉnh thoảng") == nil)
        #expect(ReportPeriod.allCases.map(\.label) == ["Hằng tháng", "Hằng quý", "6 tháng", "Hằng năm", "Đột xuất"])
        #expect(ReportPeriod.allCases.allSatisfy { ReportPeriod(typed: $0.label) == $0 })
    }

    @Test func dueRulesAreReadAndShownInWords() {
        #expect(DueRule(typed: "ngày 20 tháng 5") == .dayOfYear(month: 5, day: 20))
        #expect(DueRule(typed: "20/5") == .dayOfYear(month: 5, day: 20))
        #expect(DueRule(typed: "ngày 15 hằng tháng") == .dayOfMonth(15))
        #expect(DueRule(typed: "15") == .dayOfMonth(15))
        #expect(DueRule(typed: "ngay 20 thang cuoi quy") == .dayOfQuarterMonth(day: 20, monthOfQuarter: 3))
        #expect(DueRule(typed: "day_of_year:11:20") == .dayOfYear(month: 11, day: 20))
        #expect(DueRule(typed: "ngày 40 tháng 5") == nil)
        #expect(DueRule(typed: "ngày 20 tháng 13") == nil)
        #expect(DueRule(typed: "khi có yêu cầu") == nil)
        #expect(DueRule.dayOfYear(month: 5, day: 20).label == "ngày 20 tháng 5")
        #expect(DueRule.dayOfQuarterMonth(day: 20, monthOfQuarter: 3).label == "ngày 20 tháng cuối quý")
        for rule in [DueRule.dayOfMonth(15), .dayOfQuarterMonth(day: 10, monthOfQuarter: 3), .dayOfYear(month: 11, day: 20)] {
            #expect(DueRule(typed: rule.label) == rule)
            #expect(DueRule(typed: rule.stored) == rule)
        }
    }
}
