import Testing

@testable import DanVanCore

@Suite struct VietnameseLunarCalendarTests {
    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// Mùng 1 Tết as Vietnam kept it. 1968, 1985, 2007 and 2030 are the years the UTC+7 meridian gives a different
    /// Tết from China's UTC+8 (29/01/1968 in Hà Nội's new calendar against 30/01; 21/01/1985 against 20/02 — the
    /// solstice of 1984 fell on 21/12 at 23:23 in Vietnam, 22/12 in China; the new moons of 17/02/2007 at 23:14 and
    /// 02/02/2030 at 23:07 Vietnam time are after midnight in China).
    @Test(arguments: [
        (1968, "1968-01-29"), (1985, "1985-01-21"), (1990, "1990-01-27"), (2000, "2000-02-05"), (2007, "2007-02-17"),
        (2010, "2010-02-14"), (2020, "2020-01-25"), (2022, "2022-02-01"), (2023, "2023-01-22"), (2024, "2024-02-10"),
        (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"), (2028, "2028-01-26"), (2030, "2030-02-02")
    ])
    func tetFallsOnItsKnownDay(year: Int, iso: String) {
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: year, month: 1, day: 1)) == date(iso))
        #expect(VietnameseLunarCalendar.lunar(from: date(iso)) == LunarDate(year: year, month: 1, day: 1))
        // The day before Tết is the last day of the old year's month 12.
        let eve = VietnameseLunarCalendar.lunar(from: date(iso).adding(days: -1))
        #expect(eve?.year == year - 1 && eve?.month == 12 && (eve?.day == 29 || eve?.day == 30))
    }

    @Test(arguments: [
        (2022, "2022-04-10"), (2023, "2023-04-29"), (2024, "2024-04-18"), (2025, "2025-04-07"), (2026, "2026-04-26")
    ])
    func hungKingsDayIsTheTenthOfTheThirdMonth(year: Int, iso: String) {
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) == date(iso))
    }

    @Test func leapMonthsRepeatTheMonthBefore() {
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2020) == 4)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2023) == 2)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2025) == 6)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2024) == nil)
        #expect(VietnameseLunarCalendar.leapMonth(ofLunarYear: 2026) == nil)
        // Quý Mão 2023: tháng 2 from 20/02, tháng 2 nhuận from 22/03, tháng 3 from 20/04 (so Giỗ Tổ on 29/04).
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2023, month: 2, day: 1)) == date("2023-02-20"))
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true)) == date("2023-03-22"))
        #expect(VietnameseLunarCalendar.lunar(from: date("2023-04-19")) == LunarDate(year: 2023, month: 2, day: 29, isLeapMonth: true))
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2023, month: 3, day: 1)) == date("2023-04-20"))
        // Canh Tý 2020, tháng 4 nhuận from 23/05; Ất Tỵ 2025, tháng 6 nhuận from 25/07.
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2020, month: 4, day: 1, isLeapMonth: true)) == date("2020-05-23"))
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true)) == date("2025-07-25"))
        // A leap month the year does not have, and a day 30 a short month does not have, are not dates.
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2024, month: 2, day: 1, isLeapMonth: true)) == nil)
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2023, month: 2, day: 30, isLeapMonth: true)) == nil)
    }

    @Test func monthsEndOfTheYearBelongToTheOldLunarYear() {
        // Tết Trung thu 2024 and the winter months of Giáp Thìn that run into 2025.
        #expect(VietnameseLunarCalendar.lunar(from: date("2024-09-17")) == LunarDate(year: 2024, month: 8, day: 15))
        #expect(VietnameseLunarCalendar.lunar(from: date("2025-01-01"))?.year == 2024)
        #expect(VietnameseLunarCalendar.lunar(from: date("2025-01-01"))?.month == 12)
    }

    @Test func everyDayRoundTripsAndMonthsHave29Or30Days() {
        var day = date("2019-12-01")
        var previous = VietnameseLunarCalendar.lunar(from: day)!
        while day < date("2031-01-01") {
            day = day.adding(days: 1)
            let lunar = VietnameseLunarCalendar.lunar(from: day)!
            #expect(VietnameseLunarCalendar.solar(from: lunar) == day)
            if lunar.day == 1 {
                #expect(previous.day == 29 || previous.day == 30)
            } else {
                #expect(lunar.day == previous.day + 1 && lunar.month == previous.month)
            }
            previous = lunar
        }
    }

    @Test func yearsOutsideTheComputedRangeHaveNoAnswer() {
        #expect(VietnameseLunarCalendar.lunar(from: date("1899-06-01")) == nil)
        #expect(VietnameseLunarCalendar.solar(from: LunarDate(year: 2200, month: 1, day: 1)) == nil)
        #expect(VietnameseLunarCalendar.lunar(from: date("2199-06-01")) != nil)
    }
}
