import DanVanCore
import Fluent
import Foundation
import Views

/// Yêu cầu báo cáo — one unit's report for one period of a regime, with its due date fixed when it was created.
final class ReportRequest: Model, ChangeStamped, @unchecked Sendable {
    static let schema = "report_requests"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "schedule_id") var schedule: ReportSchedule
    @Parent(key: "unit_id") var unit: OrgUnit
    /// Kept on the row so a receiver's inbox needs no join through regimes and plans.
    @Parent(key: "receiver_unit_id") var receiver: OrgUnit
    @Field(key: "period_key") var periodKey: String
    @Field(key: "period_label") var periodLabel: String
    @Field(key: "cutoff_start") var cutoffStart: String
    @Field(key: "cutoff_end") var cutoffEnd: String
    /// yyyy-MM-dd; stored, never recomputed, so timeliness survives a change of rules.
    @Field(key: "due_on") var dueOn: String
    @OptionalField(key: "note") var note: String?
    @Enum(key: "status") var status: ReportStatus
    /// The first submission's day: a report returned for correction was still sent on time if this was.
    @OptionalField(key: "submitted_on") var submittedOn: String?
    @OptionalField(key: "late") var late: Bool?
    @OptionalField(key: "updated_at") var updatedAt: Date?

    init() {}

    func isOverdue(today: CivilDate) -> Bool {
        guard let due = CivilDate(iso: dueOn) else { return false }
        return ReportTimeliness.isMissing(firstSentOn: submittedOn.flatMap(CivilDate.init(iso:)), dueOn: due, today: today)
    }
}
