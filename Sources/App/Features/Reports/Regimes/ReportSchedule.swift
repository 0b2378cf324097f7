import DanVanCore
import Fluent
import Foundation

/// Chế độ báo cáo — a reporting duty a plan sets: period, due rule, who reports and to whom.
final class ReportSchedule: Model, @unchecked Sendable {
    static let schema = "report_schedules"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "plan_id") var plan: Plan
    /// monthly, quarterly, semiannual, annual, adhoc.
    @Field(key: "period") var period: String
    /// "day_of_month:15", "day_of_quarter_month:20:3", "day_of_year:5:20", or nil when the plan gives no date.
    @OptionalField(key: "due_rule") var dueRule: String?
    @Field(key: "due_text") var dueText: String
    @Field(key: "reporters") var reporters: String
    @Field(key: "receiver") var receiver: String
    // 005: what turns the duty into report requests.
    @OptionalParent(key: "template_id") var template: ReportTemplate?
    /// The unit that receives and reviews; nil until resolved (the plan's issuer is offered).
    @OptionalParent(key: "receiver_unit_id") var receiverUnit: OrgUnit?
    /// Nghị định 09/2019 data cut-off day (15); 1 means calendar months.
    @Field(key: "cutoff_day") var cutoffDay: Int
    /// A `DayOffPolicy` raw value.
    @Field(key: "day_off_policy") var dayOffPolicy: String
    @Children(for: \.$schedule) var reporterUnits: [ReportScheduleReporter]

    init() {}

    init(planID: Int, period: String, dueRule: String?, dueText: String, reporters: String, receiver: String) {
        self.$plan.id = planID
        self.period = period
        self.dueRule = dueRule
        self.dueText = dueText
        self.reporters = reporters
        self.receiver = receiver
        self.cutoffDay = ReportCalendar.defaultCutoffDay
        self.dayOffPolicy = DayOffPolicy.next.rawValue
    }

    var reportPeriod: ReportPeriod? { ReportPeriod(rawValue: period) }

    func calendar(_ working: WorkingCalendar) -> ReportCalendar {
        ReportCalendar(cutoffDay: cutoffDay, dayOffPolicy: DayOffPolicy(rawValue: dayOffPolicy) ?? .next, workingCalendar: working)
    }
}
