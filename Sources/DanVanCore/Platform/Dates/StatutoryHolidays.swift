import Foundation

/// Ngày nghỉ lễ, Tết theo luật — the statutory holidays of any year, computed from the rules:
///
/// Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112 khoản 1: Tết Dương lịch 01 ngày (1/1 dương lịch); Tết Âm
/// lịch 05 ngày; Ngày Chiến thắng 01 ngày (30/4 dương lịch); Ngày Quốc tế lao động 01 ngày (1/5 dương lịch); Quốc
/// khánh 02 ngày (2/9 dương lịch và 01 ngày liền kề trước hoặc sau); Ngày Giỗ Tổ Hùng Vương 01 ngày (10/3 âm lịch).
/// Khoản 3: each year the Prime Minister decides which days are the Tết days and the Quốc khánh adjacent day.
/// Điều 111 khoản 3: a holiday that falls on the weekly rest day is taken on the next working day (nghỉ bù); for
/// the civil service the weekly rest days are Saturday and Sunday.
///
/// So this is a DEFAULT: the Government's notice for a year (the Tết days it chooses, days swapped with a Saturday)
/// replaces it, as data kept at `/ngay-nghi`. The default takes the last day of the old lunar year and the first
/// four of the new one for Tết (the 2026 notice's choice; 2024 and 2025 chose otherwise), and the Quốc khánh
/// adjacent day that joins a weekend: 3/9 when 2/9 is a Monday or a Thursday, 1/9 otherwise (as in 2022–2026).
public struct StatutoryHolidays: Sendable {
    /// How many of the five Tết days come before mùng 1 (the default: one, giao thừa's day).
    public var tetDaysBeforeNewYear: Int

    public init(tetDaysBeforeNewYear: Int = 1) {
        self.tetDaysBeforeNewYear = tetDaysBeforeNewYear
    }

    /// The rules with their documented defaults.
    public static let standard = StatutoryHolidays()

    /// The days the law names, weekend or not; empty for a year the lunar calendar does not cover.
    public func legalDays(in year: Int) -> [VietnamHolidays.Holiday] {
        guard let tet = VietnameseLunarCalendar.solar(from: LunarDate(year: year, month: 1, day: 1)),
            let hungKings = VietnameseLunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10))
        else { return [] }
        let nationalDay = CivilDate(year: year, month: 9, day: 2)!
        let adjacent = nationalDay.isoWeekday == 1 || nationalDay.isoWeekday == 4 ? 1 : -1
        let days: [(CivilDate, String)] =
            [(CivilDate(year: year, month: 1, day: 1)!, "Tết Dương lịch")]
            + (0..<5).map { (tet.adding(days: $0 - tetDaysBeforeNewYear), "Tết Nguyên đán") }
            + [
                (hungKings, "Giỗ Tổ Hùng Vương"),
                (CivilDate(year: year, month: 4, day: 30)!, "Ngày Chiến thắng"),
                (CivilDate(year: year, month: 5, day: 1)!, "Quốc tế Lao động"),
                (nationalDay, "Quốc khánh"), (nationalDay.adding(days: adjacent), "Quốc khánh")
            ]
        return days.map { VietnamHolidays.Holiday(date: $0.0, name: $0.1) }.sorted { $0.date < $1.date }
    }

    /// The weekdays off of `year`, in date order: the legal days that fall Monday to Friday, and for each one that
    /// falls on a Saturday or Sunday the next weekday not already off ("… (nghỉ bù)").
    public func daysOff(in year: Int) -> [VietnamHolidays.Holiday] {
        let legal = legalDays(in: year)
        var off = [CivilDate: String]()
        for holiday in legal where holiday.date.isoWeekday <= 5 { off[holiday.date] = holiday.name }
        for holiday in legal where holiday.date.isoWeekday > 5 {
            var day = holiday.date.adding(days: 1)
            while day.isoWeekday > 5 || off[day] != nil { day = day.adding(days: 1) }
            off[day] = holiday.name + " (nghỉ bù)"
        }
        return off.map { VietnamHolidays.Holiday(date: $0.key, name: $0.value) }.sorted { $0.date < $1.date }
    }
}
