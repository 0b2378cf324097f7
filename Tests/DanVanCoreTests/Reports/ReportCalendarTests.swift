import Testing

@testable import DanVanCore

@Suite struct ReportCalendarTests {
    let calendar = ReportCalendar(workingCalendar: .vietnamDefault)

    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func monthlyReportsFollowTheDecree09Window() throws {
        // Tuyên Quang: "báo cáo tháng chậm nhất ngày 15 hằng tháng".
        let months = try calendar.periods(of: .monthly, rule: .dayOfMonth(15), year: 2024)
        #expect(months.count == 12)
        #expect(months[0].key == "2024-T01")
        #expect(months[0].label == "Tháng 1/2024")
        #expect(months[0].cutoffStart == date("2023-12-15"))
        #expect(months[0].cutoffEnd == date("2024-01-14"))
        #expect(months[0].due == date("2024-01-15"))
        // 15/06/2024 is a Saturday: the due date moves to Monday 17/06 and the period says why.
        #expect(months[5].due == date("2024-06-17"))
        #expect(months[5].note?.contains("15/06/2024 là ngày nghỉ") == true)
    }

    @Test func quarterlyRuleNamesAMonthOfTheQuarter() throws {
        // "báo cáo quý trước 20 tháng cuối quý".
        let quarters = try calendar.periods(of: .quarterly, rule: .dayOfQuarterMonth(day: 20, monthOfQuarter: 3), year: 2024)
        #expect(quarters.map(\.due) == [date("2024-03-20"), date("2024-06-20"), date("2024-09-20"), date("2024-12-20")])
        #expect(quarters[1].label == "Quý II/2024")
        #expect(quarters[1].cutoffStart == date("2024-03-15"))
        #expect(quarters[1].cutoffEnd == date("2024-06-14"))
    }

    @Test func dueBeforeTheWindowEndsShortensTheWindowAndSaysSo() throws {
        // Hương Trà: 6-month report due 20/5, before the decree's 14/6 cut-off.
        let half = try calendar.periods(of: .semiannual, rule: .dayOfYear(month: 5, day: 20), year: 2025)
        #expect(half.count == 1)
        #expect(half[0].key == "2025-6T")
        #expect(half[0].cutoffStart == date("2024-12-15"))
        #expect(half[0].due == date("2025-05-20"))
        #expect(half[0].cutoffEnd == date("2025-05-19"))
        #expect(half[0].note?.contains("chốt đến 19/05/2025") == true)
    }

    @Test func dayThirtyOneInAShortMonthTakesTheLastDay() throws {
        let months = try ReportCalendar(dayOffPolicy: .keep, workingCalendar: .vietnamDefault).periods(
            of: .monthly, rule: .dayOfMonth(31), year: 2026)
        #expect(months[3].due == date("2026-04-30"))
        #expect(months[3].note?.contains("không có ngày 31") == true)
        #expect(months[1].due == date("2026-02-28"))
        #expect(months[0].note == nil)
    }

    @Test func previousWorkingDayPolicyMovesBackOverHolidays() throws {
        // 02/09/2025 is Quốc khánh and 01/09 too: back to Friday 29/08.
        let policy = ReportCalendar(dayOffPolicy: .previous, workingCalendar: .vietnamDefault)
        let months = try policy.periods(of: .monthly, rule: .dayOfMonth(2), year: 2025)
        #expect(months[8].due == date("2025-08-29"))
        let holidays = ReportCalendar(dayOffPolicy: .next, workingCalendar: WorkingCalendar(holidays: []))
        #expect(try holidays.periods(of: .monthly, rule: .dayOfMonth(2), year: 2025)[8].due == date("2025-09-02"))
    }

    @Test func calendarMonthsWhenCutoffDayIsOne() throws {
        let year = try ReportCalendar(cutoffDay: 1, workingCalendar: .vietnamDefault).periods(
            of: .annual, rule: .dayOfYear(month: 12, day: 10), year: 2024)
        #expect(year[0].cutoffStart == date("2024-01-01"))
        // The window would end 31/12, after the 10/12 deadline: it ends the day before.
        #expect(year[0].cutoffEnd == date("2024-12-09"))
        #expect(year[0].key == "2024-N")
    }

    @Test func rulesThatCannotYieldADateAreRefused() {
        #expect(throws: ReportCalendar.Problem.noDueRule) { try calendar.periods(of: .annual, rule: nil, year: 2024) }
        #expect(throws: ReportCalendar.Problem.adhoc) { try calendar.periods(of: .adhoc, rule: .dayOfMonth(5), year: 2024) }
        #expect(throws: ReportCalendar.Problem.ruleDoesNotFit(.monthly, .dayOfYear(month: 5, day: 20))) {
            try calendar.periods(of: .monthly, rule: .dayOfYear(month: 5, day: 20), year: 2024)
        }
        #expect(throws: ReportCalendar.Problem.cutoffDayOutOfRange(30)) {
            try ReportCalendar(cutoffDay: 30, workingCalendar: .vietnamDefault).periods(of: .monthly, rule: .dayOfMonth(5), year: 2024)
        }
    }
}

@Suite struct ReportFiguresTests {
    @Test func typedFiguresReadBackUnchanged() {
        for value in [0, 7, 1250, 1234.567, 12.5, 96.25] {
            #expect(ReportFigures.number(ReportFigures.typed(value)) == value)
        }
        #expect(ReportFigures.typed(1250) == "1250")
        #expect(ReportFigures.typed(1234.567) == "1234,567")
        #expect(ReportFigures.number("1.250") == 1250)
        #expect(ReportFigures.format(1234.5) == "1.234,5")
    }
}
