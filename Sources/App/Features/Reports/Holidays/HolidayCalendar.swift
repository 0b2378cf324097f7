import DanVanCore
import Fluent

/// The working calendar as the operators keep it: weekends plus the `holidays` table for every year that has a row in
/// `holiday_years`; any other year is computed from the law (`StatutoryHolidays`) on top of the days stored for it.
/// Saturdays and Sundays a notice makes working days (`holiday_workdays`) count as working days.
/// Read from the database so every server sees an edit at once, and never written here, so reading stays cheap.
enum HolidayCalendar {
    static func load(on db: any Database) async throws -> WorkingCalendar {
        let days = try await Holiday.query(on: db).all().compactMap { CivilDate(iso: $0.day) }
        let years = try await HolidayYear.query(on: db).all().map(\.year)
        let workdays = try await HolidayWorkday.query(on: db).all().compactMap { CivilDate(iso: $0.day) }
        return WorkingCalendar(holidays: days, keptYears: years, workdays: workdays)
    }
}
