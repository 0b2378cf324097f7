import Fluent
import Foundation

/// Nhật ký thay đổi — who changed what, when, from which unit, with the state before and after.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "at") var at: Date
    @OptionalField(key: "user_id") var userID: Int?
    /// Kept as text so the entry still reads right after the account is renamed or removed.
    @Field(key: "username") var username: String
    @OptionalField(key: "unit_id") var unitID: Int?
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: String?
    @Field(key: "action") var action: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?

    init() {}

    init(at: Date, userID: Int?, username: String, unitID: Int?, entity: String, entityID: String?, action: String, before: String?, after: String?) {
        self.at = at
        self.userID = userID
        self.username = username
        self.unitID = unitID
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.before = before
        self.after = after
    }
}
