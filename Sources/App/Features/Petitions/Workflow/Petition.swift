import DanVanCore
import Fluent
import Foundation
import Views

/// Đơn thư — a khiếu nại, tố cáo, kiến nghị or phản ánh, from intake to closing. Dates are ISO strings (yyyy-MM-dd).
final class Petition: Model, @unchecked Sendable {
    static let schema = "petitions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "tracking_code") var trackingCode: String
    @Enum(key: "channel") var channel: PetitionChannel
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "subject") var subject: String
    /// Folded subject for accent-insensitive search and duplicate suggestions.
    @Field(key: "subject_key") var subjectKey: String
    @Field(key: "content") var content: String
    // Personal data (thông tin cá nhân): shown only as `PetitionAccess` allows.
    @Field(key: "citizen_name") var citizenName: String
    @Field(key: "citizen_address") var citizenAddress: String
    @Field(key: "citizen_phone") var citizenPhone: String
    @Field(key: "citizen_id_number") var citizenIDNumber: String
    /// Who the citizen is, for "same citizen" duplicate suggestions: ID number, else phone, else folded name and address.
    @Field(key: "citizen_key") var citizenKey: String
    @Field(key: "people_count") var peopleCount: Int
    /// Comma-separated `PetitionKind` values; `kind` is the one whose time limits apply.
    @Field(key: "kinds") var kinds: String
    @Enum(key: "kind") var kind: PetitionKind
    @Enum(key: "instance") var instance: PetitionInstance
    @Field(key: "field") var field: String
    @OptionalField(key: "in_competence") var inCompetence: Bool?
    @Field(key: "is_mass") var isMass: Bool
    @Field(key: "is_over_level") var isOverLevel: Bool
    @Field(key: "is_duplicate") var isDuplicate: Bool
    @Field(key: "is_anonymous") var isAnonymous: Bool
    @Field(key: "is_complex") var isComplex: Bool
    @Field(key: "is_remote") var isRemote: Bool
    @Enum(key: "status") var status: PetitionStatus
    @OptionalField(key: "status_reason") var statusReason: String?
    /// The responsible unit; its subtree's users may see the case.
    @Parent(key: "unit_id") var unit: OrgUnit
    /// `DeadlineProfile.id` in force when the case was classified; never rewritten afterwards.
    @Field(key: "profile_id") var profileID: String
    @Field(key: "accept_due") var acceptDue: String
    @OptionalField(key: "accepted_on") var acceptedOn: String?
    @OptionalField(key: "resolve_due") var resolveDue: String?
    @Field(key: "extensions") var extensions: Int
    @OptionalField(key: "resolved_on") var resolvedOn: String?
    /// The deadline running now (acceptance or resolution), nil once none runs: what the overdue lists index.
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "resolution") var resolution: String?
    @Field(key: "answer_public") var answerPublic: Bool
    /// A denouncer's identity is shown to the assigned unit only after the inspectorate grants it.
    @Field(key: "identity_granted") var identityGranted: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var kindList: [PetitionKind] { PetitionKind.decode(kinds) }
    var conditions: CaseConditions { CaseConditions(isComplex: isComplex, isRemote: isRemote, extensions: extensions) }
    var received: CivilDate { CivilDate(iso: receivedOn)! }
}

/// Nguồn đơn — how a petition arrived.
enum PetitionChannel: String, Codable, CaseIterable, Sendable {
    case reception = "tiep_cong_dan"
    case post = "buu_chinh"
    case web = "cong_thong_tin"
    case hotline = "duong_day_nong"

    var label: String {
        switch self {
        case .reception: return L10n.Petitions.tiepCongDan
        case .post: return L10n.Petitions.buuChinh
        case .web: return L10n.Petitions.congThongTinCongDanGui
        case .hotline: return L10n.Petitions.duongDayNong
        }
    }
}
