import Foundation
import SQLKit

/// A reminder for one person, keyed ("dvk-…", "ck-…", "cd-…") so that a second run, or another server running the same
/// ladder, adds nothing. The drive, disclosure and scoring reminder runs each collect these and insert them here.
struct KeyedReminder {
    let userID: Int
    let step: String
    let message: String
    let url: String
    let key: String

    /// 7 parameters a row; 120 rows stay under SQLite's oldest limit of 999.
    static let chunk = 120

    /// Inserts the reminders not yet there, in multi-row chunks, waiting for mail; returns how many are new.
    static func insert(_ reminders: [KeyedReminder], at now: Date, on sql: any SQLDatabase) async throws -> Int {
        var inserted = 0
        for start in stride(from: 0, to: reminders.count, by: chunk) {
            let rows = reminders[start..<min(start + chunk, reminders.count)].map { row -> SQLQueryString in
                "(\(bind: row.userID), \(bind: row.step), \(bind: row.message), \(bind: row.url), \(bind: now), \(bind: true), \(bind: row.key))"
            }
            let list = rows.dropFirst().reduce(rows[0]) { $0 + ", " + $1 }
            inserted += try await sql.raw(
                """
                INSERT INTO notifications (user_id, step, message, url, created_at, mail_pending, event_key) VALUES \(list) \
                ON CONFLICT (user_id, event_key) DO NOTHING RETURNING id
                """
            ).all().count
        }
        return inserted
    }
}
