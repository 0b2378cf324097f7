import DanVanCore
import Fluent
import Foundation
import Views

/// Văn bản căn cứ — a document plans cite (Chỉ thị 33/CT-TTg, Kế hoạch 33/KH-UBND …), stored once.
final class LegalDocument: Model, CreationStamped, @unchecked Sendable {
    static let schema = "legal_documents"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "doc_type") var docType: String
    @Field(key: "number") var number: String
    /// Number folded and without spaces ("120 -KL/TW" = "120-KL/TW"), with the date: the identity of a document.
    @Field(key: "identity_key") var identityKey: String
    @OptionalField(key: "issued_on") var issuedOn: String?
    @OptionalField(key: "issuer") var issuer: String?
    @Field(key: "search_key") var searchKey: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(docType: String, number: String, issuedOn: String?, issuer: String?) {
        self.docType = docType
        self.number = number
        self.issuedOn = issuedOn
        self.issuer = issuer
        self.identityKey = LegalDocument.identity(number: number, issuedOn: issuedOn)
        self.searchKey = VietnameseText.searchKey([docType, number, issuer ?? ""].joined(separator: " "))
    }

    static func identity(number: String, issuedOn: String?) -> String {
        VietnameseText.fold(number).filter { !$0.isWhitespace } + "@" + (issuedOn ?? "")
    }

    /// "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ".
    var citation: String {
        var text = L10n.Plans.so(docType, number)
        if let date = issuedOn.flatMap(CivilDate.init(iso:)) { text += L10n.Plans.ngayBanHanhKem(date.vietnamese) }
        if let issuer { text += L10n.Plans.cua(issuer) }
        return text
    }
}
