import DanVanCore
import Fluent
import Foundation
import Views

/// Phân công — one unit's part in a task: leading (chủ trì) or cooperating (phối hợp), with its own status and progress.
final class TaskAssignment: Model, ChangeStamped, @unchecked Sendable {
    static let schema = "assignments"

    enum Role: String, Codable, CaseIterable, Sendable {
        case lead = "chu_tri"
        case cooperate = "phoi_hop"

        var label: String { self == .lead ? L10n.Plans.chuTri : L10n.Plans.phoiHop }
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "task_id") var task: WorkTask
    /// Kept on the row so a plan's and a subtree's lists need no join through tasks.
    @Parent(key: "plan_id") var plan: Plan
    @Parent(key: "unit_id") var unit: OrgUnit
    @Enum(key: "role") var role: Role
    @Enum(key: "status") var status: AssignmentStatus
    @Field(key: "progress") var progress: Int
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "updated_at") var updatedAt: Date?

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
        status.isOverdue(dueOn: dueOn, today: today)
    }
}
