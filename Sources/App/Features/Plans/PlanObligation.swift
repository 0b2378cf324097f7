import Fluent
import Foundation
import Views

/// Nghĩa vụ — something a plan requires of one unit by a date; a sub-plan obligation is met by the unit's own plan.
final class PlanObligation: Model, @unchecked Sendable {
    static let schema = "plan_obligations"

    enum Kind: String, Codable, Sendable {
        case subPlan = "ke_hoach"
        case submission = "gui_van_ban"

        var label: String { self == .subPlan ? L10n.Plans.xayDungKeHoach : L10n.Plans.guiVanBan }
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "plan_id") var plan: Plan
    @Parent(key: "unit_id") var unit: OrgUnit
    @Enum(key: "kind") var kind: Kind
    @Field(key: "description") var description: String
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "send_to") var sendTo: String?
    @OptionalParent(key: "fulfilled_plan_id") var fulfilledPlan: Plan?
    @OptionalField(key: "fulfilled_on") var fulfilledOn: String?

    init() {}

    init(planID: Int, unitID: Int, kind: Kind, description: String, dueOn: String?, sendTo: String?) {
        self.$plan.id = planID
        self.$unit.id = unitID
        self.kind = kind
        self.description = description
        self.dueOn = dueOn
        self.sendTo = sendTo
    }
}
