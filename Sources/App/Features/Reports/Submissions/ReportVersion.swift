import DanVanCore
import Fluent
import Foundation
import Views

/// Lần nộp — one version of a unit's report: a draft, then submitted, then returned or accepted. Never edited after submission.
final class ReportVersion: Model, @unchecked Sendable {
    static let schema = "report_versions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "request_id") var request: ReportRequest
    @Field(key: "number") var number: Int
    @Enum(key: "state") var state: ReportVersionState
    @OptionalParent(key: "author_id") var author: User?
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @OptionalParent(key: "reviewer_id") var reviewer: User?
    @OptionalField(key: "reviewed_at") var reviewedAt: Date?
    @OptionalField(key: "review_note") var reviewNote: String?
    /// Set when the figures came from consolidating the units below ("tổng hợp").
    @Field(key: "consolidated") var consolidated: Bool

    init() {}

    init(requestID: Int, number: Int, authorID: Int?, consolidated: Bool = false, at: Date) {
        self.$request.id = requestID
        self.number = number
        self.state = .draft
        self.$author.id = authorID
        self.updatedAt = at
        self.consolidated = consolidated
    }
}
