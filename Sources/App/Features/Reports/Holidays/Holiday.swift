import Fluent

/// Ngày nghỉ lễ — a weekday off, kept as data so operators add each year's Tết and swapped days.
final class Holiday: Model, @unchecked Sendable {
    static let schema = "holidays"

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
