import Fluent
import Foundation

/// Lĩnh vực đơn — one subject area offered when classifying petitions. Never deleted: a field in use is retired
/// (no longer offered) and keeps its label in old cases and statistics.
final class PetitionFieldRecord: Model, ChangeStamped, CreationStamped, @unchecked Sendable {
    static let schema = "petition_fields"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// Stored on petitions (`Petition.field`); fixed once created, so renaming never touches a case.
    @Field(key: "code") var code: String
    @Field(key: "label") var label: String
    @Field(key: "position") var position: Int
    @Field(key: "is_retired") var isRetired: Bool
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "updated_at") var updatedAt: Date?

    init() {}

    init(code: String, label: String, position: Int) {
        self.code = code
        self.label = label
        self.position = position
        self.isRetired = false
    }
}
