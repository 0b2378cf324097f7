import Foundation

/// Âm lịch Việt Nam — the lunisolar calendar Vietnam has kept on the UTC+7 meridian since 1968, computed from the
/// astronomy rather than copied from tables, so it never runs out of years.
///
/// The rules (the same as the Chinese calendar's, on a different meridian — which is why Tết 1985 fell a month
/// apart and Tết 2007 a day apart in the two countries):
/// 1. A month begins on the local day (UTC+7) of a new moon.
/// 2. Month 11 is the month in which the winter solstice (sun at 270°) falls.
/// 3. When 13 months begin between one month 11 and the next, the first of them after month 11 in which no major
///    solar term (trung khí: a multiple of 30° of solar longitude) begins is the leap month and repeats the number of
///    the month before it.
/// A month contains a major term when the sun's 30° sector at the local midnight starting the month differs from
/// the sector at the midnight starting the next month.
public enum VietnameseLunarCalendar {
    /// Solar years this calendar answers for: ΔT is known or well extrapolated, and the UTC+7 rule is what people use.
    public static let supportedYears = 1900...2199

    /// Vietnam's civil time, UTC+7, in days.
    static let timeZone = 7.0 / 24

    /// The lunar date of a solar date; nil outside `supportedYears`.
    public static func lunar(from date: CivilDate) -> LunarDate? {
        guard supportedYears.contains(date.year) else { return nil }
        let day = date.dayNumber
        let layout = months(endingAtMonth11Of: day >= month11Start(solarYear: date.year) ? date.year + 1 : date.year)
        guard let month = layout.last(where: { $0.start <= day }) else { return nil }
        return LunarDate(year: month.lunarYear, month: month.number, day: day - month.start + 1, isLeapMonth: month.isLeap)
    }

    /// The solar date of a lunar date; nil when that date does not exist (day 30 of a short month, a leap month the
    /// year does not have) or lies outside `supportedYears`.
    public static func solar(from lunar: LunarDate) -> CivilDate? {
        // Months 11 and 12 of lunar year Y begin in the span that ends at month 11 of solar year Y + 1.
        let span = lunar.month >= 11 ? lunar.year + 1 : lunar.year
        guard (1...12).contains(lunar.month), lunar.day >= 1,
            supportedYears.contains(span - 1), supportedYears.contains(span)
        else { return nil }
        let layout = months(endingAtMonth11Of: span)
        guard let index = layout.firstIndex(where: { $0.number == lunar.month && $0.isLeap == lunar.isLeapMonth }) else {
            return nil
        }
        let next = index + 1 < layout.count ? layout[index + 1].start : month11Start(solarYear: span)
        guard lunar.day <= next - layout[index].start else { return nil }
        return CivilDate(dayNumber: layout[index].start + lunar.day - 1)
    }

    /// The leap month (tháng nhuận) of lunar year `year`, if it has one: the number it repeats.
    public static func leapMonth(ofLunarYear year: Int) -> Int? {
        guard supportedYears.contains(year - 1), supportedYears.contains(year + 1) else { return nil }
        let months = months(endingAtMonth11Of: year) + months(endingAtMonth11Of: year + 1)
        return months.first { $0.isLeap && $0.lunarYear == year }?.number
    }

    /// One lunar month: the day number (days since 1970-01-01) it begins on and its name.
    struct Month {
        let start: Int
        let number: Int
        let isLeap: Bool
        let lunarYear: Int
    }

    /// The months from month 11 of solar year `year − 1` up to, not including, month 11 of `year`.
    static func months(endingAtMonth11Of year: Int) -> [Month] {
        let first = month11Lunation(solarYear: year - 1)
        let last = month11Lunation(solarYear: year)
        let starts = (first...last).map(newMoonDay)
        // 12 or 13 months; in a 13-month span the first month after month 11 without a major term is the leap one.
        let leapIndex =
            last - first == 13
            ? (1..<13).first { sector(atStartOf: starts[$0]) == sector(atStartOf: starts[$0 + 1]) }
            : nil
        var result: [Month] = []
        var number = 11
        for index in 0..<(last - first) {
            let isLeap = index == leapIndex
            if index > 0 && !isLeap { number = number % 12 + 1 }
            result.append(Month(start: starts[index], number: number, isLeap: isLeap, lunarYear: number >= 11 ? year - 1 : year))
        }
        return result
    }

    /// The day month 11 (tháng Một) begins in the solar year `year`: the month of the winter solstice.
    static func month11Start(solarYear year: Int) -> Int {
        newMoonDay(month11Lunation(solarYear: year))
    }

    static func month11Lunation(solarYear year: Int) -> Int {
        // The last new moon on or before 31 December; if the solstice has already passed on the day it begins, the
        // solstice belongs to the month before.
        let december31 = CivilDate(year: year, month: 12, day: 31)!.dayNumber
        var k = Astronomy.lunation(near: julianDay(startOf: december31))
        while newMoonDay(k) > december31 { k -= 1 }
        while newMoonDay(k + 1) <= december31 { k += 1 }
        return sunLongitude(atStartOf: newMoonDay(k)) >= 270 ? k - 1 : k
    }

    /// The local (UTC+7) day, as a day number, on which lunation `k`'s new moon falls.
    static func newMoonDay(_ k: Int) -> Int {
        let local = Astronomy.newMoon(lunation: k) + timeZone
        return Int((local + 0.5).rounded(.down)) - 2_440_588
    }

    /// Which 30° sector (0…11) of longitude the sun is in at the local midnight that begins `day`.
    static func sector(atStartOf day: Int) -> Int {
        Int(sunLongitude(atStartOf: day) / 30)
    }

    static func sunLongitude(atStartOf day: Int) -> Double {
        Astronomy.sunLongitude(julianDay: julianDay(startOf: day))
    }

    /// The Julian Day (UT) of local midnight beginning `day` (days since 1970-01-01).
    static func julianDay(startOf day: Int) -> Double {
        Double(day) + 2440587.5 - timeZone
    }
}
