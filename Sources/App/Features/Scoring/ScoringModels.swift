import DanVanCore
import Fluent
import Foundation
import Views

/// Bộ tiêu chí chấm điểm: issued by a unit (nil for the shipped examples) for a range of years, citing its decision.
/// Frozen once a round uses it; a copy is then edited instead.
final class ScoringSet: Model, CreationStamped, @unchecked Sendable {
    static let schema = "scoring_sets"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @OptionalParent(key: "issuer_unit_id") var issuer: OrgUnit?
    @Field(key: "title") var title: String
    /// The decision that issued the criteria, as cited (e.g. "Quyết định số 1563/QĐ-UBND ngày 01/8/2022 …").
    @Field(key: "decision") var decision: String
    @Field(key: "year_from") var yearFrom: Int
    @OptionalField(key: "year_to") var yearTo: Int?
    @Field(key: "is_example") var isExample: Bool
    @OptionalField(key: "example_key") var exampleKey: String?
    @Field(key: "frozen") var frozen: Bool
    /// Hundredths of a point.
    @Field(key: "bonus_cap") var bonusCap: Int
    @Field(key: "deduction_cap") var deductionCap: Int
    /// JSON array of `ClassificationBand`.
    @Field(key: "bands") var bands: String
    @OptionalField(key: "copied_from_id") var copiedFromID: Int?
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var years: String {
        if let yearTo, yearTo != yearFrom { return "\(yearFrom)–\(yearTo)" }
        return yearTo == nil ? L10n.Scoring.tu(yearFrom) : String(yearFrom)
    }
}

/// A node of a set's tree (group, criterion, sub-criterion) or a bonus / deduction line.
final class ScoringCriterion: Model, @unchecked Sendable {
    static let schema = "scoring_criteria"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "set_id") var set: ScoringSet
    @Field(key: "position") var position: Int
    @Field(key: "code") var code: String
    @OptionalField(key: "parent_code") var parentCode: String?
    @Field(key: "text") var text: String
    @Field(key: "max_points") var maxPoints: Int
    @Field(key: "kind") var kind: String
    @Field(key: "role") var role: String
    /// JSON arrays of `ScoreLevel` and `Threshold`.
    @Field(key: "levels") var levels: String
    @Field(key: "thresholds") var thresholds: String
    @OptionalField(key: "source") var source: String?
    @Field(key: "evidence") var evidence: String
    /// Scored on a sheet (a leaf of the tree, or a bonus / deduction line).
    @Field(key: "is_line") var isLine: Bool
    /// The criterion group the node counts in; nil for bonus and deduction lines.
    @OptionalField(key: "group_code") var groupCode: String?

    init() {}

    /// A stored JSON array; the common empty one without a decoder.
    static func decode<T: Decodable>(_ type: [T].Type, _ json: String) -> [T] {
        guard json != "[]", !json.isEmpty else { return [] }
        return (try? JSONDecoder().decode(type, from: Data(json.utf8))) ?? []
    }

    var node: CriterionNode {
        CriterionNode(
            code: code, parentCode: parentCode, text: text, maxPoints: Points(hundredths: maxPoints),
            kind: ScoringKind(rawValue: kind) ?? .levels, role: LineRole(rawValue: role) ?? .regular,
            levels: Self.decode([ScoreLevel].self, levels), thresholds: Self.decode([Threshold].self, thresholds),
            source: source.flatMap(ComputedSource.init(rawValue:)), evidence: evidence)
    }
}

/// Đợt chấm điểm: one year, one set, the units scored and the three deadlines.
final class ScoringRound: Model, CreationStamped, @unchecked Sendable {
    static let schema = "scoring_rounds"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "set_id") var set: ScoringSet
    /// The unit whose coordinator opened the round; its subtree is scored.
    @Parent(key: "owner_unit_id") var owner: OrgUnit
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    /// Unit kinds scored, comma-separated raw values.
    @Field(key: "kinds") var kinds: String
    /// ISO dates: self-assessment closes, appraisal closes, objections close.
    @Field(key: "self_due_on") var selfDueOn: String
    @Field(key: "appraisal_due_on") var appraisalDueOn: String
    @Field(key: "objection_due_on") var objectionDueOn: String
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

/// A member of a round's appraisal team (đoàn thẩm định).
final class ScoringAppraiser: Model, @unchecked Sendable {
    static let schema = "scoring_appraisers"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "round_id") var round: ScoringRound
    @Parent(key: "user_id") var user: User

    init() {}
}

/// Phiếu chấm điểm of one unit in one round.
final class ScoringSheet: Model, @unchecked Sendable {
    static let schema = "scoring_sheets"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "round_id") var round: ScoringRound
    @Parent(key: "unit_id") var unit: OrgUnit
    @Enum(key: "status") var status: SheetStatus
    @OptionalField(key: "submitted_on") var submittedOn: String?
    /// Submitted after the self-assessment deadline: accepted, marked.
    @Field(key: "late") var late: Bool
    @Field(key: "returned_count") var returnedCount: Int
    @OptionalField(key: "return_reason") var returnReason: String?
    @Field(key: "ineligible") var ineligible: Bool
    @OptionalField(key: "ineligible_reason") var ineligibleReason: String?
    @OptionalField(key: "finalised_on") var finalisedOn: String?
    /// Hundredths; kept when the sheet is submitted / finalised so the results page reads them in one query.
    @OptionalField(key: "self_total") var selfTotal: Int?
    @OptionalField(key: "final_total") var finalTotal: Int?
    @OptionalField(key: "class_label") var classLabel: String?

    init() {}
}

/// One line of a sheet: self points with an explanation, DanVan's computed value with its source, appraised points.
final class ScoringLine: Model, @unchecked Sendable {
    static let schema = "scoring_lines"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "sheet_id") var sheet: ScoringSheet
    @Parent(key: "criterion_id") var criterion: ScoringCriterion
    @OptionalField(key: "self_points") var selfPoints: Int?
    @Field(key: "explanation") var explanation: String
    @OptionalField(key: "computed_points") var computedPoints: Int?
    /// The rate (0…1) or number the computed points come from.
    @OptionalField(key: "computed_value") var computedValue: Double?
    /// Where the computed value comes from, in words ("12/15 báo cáo định kỳ năm 2026 nộp đúng hạn").
    @OptionalField(key: "computed_source") var computedSource: String?
    @OptionalField(key: "appraised_points") var appraisedPoints: Int?
    @Field(key: "appraisal_reason") var appraisalReason: String

    init() {}

    /// Points that count: appraised when set, else self points, else computed.
    var finalPoints: Points? { (appraisedPoints ?? selfPoints ?? computedPoints).map(Points.init(hundredths:)) }
    var selfOrComputed: Points? { (selfPoints ?? computedPoints).map(Points.init(hundredths:)) }
}

/// Tài liệu kiểm chứng attached to a line.
final class ScoringEvidence: Model, CreationStamped, @unchecked Sendable {
    static let schema = "scoring_evidence"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "line_id") var line: ScoringLine
    @Field(key: "name") var name: String
    @Field(key: "hash") var hash: String
    @Field(key: "size") var size: Int
    @Field(key: "uploaded_by") var uploadedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

/// Kiến nghị of a unit against an appraised line, and the team's answer.
final class ScoringObjection: Model, @unchecked Sendable {
    static let schema = "scoring_objections"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "line_id") var line: ScoringLine
    @Field(key: "text") var text: String
    @Field(key: "lodged_by") var lodgedBy: String
    @Field(key: "lodged_on") var lodgedOn: String
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_by") var answeredBy: String?
    @OptionalField(key: "answered_on") var answeredOn: String?

    init() {}
}
