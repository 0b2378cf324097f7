import Fluent

/// Ngày làm bù — a Saturday or Sunday worked because the year's notice gave a weekday off in exchange.
final class HolidayWorkday: Model, @unchecked Sendable {
    static let schema = "holiday_workdays"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// yyyy-MM-dd.
    @Field(key: "day") var day: String
    @Field(key: "name") var name: String

    init() {}

    init(day: String, name: String) {
        self.day = day
        self.name = name
    }
}
