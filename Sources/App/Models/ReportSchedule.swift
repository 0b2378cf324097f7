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

    init() {}

    init(planID: Int, period: String, dueRule: String?, dueText: String, reporters: String, receiver: String) {
        self.$plan.id = planID
        self.period = period
        self.dueRule = dueRule
        self.dueText = dueText
        self.reporters = reporters
        self.receiver = receiver
    }
}
