import Fluent
import SQLKit

/// Where each year's holidays come from: the Government's notice (confirmed) or the law's computed default. A year
/// with no row has never been kept; the calendar computes it and `/ngay-nghi` fills it in when first needed.
struct CreateHolidayYear: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("holiday_years")
            .field(.id, .int, .identifier(auto: true))
            .field("year", .int, .required)
            .field("source", .string, .required)
            .field("basis", .string)
            .unique(on: "year")
            .create()
        // 005 seeded 2024 and 2025 from the Government's notices; 2026 was the announced plan, still to be confirmed,
        // so it stays without a row and reads as computed (its days equal the computed default).
        // Frozen (issue 11, item 2): written by SQLKit with the source's stored value ("thong_bao", the notice), not
        // through the live model and its `Source` enum.
        try await (database as! any SQLDatabase).insert(into: "holiday_years").columns("year", "source")
            .values(SQLBind(2024), SQLBind("thong_bao")).values(SQLBind(2025), SQLBind("thong_bao")).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("holiday_years").delete()
    }
}
