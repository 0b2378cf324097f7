import DanVanCore
import Fluent
import Foundation

/// Cập nhật tiến độ — one report of progress on an assignment, with optional evidence.
final class AssignmentUpdate: Model, @unchecked Sendable {
    static let schema = "assignment_updates"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "assignment_id") var assignment: TaskAssignment
    @OptionalParent(key: "user_id") var user: User?
    @Field(key: "at") var at: Date
    @Enum(key: "status") var status: AssignmentStatus
    @Field(key: "progress") var progress: Int
    @Field(key: "note") var note: String
    @OptionalField(key: "evidence_hash") var evidenceHash: String?
    @OptionalField(key: "evidence_name") var evidenceName: String?

    init() {}

    init(
        assignmentID: Int, userID: Int?, status: AssignmentStatus, progress: Int, note: String, evidenceHash: String?, evidenceName: String?,
        at: Date
    ) {
        self.$assignment.id = assignmentID
        self.$user.id = userID
        self.at = at
        self.status = status
        self.progress = progress
        self.note = note
        self.evidenceHash = evidenceHash
        self.evidenceName = evidenceName
    }
}
