import Fluent
import Foundation
import Views

/// Phân công — one unit's part in a task: leading (chủ trì) or cooperating (phối hợp), with its own status and progress.
final class TaskAssignment: Model, @unchecked Sendable {
    static let schema = "assignments"

    enum Role: String, Codable, CaseIterable, Sendable {
        case lead = "chu_tri"
        case cooperate = "phoi_hop"

        var label: String { self == .lead ? L10n.Plans.chuTri : L10n.Plans.phoiHop }
    }

    enum Status: String, Codable, CaseIterable, Sendable {
        case notStarted = "chua_thuc_hien"
        case inProgress = "dang_thuc_hien"
        case done = "hoan_thanh"

        var label: String {
            switch self {
            case .notStarted: return L10n.Plans.chuaThucHien
            case .inProgress: return L10n.Plans.dangThucHien
            case .done: return L10n.Plans.hoanThanh
            }
        }
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "task_id") var task: WorkTask
    /// Kept on the row so a plan's and a subtree's lists need no join through tasks.
    @Parent(key: "plan_id") var plan: Plan
    @Parent(key: "unit_id") var unit: OrgUnit
    @Enum(key: "role") var role: Role
    @Enum(key: "status") var status: Status
    @Field(key: "progress") var progress: Int
    @OptionalField(key: "due_on") var dueOn: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(taskID: Int, planID: Int, unitID: Int, role: Role, dueOn: String?) {
        self.$task.id = taskID
        self.$plan.id = planID
        self.$unit.id = unitID
        self.role = role
        self.status = .notStarted
        self.progress = 0
        self.dueOn = dueOn
    }

    func isOverdue(today: String) -> Bool {
        Self.isOverdue(status: status, dueOn: dueOn, today: today)
    }

    /// Not done and past its due date; also used by lists that read plain rows instead of models.
    static func isOverdue(status: Status, dueOn: String?, today: String) -> Bool {
        status != .done && (dueOn.map { $0 < today } ?? false)
    }
}
