import DanVanCore
import Fluent

/// The working calendar as the operators keep it: weekends plus the `holidays` table, read from the database
/// so every server sees an edit at once.
enum HolidayCalendar {
    static func load(on db: any Database) async throws -> WorkingCalendar {
        let days = try await Holiday.query(on: db).all().compactMap { CivilDate(iso: $0.day) }
        return WorkingCalendar(holidays: days)
    }
}
