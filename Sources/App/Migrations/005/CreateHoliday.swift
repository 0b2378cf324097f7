import DanVanCore
import Fluent

/// Holidays become data, seeded with the shipped defaults.
struct CreateHoliday: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Holiday.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("day", .string, .required)
            .field("name", .string, .required)
            .unique(on: "day")
            .create()
        try await VietnamHolidays.defaults.map { Holiday(day: $0.date.iso, name: $0.name) }.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Holiday.schema).delete()
    }
}
