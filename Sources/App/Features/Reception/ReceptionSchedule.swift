import DanVanCore
import Fluent
import Foundation

/// Lịch tiếp công dân — when a unit's leader receives citizens: weekly on a weekday or monthly on a day of the month.
final class ReceptionSchedule: Model, @unchecked Sendable {
    static let schema = "reception_schedules"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "host") var host: String
    @Enum(key: "frequency") var frequency: ReceptionFrequency
    /// Weekday 1 (Monday) … 7 for weekly schedules; day of the month 1 … 31 for monthly ones.
    @Field(key: "day") var day: Int
    @Field(key: "hours") var hours: String
    @Field(key: "place") var place: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(unitID: Int, host: String, frequency: ReceptionFrequency, day: Int, hours: String, place: String) {
        self.$unit.id = unitID
        self.host = host
        self.frequency = frequency
        self.day = day
        self.hours = hours
        self.place = place
    }
}
