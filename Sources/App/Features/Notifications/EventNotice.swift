import Fluent
import Foundation
import SQLKit
import Views

/// Thông báo sự kiện — a notice to the people of one or more units, written in the caller's transaction by one
/// INSERT … SELECT over users (never one query per person). Marked to be mailed by `danvan remind`, not here.
enum EventNotice {
    enum Event: String, CaseIterable, Sendable {
        case reportReturned = "tra-lai"
        case reportResubmitted = "nop-lai"
        case reportAccepted = "chap-nhan"
        case taskAssigned = "giao-viec"
        case petitionAssigned = "giao-don"
        case petitionOverdue = "don-qua-han"
    }

    /// Tells the recipients of `event` in `unitIDs`, except `actorID`; returns how many notices were written.
    /// With a `key`, a person who already had a notice with that key gets none (used by runs that may repeat).
    @discardableResult
    static func send(
        _ event: Event, to unitIDs: [Int], message: String, url: String, except actorID: Int?, key: String? = nil,
        at now: Date, on db: any Database
    ) async throws -> Int {
        guard !unitIDs.isEmpty else { return 0 }
        let sql = db as! any SQLDatabase
        let roles = EventRecipients.roles(for: event).map(\.rawValue)
        // A NULL key has no type of its own: PostgreSQL needs the cast to accept it in the SELECT list.
        var query: SQLQueryString = """
            INSERT INTO notifications (user_id, step, message, url, created_at, mail_pending, event_key) \
            SELECT id, \(bind: event.rawValue), \(bind: message), \(bind: url), \(bind: now), \(bind: true), CAST(\(bind: key) AS TEXT) FROM users \
            WHERE unit_id IN (\(binds: unitIDs)) AND role IN (\(binds: roles)) AND is_disabled = \(bind: false)
            """
        if let actorID { query = query + " AND id <> \(bind: actorID)" }
        if key != nil { query = query + " ON CONFLICT (user_id, event_key) DO NOTHING" }
        query = query + " RETURNING id"
        return try await sql.raw(query).all().count
    }

    /// "Kế hoạch 12/KH-UBND", or the title of a plan without a number yet.
    static func label(of plan: Plan) -> String {
        plan.number.map { L10n.Notifications.keHoachSo($0) } ?? L10n.Notifications.keHoach(plan.title)
    }
}
