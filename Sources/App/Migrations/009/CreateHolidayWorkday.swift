import Fluent

/// A notice swaps days: a weekday off is paid back by a Saturday or Sunday worked (ngày làm bù), kept here.
struct CreateHolidayWorkday: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("holiday_workdays")
            .field(.id, .int, .identifier(auto: true))
            .field("day", .string, .required)
            .field("name", .string, .required)
            .unique(on: "day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("holiday_workdays").delete()
    }
}
