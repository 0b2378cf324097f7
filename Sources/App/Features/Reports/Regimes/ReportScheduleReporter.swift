import Fluent

/// Đối tượng thực hiện báo cáo — one unit that must report under a regime.
final class ReportScheduleReporter: Model, @unchecked Sendable {
    static let schema = "report_schedule_reporters"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "schedule_id") var schedule: ReportSchedule
    @Parent(key: "unit_id") var unit: OrgUnit

    init() {}

    init(scheduleID: Int, unitID: Int) {
        self.$schedule.id = scheduleID
        self.$unit.id = unitID
    }
}
