import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// Each scored unit's obligation in a round — its self-assessment, due on the round's self-assessment deadline — as the
/// work list shows it and as `danvan remind` chases it (issue 15, item 2). A sheet owes while it is being filled
/// (`nhap`) or was returned for clarification (`tra_lai`). Set-based: one query for a page or for the ladder's candidates.
enum ScoringObligations {
    static let owedStatuses = [SheetStatus.draft.rawValue, SheetStatus.returned.rawValue]

    struct Owed: Decodable, Sendable {
        let sheetID: Int
        let roundTitle: String
        let unitName: String
        let deadline: String
        let status: String
    }

    /// The subtree's sheets still owing their self-assessment (`due`: "qua-han" past the deadline, "sap-den-han" within
    /// `DueSoon.days`), by deadline then unit.
    static func owed(scopePath: String, due: String, today: CivilDate, page: PageParams, on db: any Database) async throws
        -> (rows: [Owed], metadata: PageMetadata)
    {
        let sql = db as! any SQLDatabase
        var conditions: SQLQueryString = """
            u.path LIKE \(bind: scopePath + "%") AND u.active_until IS NULL AND s.status IN (\(binds: owedStatuses))
            """
        switch due {
        case "qua-han": conditions = conditions + " AND r.self_due_on < \(bind: today.iso)"
        case "sap-den-han":
            conditions = conditions + " AND r.self_due_on >= \(bind: today.iso) AND r.self_due_on <= \(bind: today.adding(days: DueSoon.days).iso)"
        default: break
        }
        let from: SQLQueryString = "FROM scoring_sheets s JOIN scoring_rounds r ON r.id = s.round_id JOIN units u ON u.id = s.unit_id"
        let total = try await sql.count("SELECT COUNT(*) AS n \(from) WHERE \(conditions)")
        let rows = try await sql.raw(
            """
            SELECT s.id AS "sheetID", r.title AS "roundTitle", u.name AS "unitName", r.self_due_on AS deadline, s.status AS status \(from) \
            WHERE \(conditions) ORDER BY r.self_due_on, u.sort_key, s.id LIMIT \(bind: page.per) OFFSET \(bind: page.offset)
            """
        ).all(decoding: Owed.self)
        return (rows, PageMetadata(page: page.page, per: page.per, total: total))
    }
}

/// Đôn đốc tự chấm điểm — the step of `danvan remind` that chases the units whose sheet is not submitted, on the same
/// ladder as a report (`ReminderLadder`: 7, 3, 1 days before the self-assessment deadline, on the day, then every 3 days,
/// escalating after 7 to the unit's leaders and the coordinators of the round's owner). Each notice carries the key
/// "cd-<sheet>-<step>", so a second run or another server writes nothing new; the notices are marked to be mailed and
/// `PendingMail` sends them in the same run.
enum ScoringReminders {
    struct Outcome: Sendable, Equatable {
        /// Sheets with a step today.
        var sheets = 0
        var notifications = 0
    }

    struct Candidate: Decodable, Sendable {
        let sheetID: Int
        let unitID: Int
        /// The round's owner: the level above, told on escalation.
        let receiverID: Int
        let deadline: String
        let title: String
        let unitName: String
    }

    /// Owing sheets of open units whose deadline lies in the ladder's window, in one query.
    static func candidates(today: CivilDate, on sql: any SQLDatabase) async throws -> [Candidate] {
        let window = ReminderLadder.dueWindow(today: today)
        return try await sql.raw(
            """
            SELECT s.id AS "sheetID", s.unit_id AS "unitID", r.owner_unit_id AS "receiverID", r.self_due_on AS deadline, \
            r.title AS title, u.name AS "unitName" \
            FROM scoring_sheets s JOIN scoring_rounds r ON r.id = s.round_id JOIN units u ON u.id = s.unit_id \
            WHERE r.self_due_on >= \(bind: window.lowerBound.iso) AND r.self_due_on <= \(bind: window.upperBound.iso) \
            AND s.status IN (\(binds: ScoringObligations.owedStatuses)) AND u.active_until IS NULL ORDER BY s.id
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
        outcome.sheets = due.count
        guard !due.isEmpty else { return outcome }
        var units = Set(due.map { $0.0.unitID })
        units.formUnion(due.filter { $0.1.escalates }.map { $0.0.receiverID })
        let recipients = try await ReminderRecipients.load(unitIDs: units, on: sql)
        var pending: [KeyedReminder] = []
        for (row, step, deadline) in due {
            let message = ScoringObligation.reminderText(roundTitle: row.title, unitName: row.unitName, deadline: deadline, today: today)
            for person in recipients.people(unitID: row.unitID, receiverID: row.receiverID, escalates: step.escalates) {
                pending.append(
                    KeyedReminder(
                        userID: person.id, step: "cd-" + step.key, message: message,
                        url: SiteURL.scoringSheet(.value(row.sheetID)).path, key: "cd-\(row.sheetID)-\(step.key)"))
            }
        }
        outcome.notifications += try await KeyedReminder.insert(pending, at: now, on: sql)
        return outcome
    }
}
