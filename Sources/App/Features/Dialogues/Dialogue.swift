import Fluent
import Foundation

/// Đối thoại — a dialogue held by a unit's leader with citizens (Luật Khiếu nại 2011, Điều 30 and 39; Luật Tiếp công dân):
/// who chaired it, who took part, about what, which petition it concerns if any, its outcome and the follow-up agreed.
final class Dialogue: Model, @unchecked Sendable {
    static let schema = "dialogues"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    /// ISO date (yyyy-MM-dd).
    @Field(key: "held_on") var heldOn: String
    @Field(key: "chaired_by") var chairedBy: String
    /// Names of the citizens and officials who took part: personal data.
    @Field(key: "participants") var participants: String
    @Field(key: "people_count") var peopleCount: Int
    @Field(key: "subject") var subject: String
    @OptionalParent(key: "petition_id") var petition: Petition?
    /// Kết quả đối thoại.
    @Field(key: "outcome") var outcome: String
    /// Việc tiếp theo: what was agreed to be done after the dialogue; may be empty.
    @Field(key: "follow_up") var followUp: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
