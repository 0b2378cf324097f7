import DanVanCore
import Fluent
import Foundation
import Views

/// Dân chủ ở cơ sở — a legal figure a province set differently from the law's default, with the article and version it follows.
final class DemocracySettingRecord: Model, @unchecked Sendable {
    static let schema = "democracy_settings"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "figure") var figure: String
    @Field(key: "value") var value: Double
    @Field(key: "article") var article: String
    @Field(key: "version") var version: String
    @Field(key: "updated_by") var updatedBy: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// One category of what must be publicised (Luật 10/2022/QH15, Điều 11; agencies: Chương III): data, editable by province.
final class DisclosureCategoryRecord: Model, @unchecked Sendable {
    static let schema = "disclosure_categories"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    @Field(key: "article") var article: String
    /// nil: posted permanently.
    @OptionalField(key: "minimum_posting_days") var minimumPostingDays: Int?
    @Field(key: "frequency") var frequency: String
    @Field(key: "loudspeaker") var loudspeaker: Bool
    /// "xa" (commune) or "co_quan" (agency).
    @Field(key: "scope") var scope: String
    @Field(key: "sort_order") var sortOrder: Int
    @Field(key: "active") var active: Bool
    /// The province that added it, for its subtree; nil for the law's list, which applies everywhere.
    @OptionalField(key: "owner_unit_id") var ownerUnitID: Int?

    init() {}

    init(_ category: DisclosureCategory) {
        code = category.code
        title = category.title
        article = category.article
        minimumPostingDays = category.minimumPostingDays
        frequency = category.frequency.rawValue
        loudspeaker = category.loudspeaker
        scope = category.scope
        sortOrder = category.sortOrder
        active = true
    }

    var category: DisclosureCategory {
        DisclosureCategory(
            code: code, title: title, article: article, minimumPostingDays: minimumPostingDays,
            frequency: DisclosureFrequency(rawValue: frequency) ?? .onEvent, loudspeaker: loudspeaker, scope: scope, sortOrder: sortOrder)
    }
}

/// Thông tin công khai — one item a commune (or an agency) made public: what, in which category, where, from when to when.
/// A posted item is never deleted: it is withdrawn with a reason, kept, and shown publicly as withdrawn.
final class DisclosureItem: Model, @unchecked Sendable {
    static let schema = "disclosure_items"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// The commune or agency that publishes.
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "category_code") var categoryCode: String
    @Field(key: "title") var title: String
    @Field(key: "content") var content: String
    /// Comma-separated `DisclosureForm` raw values.
    @Field(key: "forms") var forms: String
    /// ISO date of the decision or document published; the 5-working-day rule runs from it. nil when there is none.
    @OptionalField(key: "decided_on") var decidedOn: String?
    @Field(key: "starts_on") var startsOn: String
    /// nil: posted permanently.
    @OptionalField(key: "ends_on") var endsOn: String?
    /// Why the posting is shorter than the category's minimum, when it is.
    @OptionalField(key: "short_reason") var shortReason: String?
    /// Whether it was published within the time limit, computed when published.
    @Field(key: "on_time") var onTime: Bool
    @Field(key: "year") var year: Int
    @Field(key: "published_by") var publishedBy: String
    @OptionalField(key: "withdrawn_on") var withdrawnOn: String?
    @OptionalField(key: "withdrawn_reason") var withdrawnReason: String?
    @OptionalField(key: "withdrawn_by") var withdrawnBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var formList: [DisclosureForm] { forms.split(separator: ",").compactMap { DisclosureForm(rawValue: String($0)) } }
    var start: CivilDate { CivilDate(iso: startsOn)! }
    var end: CivilDate? { endsOn.flatMap(CivilDate.init(iso:)) }

    var posting: DisclosureRules.Posting {
        .init(category: categoryCode, start: start, end: end, withdrawnOn: withdrawnOn.flatMap(CivilDate.init(iso:)))
    }
}

/// A file published with an item (the decision, the budget table); public like the item itself.
final class DisclosureFile: Model, @unchecked Sendable {
    static let schema = "disclosure_files"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "item_id") var item: DisclosureItem
    @Field(key: "file_hash") var fileHash: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "size_bytes") var sizeBytes: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Bàn và quyết định — one matter a hamlet decided (Điều 15–23): how, how many households, the result computed on all
/// households of the hamlet, the minutes, and the commune's decision.
final class HamletVote: Model, @unchecked Sendable {
    static let schema = "hamlet_votes"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "hamlet_id") var hamlet: OrgUnit
    /// The commune the hamlet belongs to, kept for scoping and the commune's lists.
    @Parent(key: "commune_id") var commune: OrgUnit
    @Field(key: "matter") var matter: String
    @Field(key: "subject") var subject: String
    @Field(key: "method") var method: String
    @Field(key: "held_on") var heldOn: String
    @Field(key: "eligible") var eligible: Int
    @Field(key: "voting") var voting: Int
    @Field(key: "in_favour") var inFavour: Int
    @Field(key: "against") var against: Int
    /// The threshold applied when recorded (a later change of the setting does not rewrite the past).
    @Field(key: "threshold_percent") var thresholdPercent: Double
    @Field(key: "threshold_strict") var thresholdStrict: Bool
    @Field(key: "required_votes") var requiredVotes: Int
    @Field(key: "passed") var passed: Bool
    @OptionalField(key: "minutes_hash") var minutesHash: String?
    @OptionalField(key: "minutes_name") var minutesName: String?
    /// The commune's decision (công nhận / không công nhận, with its number) and its date.
    @OptionalField(key: "commune_decision") var communeDecision: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var counts: HamletVoteRules.Counts { .init(eligible: eligible, voting: voting, inFavour: inFavour, against: against) }
    var threshold: VoteThreshold { VoteThreshold(percent: thresholdPercent, strictlyAbove: thresholdStrict) }
    var matterKind: HamletMatter { HamletMatter(rawValue: matter) ?? .other }
    var methodKind: VoteMethod { VoteMethod(rawValue: method) ?? .meeting }

    /// The stated result, from the stored counts and threshold.
    var resultSentence: String {
        let percent = (Double(inFavour) * 1000 / Double(max(eligible, 1))).rounded() / 10
        return HamletVoteRules.Outcome(passed: passed, required: requiredVotes, threshold: threshold, percentInFavour: percent, turnoutPercent: 0)
            .sentence(counts)
    }
}

/// Tham gia ý kiến — a consultation of residents on a draft (Điều 25–28).
final class Consultation: Model, @unchecked Sendable {
    static let schema = "consultations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "subject") var subject: String
    /// The draft put to residents.
    @Field(key: "draft") var draft: String
    /// Comma-separated forms (Điều 26 khoản 1).
    @Field(key: "forms") var forms: String
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    /// The commune's answer: what it took up and what changed; nil until published.
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_on") var answeredOn: String?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var start: CivilDate { CivilDate(iso: startsOn)! }
    var end: CivilDate { CivilDate(iso: endsOn)! }
}

/// One opinion on a consultation: from a resident on the public page, or entered by an official from a meeting or ballot.
/// The author's name and address are personal data and never shown publicly.
final class ConsultationOpinion: Model, @unchecked Sendable {
    static let schema = "consultation_opinions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "consultation_id") var consultation: Consultation
    /// "cong_dan" (public page), "hop" (meeting), "phieu" (household ballot), "khac".
    @Field(key: "source") var source: String
    @Field(key: "content") var content: String
    @Field(key: "author_name") var authorName: String
    @Field(key: "author_address") var authorAddress: String
    @Field(key: "received_on") var receivedOn: String
    /// The official who entered it; nil for the public page.
    @OptionalField(key: "entered_by") var enteredBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    static let sources = [
        ("cong_dan", L10n.Democracy.congDanGuiQuaTrangCong), ("hop", L10n.Democracy.hoiNghiCuocHop), ("phieu", L10n.Democracy.phieuLayYKienHoGia),
        ("hom_thu", L10n.Democracy.homThuGopYDuongDay), ("mat_tran", L10n.Democracy.quaBanCongTacMatTran)
    ]
    var sourceLabel: String { Self.sources.first { $0.0 == source }?.1 ?? source }
}

/// Kiến nghị — a recommendation of the People's Inspection Board or of the Community Investment Supervision Board to the
/// commune, and the commune's answer, due within the figure's days (Điều 40). Its text may name officials: staff pages only.
final class InspectionRecommendation: Model, @unchecked Sendable {
    static let schema = "inspection_recommendations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "commune_id") var commune: OrgUnit
    @Field(key: "board") var board: String
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "content") var content: String
    /// Computed when recorded from the setting then in force.
    @Field(key: "due_on") var dueOn: String
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_on") var answeredOn: String?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var boardKind: InspectionBoard { InspectionBoard(rawValue: board) ?? .peoplesInspection }
    var due: CivilDate { CivilDate(iso: dueOn)! }
    func status(today: CivilDate) -> InspectionRules.Status {
        InspectionRules.status(due: due, answeredOn: answeredOn.flatMap(CivilDate.init(iso:)), today: today)
    }
}

/// Đánh giá sự hài lòng — one rating left on the public form (Điều 35.2a): anonymous unless tied to a receipt number or a
/// petition's tracking code; a low rating is routed to the commune as a phản ánh (`petition_id`).
final class SatisfactionRating: Model, @unchecked Sendable {
    static let schema = "satisfaction_ratings"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "subject") var subject: String
    /// The administrative procedure rated, as the resident named it; empty for the government as a whole.
    @Field(key: "service") var service: String
    @Field(key: "score") var score: Int
    /// Receipt number (số biên nhận) or petition tracking code; empty when anonymous.
    @Field(key: "reference") var reference: String
    @Field(key: "comment") var comment: String
    @Field(key: "rated_on") var ratedOn: String
    @OptionalParent(key: "petition_id") var petition: Petition?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
