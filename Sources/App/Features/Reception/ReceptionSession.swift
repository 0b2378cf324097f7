import Fluent
import Foundation

/// Buổi tiếp công dân — one reception held: who received, which citizens, about what, what was decided.
/// Dialogues (đối thoại) are `Dialogue` records; `is_dialogue` is kept only because migration 006 moved those rows out.
final class ReceptionSession: Model, @unchecked Sendable {
    static let schema = "reception_sessions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "held_on") var heldOn: String
    @Field(key: "host") var host: String
    /// Names of the citizens received: personal data.
    @Field(key: "citizens") var citizens: String
    @Field(key: "people_count") var peopleCount: Int
    @Field(key: "subject") var subject: String
    @Field(key: "decision") var decision: String
    @Field(key: "is_dialogue") var isDialogue: Bool
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
