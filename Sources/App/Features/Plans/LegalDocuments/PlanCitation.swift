import Fluent

/// A plan cites a legal document (căn cứ).
final class PlanCitation: Model, @unchecked Sendable {
    static let schema = "plan_citations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "plan_id") var plan: Plan
    @Parent(key: "legal_document_id") var legalDocument: LegalDocument

    init() {}

    init(planID: Int, legalDocumentID: Int) {
        self.$plan.id = planID
        self.$legalDocument.id = legalDocumentID
    }
}
