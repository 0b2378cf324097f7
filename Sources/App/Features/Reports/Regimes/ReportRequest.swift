import Fluent
import Foundation
import Views

/// Yêu cầu báo cáo — one unit's report for one period of a regime, with its due date fixed when it was created.
final class ReportRequest: Model, @unchecked Sendable {
    static let schema = "report_requests"

    enum Status: String, Codable, CaseIterable, Sendable {
        case pending = "chua_nop"
        case draft = "dang_soan"
        case submitted = "cho_duyet"
        case returned = "tra_lai"
        case accepted = "da_chap_nhan"

        var label: String {
            switch self {
            case .pending: return L10n.Reports.chuaNop
            case .draft: return L10n.Reports.dangSoan
            case .submitted: return L10n.Reports.choDuyet
            case .returned: return L10n.Reports.biTraLai
            case .accepted: return L10n.Reports.daChapNhan
            }
        }
    }

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
    @Enum(key: "status") var status: Status
    /// The first submission's day: a report returned for correction was still sent on time if this was.
    @OptionalField(key: "submitted_on") var submittedOn: String?
    @OptionalField(key: "late") var late: Bool?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    func isOverdue(today: String) -> Bool {
        submittedOn == nil && dueOn < today
    }
}
