import Fluent
import Foundation

/// Thông báo — to one person: a reminder about one report at one step of the ladder, unique per (user, request, step),
/// or a notice of an event (step names the event, `EventNotice`), unique per (user, event key) when it has a key.
/// Either way runs on several servers never repeat a message.
final class InboxNotification: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "user_id") var user: User
    @OptionalParent(key: "request_id") var request: ReportRequest?
    /// "truoc-7", "truoc-3", "truoc-1", "dung-han", "qua-3", "qua-6", …
    @Field(key: "step") var step: String
    @Field(key: "message") var message: String
    @Field(key: "url") var url: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?
    /// Still to be mailed by `danvan remind` (event notices are never mailed inside the request).
    @Field(key: "mail_pending") var mailPending: Bool
    @OptionalField(key: "event_key") var eventKey: String?

    /// Made through the model, a notice is not mailed unless the caller says so.
    init() {
        mailPending = false
    }
}
