import DanVanCore
import Fluent

/// Where each year's holidays come from: the Government's notice (confirmed) or the law's computed default. A year
/// with no row has never been kept; the calendar computes it and `/ngay-nghi` fills it in when first needed.
struct CreateHolidayYear: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(HolidayYear.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("year", .int, .required)
            .field("source", .string, .required)
            .field("basis", .string)
            .unique(on: "year")
            .create()
        // 005 seeded 2024 and 2025 from the Government's notices; 2026 was the announced plan, still to be confirmed,
        // so it stays without a row and reads as computed (its days equal the computed default).
        try await [2024, 2025].map { HolidayYear(year: $0, source: .notice) }.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HolidayYear.schema).delete()
    }
}
