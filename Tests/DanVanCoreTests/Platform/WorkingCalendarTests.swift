import Testing

@testable import DanVanCore

@Suite struct WorkingCalendarTests {
    let calendar = WorkingCalendar.vietnamDefault

    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func dayArithmeticRoundTrips() {
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("2024-01-01").dayNumber == 19_723)
        #expect(date("2024-01-01").isoWeekday == 1)
        #expect(date("2024-03-31").isoWeekday == 7)
        for iso in ["2024-02-29", "2000-03-01", "1969-12-31", "2026-12-31"] {
            #expect(CivilDate(dayNumber: date(iso).dayNumber) == date(iso))
        }
        #expect(date("2024-02-28").adding(days: 2) == date("2024-03-01"))
        #expect(date("2024-03-01").days(until: date("2024-02-28")) == -2)
    }

    @Test func weekendsAndHolidaysAreNotWorkingDays() {
        #expect(!calendar.isWorkingDay(date("2024-02-10")))  // Saturday
        #expect(!calendar.isWorkingDay(date("2024-02-12")))  // Tết
        #expect(!calendar.isWorkingDay(date("2025-09-02")))  // Quốc khánh
        #expect(calendar.isWorkingDay(date("2024-02-15")))
    }

    @Test func workingDaysSkipTet() {
        // Received on Friday 24/01/2025, the week of Tết is off: the 10th working day is 14/02/2025.
        #expect(calendar.addingWorkingDays(10, to: date("2025-01-24")) == date("2025-02-14"))
        #expect(calendar.workingDays(from: date("2025-01-24"), to: date("2025-02-14")) == 10)
    }

    @Test func aCalendarPeriodEndingOnADayOffEndsOnTheNextWorkingDay() {
        #expect(calendar.addingCalendarDays(30, to: date("2024-03-01")) == date("2024-04-01"))  // 31/03 is a Sunday
        #expect(calendar.addingCalendarDays(0, to: date("2024-04-30")) == date("2024-05-02"))
    }

    @Test func aSaturdayWorkedInExchangeIsAWorkingDay() {
        // 2025's notice: Friday 02/05 off, Saturday 26/04 worked instead.
        let swapped = WorkingCalendar(holidays: [date("2025-05-02")], keptYears: [2025], workdays: [date("2025-04-26")])
        #expect(swapped.isWorkingDay(date("2025-04-26")) && !swapped.isWorkingDay(date("2025-05-02")))
        #expect(!swapped.isWorkingDay(date("2025-04-27")))
        #expect(swapped.addingWorkingDays(1, to: date("2025-04-25")) == date("2025-04-26"))
    }

    @Test func holidaysAreData() {
        let custom = WorkingCalendar(holidays: [date("2024-03-05")])
        #expect(!custom.isWorkingDay(date("2024-03-05")))
        #expect(custom.isWorkingDay(date("2024-02-12")))
    }
}
