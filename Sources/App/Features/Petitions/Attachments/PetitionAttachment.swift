import Fluent
import Foundation

/// Tệp đính kèm của đơn — a scan of the letter, a decision, a record: stored once in the `FileStore` by its content's hash.
/// Treated as personal data: a scan names the citizen.
final class PetitionAttachment: Model, CreationStamped, @unchecked Sendable {
    static let schema = "petition_attachments"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "petition_id") var petition: Petition
    @Field(key: "file_hash") var fileHash: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "size_bytes") var sizeBytes: Int
    /// What the file is: "Đơn gốc (bản quét)", "Quyết định giải quyết", …
    @Field(key: "description") var description: String
    @Field(key: "uploaded_by") var uploadedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}
