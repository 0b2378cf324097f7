import DanVanCore
import Fluent
import Foundation
import Views

/// Kế hoạch — a plan issued by a unit, possibly implementing a plan of the level above.
final class Plan: Model, ChangeStamped, CreationStamped, @unchecked Sendable {
    static let schema = "plans"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    /// "389/KH-UBND"; nil for a draft without a number yet.
    @OptionalField(key: "number") var number: String?
    @Field(key: "year") var year: Int
    @OptionalField(key: "issued_on") var issuedOn: String?
    @Field(key: "title") var title: String
    @Field(key: "title_key") var titleKey: String
    @Field(key: "purposes") var purposes: String
    @Enum(key: "status") var status: PlanStatus
    @OptionalParent(key: "parent_plan_id") var parentPlan: Plan?
    /// The plan as a citable document, so plans below that cite it link to it.
    @OptionalParent(key: "legal_document_id") var legalDocument: LegalDocument?
    @OptionalField(key: "file_hash") var fileHash: String?
    @OptionalField(key: "file_name") var fileName: String?
    @OptionalField(key: "source_text") var sourceText: String?
    @OptionalField(key: "created_by") var createdBy: Int?
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "updated_at") var updatedAt: Date?

    init() {}

    init(unitID: Int, number: String?, year: Int, issuedOn: String?, title: String, purposes: String, status: PlanStatus) {
        self.$unit.id = unitID
        self.number = number
        self.year = year
        self.issuedOn = issuedOn
        self.title = title
        self.titleKey = VietnameseText.searchKey(title + " " + (number ?? ""))
        self.purposes = purposes
        self.status = status
    }

    var displayName: String {
        [number.map { L10n.Plans.keHoachSo($0) } ?? L10n.Plans.keHoachDuThao, title].joined(separator: ": ")
    }
}
