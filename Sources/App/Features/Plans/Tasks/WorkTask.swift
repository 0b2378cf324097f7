import Fluent
import Foundation

/// Nhiệm vụ — a task of a plan: a numbered item of its tasks section, or a unit's duty in "Tổ chức thực hiện".
final class WorkTask: Model, @unchecked Sendable {
    static let schema = "tasks"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "plan_id") var plan: Plan
    /// "II.3", or the unit's heading for a duty.
    @Field(key: "reference") var reference: String
    @Field(key: "text") var text: String
    @OptionalField(key: "due_on") var dueOn: String?
    /// Share of the plan's progress this task carries.
    @Field(key: "weight") var weight: Double
    @Field(key: "position") var position: Int

    init() {}

    init(planID: Int, reference: String, text: String, dueOn: String?, weight: Double = 1, position: Int) {
        self.$plan.id = planID
        self.reference = reference
        self.text = text
        self.dueOn = dueOn
        self.weight = weight
        self.position = position
    }
}
