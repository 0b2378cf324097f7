import DanVanCore
import Fluent
import Vapor
import Views

/// Recording progress on an assignment: the update, the new status and progress, and the audit entry, in one transaction.
enum AssignmentService {
    static func update(
        _ assignment: TaskAssignment, status: AssignmentStatus, progress: Int, note: String,
        evidence: (hash: String, name: String)?, by user: User, at now: Date, on database: any Database
    ) async throws {
        guard (0...100).contains(progress) else {
            throw AppError.invalid(L10n.Plans.tienDoPhaiTu0Den100, code: "invalid_progress")
        }
        // Done means done: at 100 %, and with what was done or its evidence, so a reviewer can see it (issue 18).
        if status == .done && note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && evidence == nil {
            throw AppError.invalid(
                L10n.Plans.khiDanhDauHoanThanhHay,
                code: "completion_needs_evidence")
        }
        let finalProgress = status == .done ? 100 : progress
        try await database.transaction { db in
            let before = ["status": assignment.status.rawValue, "progress": String(assignment.progress)]
            assignment.status = status
            assignment.progress = finalProgress
            try await assignment.save(on: db)
            try await AssignmentUpdate(
                assignmentID: assignment.id!, userID: user.id, status: status, progress: finalProgress,
                note: note, evidenceHash: evidence?.hash, evidenceName: evidence?.name, at: now
            ).create(on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "assignment", id: "\(assignment.id!)", action: "update",
                before: before, after: ["status": status.rawValue, "progress": String(finalProgress)])
        }
    }
}
