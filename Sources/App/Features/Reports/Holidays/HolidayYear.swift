import Fluent

/// One year of the holiday list: confirmed by the Government's notice, or the law's computed default filled in.
final class HolidayYear: Model, @unchecked Sendable {
    static let schema = "holiday_years"

    enum Source: String, Codable, Sendable {
        /// Thông báo của Chính phủ — someone who keeps national rules checked the days against it.
        case notice = "thong_bao"
        /// Tính theo Bộ luật Lao động — `StatutoryHolidays`' default, possibly edited, not yet checked.
        case computed = "tinh_toan"
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "year") var year: Int
    @Field(key: "source") var source: Source
    /// The notice the year was checked against ("Thông báo số …"), as typed.
    @OptionalField(key: "basis") var basis: String?

    init() {}

    init(year: Int, source: Source, basis: String? = nil) {
        self.year = year
        self.source = source
        self.basis = basis
    }
}
