import Testing

@testable import DanVanCore

@Suite struct StatutoryHolidaysTests {
    let rules = StatutoryHolidays.standard

    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    func off(_ year: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: rules.daysOff(in: year).map { ($0.date.iso, $0.name) })
    }

    @Test func theLawNamesElevenDays() {
        let legal = rules.legalDays(in: 2027)
        #expect(legal.count == 11)
        #expect(
            legal.filter { $0.name == "Tết Nguyên đán" }.map(\.date.iso)
                == ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"])
        #expect(legal.contains(.init(date: date("2027-04-16"), name: "Giỗ Tổ Hùng Vương")))
    }

    @Test func tet2027OnAWeekendIsMadeUpAfterTheFiveDays() {
        // Mùng 1 Đinh Mùi is Saturday 06/02/2027: Saturday and Sunday are made up on Wednesday and Thursday.
        let days = off(2027)
        #expect(days["2027-02-05"] == "Tết Nguyên đán")
        #expect(days["2027-02-08"] == "Tết Nguyên đán" && days["2027-02-09"] == "Tết Nguyên đán")
        #expect(days["2027-02-10"] == "Tết Nguyên đán (nghỉ bù)" && days["2027-02-11"] == "Tết Nguyên đán (nghỉ bù)")
        #expect(days["2027-02-06"] == nil && days["2027-02-12"] == nil)
        // 01/05/2027 is a Saturday; 02/09/2027 a Thursday, so the adjacent day is Friday 03/09.
        #expect(days["2027-05-03"] == "Quốc tế Lao động (nghỉ bù)")
        #expect(days["2027-09-02"] == "Quốc khánh" && days["2027-09-03"] == "Quốc khánh")
        #expect(days.count == 11)
    }

    @Test func aRunOfWeekendHolidaysIsMadeUpDayAfterDay() {
        // 2023: Giỗ Tổ on Saturday 29/04 and 30/04 on Sunday, 01/05 on Monday: made up on 02/05 and 03/05, as the
        // Government's notice did; 01/01 on a Sunday made up on 02/01; 02/09 on a Saturday made up on 04/09.
        let days = off(2023)
        #expect(days["2023-05-01"] == "Quốc tế Lao động")
        #expect(days["2023-05-02"] == "Giỗ Tổ Hùng Vương (nghỉ bù)" && days["2023-05-03"] == "Ngày Chiến thắng (nghỉ bù)")
        #expect(days["2023-01-02"] == "Tết Dương lịch (nghỉ bù)")
        #expect(days["2023-09-01"] == "Quốc khánh" && days["2023-09-04"] == "Quốc khánh (nghỉ bù)")
        #expect(rules.daysOff(in: 2023).allSatisfy { $0.date.isoWeekday <= 5 })
    }

    @Test func computedDefaultMatchesTheNoticesWhereTheyChoseTheSame() {
        // 2026's announced days are exactly the computed default; 2022's notice too (Tết 31/01–04/02, 11/04, 02–03/05).
        let notice2026 = Set(VietnamHolidays.defaults.filter { $0.date.year == 2026 }.map(\.date))
        #expect(Set(rules.daysOff(in: 2026).map(\.date)) == notice2026)
        #expect(
            Set(rules.daysOff(in: 2022).map(\.date.iso)) == [
                "2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-04-11",
                "2022-05-02", "2022-05-03", "2022-09-01", "2022-09-02"
            ])
    }

    @Test func theTetDaysAreADocumentedDefaultThatCanBeChanged() {
        // 2025's notice took two days before Tết and three after (27–31/01).
        let twoBefore = StatutoryHolidays(tetDaysBeforeNewYear: 2).daysOff(in: 2025).filter { $0.name.hasPrefix("Tết Nguyên đán") }
        #expect(twoBefore.map(\.date.iso) == ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"])
    }

    @Test func theWorkingCalendarNeverEnds() {
        let calendar = WorkingCalendar.vietnamDefault
        // 2024–2026 are the notices: 2025's 27/01 is off although the computed default would not take it.
        #expect(!calendar.isWorkingDay(date("2025-01-27")))
        #expect(calendar.isWorkingDay(date("2025-02-03")))
        // 2027 and later are computed: Tết, Giỗ Tổ, made-up days.
        #expect(!calendar.isWorkingDay(date("2027-02-08")) && !calendar.isWorkingDay(date("2027-02-11")))
        #expect(calendar.isWorkingDay(date("2027-02-12")))
        #expect(!calendar.isWorkingDay(date("2028-01-31")))
        // Received Thursday 04/02/2027: the 5th working day skips Tết to Thursday 18/02.
        #expect(calendar.addingWorkingDays(5, to: date("2027-02-04")) == date("2027-02-18"))
    }

    @Test func keptYearsOverrideTheComputedDefault() {
        // A notice that moves Tết 2027 replaces the computed days for that year only.
        let notice = ["2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"].map(date)
        let calendar = WorkingCalendar(holidays: notice, keptYears: [2027])
        #expect(!calendar.isWorkingDay(date("2027-02-04")))
        #expect(calendar.isWorkingDay(date("2027-02-11")))
        #expect(!calendar.isWorkingDay(date("2028-01-26")))
    }
}
