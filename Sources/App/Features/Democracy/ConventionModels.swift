import DanVanCore
import Fluent
import Foundation
import Views

/// Hương ước, quy ước — the convention of one community (a hamlet or residential group): its versions (the first text and
/// each amendment) go through drafting, posting, the residents' vote and the commune's recognition (Nghị định 61/2023/NĐ-CP).
final class Convention: Model, @unchecked Sendable {
    static let schema = "conventions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "hamlet_id") var hamlet: OrgUnit
    /// The commune the hamlet belongs to, kept for scoping and the commune's lists.
    @Parent(key: "commune_id") var commune: OrgUnit
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var kindValue: ConventionKind { ConventionKind(rawValue: kind) ?? .huongUoc }
}

/// One version of a convention: the first text ("ban_hanh") or an amendment ("sua_doi"), always the full text as it would
/// read, with the dates of each step. The recognised version in force is the convention's current text.
final class ConventionVersion: Model, @unchecked Sendable {
    static let schema = "convention_versions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "convention_id") var convention: Convention
    @Field(key: "number") var number: Int
    /// "ban_hanh" (the first text) or "sua_doi" (an amendment).
    @Field(key: "purpose") var purpose: String
    @Field(key: "text") var text: String
    /// For an amendment: what changes and why.
    @Field(key: "change_summary") var changeSummary: String
    @Field(key: "stage") var stage: String
    @Field(key: "drafted_on") var draftedOn: String
    @OptionalField(key: "posted_from") var postedFrom: String?
    @OptionalParent(key: "vote_id") var vote: HamletVote?
    @OptionalField(key: "voted_on") var votedOn: String?
    @OptionalField(key: "submission_due") var submissionDue: String?
    @OptionalField(key: "submitted_on") var submittedOn: String?
    @OptionalField(key: "decision_due") var decisionDue: String?
    @OptionalField(key: "decision_number") var decisionNumber: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "refusal_reason") var refusalReason: String?
    @OptionalField(key: "effective_on") var effectiveOn: String?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var stageValue: ConventionStage { ConventionStage(rawValue: stage) ?? .drafting }
    var isAmendment: Bool { purpose == "sua_doi" }
    var purposeLabel: String { isAmendment ? L10n.Democracy.suaDoiBoSungLan(number - 1) : L10n.Democracy.banHanhLanDau }
    static func day(_ iso: String?) -> CivilDate? { iso.flatMap(CivilDate.init(iso:)) }
}

/// The yearly review of a convention (around 18 November): its conclusion, one per year.
final class ConventionReview: Model, @unchecked Sendable {
    static let schema = "convention_reviews"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "convention_id") var convention: Convention
    @Field(key: "year") var year: Int
    @Field(key: "reviewed_on") var reviewedOn: String
    @Field(key: "conclusion") var conclusion: String
    @Field(key: "note") var note: String
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var conclusionLabel: String { ConventionRules.reviewConclusions.first { $0.code == conclusion }?.label ?? conclusion }
}
