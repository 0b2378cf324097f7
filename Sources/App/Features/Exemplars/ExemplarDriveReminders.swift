import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// Đôn đốc đăng ký "Dân vận khéo" — the step of `danvan remind` that chases the units a registration drive asks and
/// that have registered nothing in answer (they nor a unit under them), on the same ladder as a report
/// (`ReminderLadder`: 7, 3, 1 days before the deadline, on the day, then every 3 days, escalating after 7).
/// Set-based like `ReminderRun`: one query for the candidates, one (chunked) for the recipients, multi-row inserts.
/// Each notice carries the key "dvk-<obligation>-<step>", so a second run or another server writes nothing new;
/// the notices are marked to be mailed and `PendingMail` sends them in the same run.
enum ExemplarDriveReminders {
    struct Outcome: Sendable, Equatable {
        /// Units with a step today.
        var units = 0
        var notifications = 0
    }

    struct Candidate: Decodable, Sendable {
        /// The obligation (`exemplar_drive_units.id`).
        let id: Int
        let driveID: Int
        let unitID: Int
        /// The launching unit: the level above, told on escalation.
        let receiverID: Int
        let deadline: String
        let title: String
        let unitName: String
    }

    /// Obligations with nothing registered whose deadline lies in the ladder's window, of open units, in one query.
    static func candidates(today: CivilDate, on sql: any SQLDatabase) async throws -> [Candidate] {
        let window = ReminderLadder.dueWindow(today: today)
        return try await sql.raw(
            """
            SELECT t.id AS id, t.drive_id AS "driveID", t.unit_id AS "unitID", d.unit_id AS "receiverID", d.deadline AS deadline, \
            d.title AS title, u.name AS "unitName" \
            FROM exemplar_drive_units t JOIN exemplar_drives d ON d.id = t.drive_id JOIN units u ON u.id = t.unit_id \
            WHERE d.deadline >= \(bind: window.lowerBound.iso) AND d.deadline <= \(bind: window.upperBound.iso) AND u.active_until IS NULL \
            AND NOT EXISTS (SELECT 1 FROM exemplars e JOIN units eu ON eu.id = e.unit_id \
            WHERE e.drive_id = t.drive_id AND eu.path LIKE u.path || '%') \
            ORDER BY t.id
            """
        ).all(decoding: Candidate.self)
    }

    static func run(today: CivilDate, at now: Date, on db: any Database) async throws -> Outcome {
        let sql = db as! any SQLDatabase
        var outcome = Outcome()
        let due = try await candidates(today: today, on: sql).compactMap { row -> (Candidate, ReminderStep, CivilDate)? in
            guard let date = CivilDate(iso: row.deadline), let step = ReminderLadder.step(due: date, today: today, submitted: false) else {
                return nil
            }
            return (row, step, date)
        }
        outcome.units = due.count
        guard !due.isEmpty else { return outcome }
        var units = Set(due.map { $0.0.unitID })
        units.formUnion(due.filter { $0.1.escalates }.map { $0.0.receiverID })
        let recipients = try await ReminderRecipients.load(unitIDs: units, on: sql)
        var pending: [KeyedReminder] = []
        for (row, step, deadline) in due {
            let message = ExemplarDriveRules.reminderText(title: row.title, unitName: row.unitName, deadline: deadline, today: today)
            for person in recipients.people(unitID: row.unitID, receiverID: row.receiverID, escalates: step.escalates) {
                pending.append(
                    KeyedReminder(
                        userID: person.id, step: "dvk-" + step.key, message: message,
                        url: SiteURL.exemplarRegister.path + "?dot=\(row.driveID)", key: "dvk-\(row.id)-\(step.key)"))
            }
        }
        outcome.notifications += try await KeyedReminder.insert(pending, at: now, on: sql)
        return outcome
    }
}
