import Fluent
import SQLKit

/// Holidays become data, seeded with the shipped defaults.
///
/// Frozen (issue 11, item 2): the days are a literal copy of the core's `VietnamHolidays.defaults` as they were when
/// the migration was frozen (2024–2026, 35 days), written by SQLKit into the table's two columns, so a later change to
/// the core's calendar (a new year's notice) cannot change what this migration inserts.
struct CreateHoliday: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("holidays")
            .field(.id, .int, .identifier(auto: true))
            .field("day", .string, .required)
            .field("name", .string, .required)
            .unique(on: "day")
            .create()
        var insert = (database as! any SQLDatabase).insert(into: "holidays").columns("day", "name")
        for (day, name) in Self.days { insert = insert.values(SQLBind(day), SQLBind(name)) }
        try await insert.run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("holidays").delete()
    }

    /// The seeded days (ISO date, name), in the order they were inserted.
    static let days: [(day: String, name: String)] = [
        ("2024-01-01", "Tết Dương lịch"),
        ("2024-02-08", "Tết Nguyên đán"),
        ("2024-02-09", "Tết Nguyên đán"),
        ("2024-02-12", "Tết Nguyên đán"),
        ("2024-02-13", "Tết Nguyên đán"),
        ("2024-02-14", "Tết Nguyên đán"),
        ("2024-04-18", "Giỗ Tổ Hùng Vương"),
        ("2024-04-29", "Ngày Chiến thắng (nghỉ bù)"),
        ("2024-04-30", "Ngày Chiến thắng"),
        ("2024-05-01", "Quốc tế Lao động"),
        ("2024-09-02", "Quốc khánh"),
        ("2024-09-03", "Quốc khánh"),
        ("2025-01-01", "Tết Dương lịch"),
        ("2025-01-27", "Tết Nguyên đán"),
        ("2025-01-28", "Tết Nguyên đán"),
        ("2025-01-29", "Tết Nguyên đán"),
        ("2025-01-30", "Tết Nguyên đán"),
        ("2025-01-31", "Tết Nguyên đán"),
        ("2025-04-07", "Giỗ Tổ Hùng Vương"),
        ("2025-04-30", "Ngày Chiến thắng"),
        ("2025-05-01", "Quốc tế Lao động"),
        ("2025-05-02", "Quốc tế Lao động (nghỉ bù)"),
        ("2025-09-01", "Quốc khánh"),
        ("2025-09-02", "Quốc khánh"),
        ("2026-01-01", "Tết Dương lịch"),
        ("2026-02-16", "Tết Nguyên đán"),
        ("2026-02-17", "Tết Nguyên đán"),
        ("2026-02-18", "Tết Nguyên đán"),
        ("2026-02-19", "Tết Nguyên đán"),
        ("2026-02-20", "Tết Nguyên đán"),
        ("2026-04-27", "Giỗ Tổ Hùng Vương (nghỉ bù)"),
        ("2026-04-30", "Ngày Chiến thắng"),
        ("2026-05-01", "Quốc tế Lao động"),
        ("2026-09-01", "Quốc khánh"),
        ("2026-09-02", "Quốc khánh")
    ]
}
