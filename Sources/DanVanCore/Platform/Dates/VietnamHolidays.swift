import Foundation

/// Ngày nghỉ lễ, Tết — weekdays off in Vietnam as the Government's notices set them for 2024–2026 (Bộ luật Lao động
/// 2019, Điều 112, and each year's notice on Tết and swapped days). Every other year is computed from the law by
/// `StatutoryHolidays`. EDITABLE DEFAULTS: operators keep the notices at `/ngay-nghi`; 2026 follows the announced
/// plan, which equals the computed default, and is UNCONFIRMED until the year's notice.
public enum VietnamHolidays {
    public struct Holiday: Sendable, Hashable {
        public let date: CivilDate
        public let name: String

        public init(date: CivilDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    public static let defaults: [Holiday] = table.map { Holiday(date: CivilDate(iso: $0.0)!, name: $0.1) }

    /// The years `defaults` covers.
    public static let years = Set(defaults.map(\.date.year))

    private static let table: [(String, String)] = [
        ("2024-01-01", "Tết Dương lịch"),
        ("2024-02-08", "Tết Nguyên đán"), ("2024-02-09", "Tết Nguyên đán"), ("2024-02-12", "Tết Nguyên đán"),
        ("2024-02-13", "Tết Nguyên đán"), ("2024-02-14", "Tết Nguyên đán"),
        ("2024-04-18", "Giỗ Tổ Hùng Vương"),
        ("2024-04-29", "Ngày Chiến thắng (nghỉ bù)"), ("2024-04-30", "Ngày Chiến thắng"), ("2024-05-01", "Quốc tế Lao động"),
        ("2024-09-02", "Quốc khánh"), ("2024-09-03", "Quốc khánh"),
        ("2025-01-01", "Tết Dương lịch"),
        ("2025-01-27", "Tết Nguyên đán"), ("2025-01-28", "Tết Nguyên đán"), ("2025-01-29", "Tết Nguyên đán"),
        ("2025-01-30", "Tết Nguyên đán"), ("2025-01-31", "Tết Nguyên đán"),
        ("2025-04-07", "Giỗ Tổ Hùng Vương"),
        ("2025-04-30", "Ngày Chiến thắng"), ("2025-05-01", "Quốc tế Lao động"), ("2025-05-02", "Quốc tế Lao động (nghỉ bù)"),
        ("2025-09-01", "Quốc khánh"), ("2025-09-02", "Quốc khánh"),
        ("2026-01-01", "Tết Dương lịch"),
        ("2026-02-16", "Tết Nguyên đán"), ("2026-02-17", "Tết Nguyên đán"), ("2026-02-18", "Tết Nguyên đán"),
        ("2026-02-19", "Tết Nguyên đán"), ("2026-02-20", "Tết Nguyên đán"),
        ("2026-04-27", "Giỗ Tổ Hùng Vương (nghỉ bù)"),
        ("2026-04-30", "Ngày Chiến thắng"), ("2026-05-01", "Quốc tế Lao động"),
        ("2026-09-01", "Quốc khánh"), ("2026-09-02", "Quốc khánh")
    ]
}
