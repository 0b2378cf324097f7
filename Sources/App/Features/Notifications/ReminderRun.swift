import DanVanCore
import Fluent
import Foundation
import SQLKit
import Vapor
import Views

/// Đôn đốc — one pass of the reminder ladder over every open report request, set-based:
/// one query for candidates, one (chunked) for recipients, multi-row inserts that skip what exists.
/// Only rows this run actually inserted are e-mailed, so runs on several servers never repeat a message.
enum ReminderRun {
    struct Outcome: Sendable, Equatable {
        /// Requests with a step today.
        var requests = 0
        var notifications = 0
        var emailsSent = 0
        var emailsFailed = 0

        /// "Đôn đốc ngày 20/05/2026: 3 báo cáo cần nhắc, 7 thông báo mới, 5 thư đã gửi, 0 thư lỗi."
        func summary(today: CivilDate) -> String {
            L10n.Notifications.donDocNgayBaoCaoCan(today.vietnamese, requests, notifications)
                + L10n.Notifications.thuDaGuiThuGuiLoi(emailsSent, emailsFailed)
        }
    }

    /// One notification to insert.
    private struct Pending {
        let userID: Int
        let requestID: Int
        let step: String
        let message: String
        let url: String
    }

    private struct Inserted: Decodable {
        let id: Int
        let userID: Int
        let requestID: Int
    }

    /// 6 parameters a row; 150 rows stay under SQLite's oldest limit of 999.
    static let chunk = 150

    static func run(
        today: CivilDate, at: Date, on db: any Database, mailer: (any Mailer)?, mailFrom: String, publicURL: String?,
        logger: Logger
    ) async throws -> Outcome {
        let sql = db as! any SQLDatabase
        var outcome = Outcome()
        let due = try await ReminderCandidates.load(today: today, on: sql).compactMap { row -> (ReminderCandidates.Row, ReminderStep, CivilDate)? in
            guard let date = CivilDate(iso: row.dueOn), let step = ReminderLadder.step(due: date, today: today, submitted: false) else { return nil }
            return (row, step, date)
        }
        outcome.requests = due.count
        guard !due.isEmpty else { return outcome }

        var units = Set(due.map { $0.0.unitID })
        units.formUnion(due.filter { $0.1.escalates }.map { $0.0.receiverID })
        let recipients = try await ReminderRecipients.load(unitIDs: units, on: sql)

        var pending: [Pending] = []
        var people: [Int: ReminderRecipients.Person] = [:]
        var subjects: [Int: String] = [:]
        for (row, step, date) in due {
            let message = ReminderMessage.text(periodLabel: row.periodLabel, unitName: row.unitName, due: date, today: today)
            subjects[row.id] = ReminderMessage.subject(periodLabel: row.periodLabel, unitName: row.unitName, due: date, today: today)
            for person in recipients.people(unitID: row.unitID, receiverID: row.receiverID, escalates: step.escalates) {
                people[person.id] = person
                pending.append(
                    Pending(
                        userID: person.id, requestID: row.id, step: step.key, message: message,
                        url: SiteURL.reportRequest(.value(row.id)).path))
            }
        }

        let now = at
        var messages: [Int: Pending] = [:]
        for start in stride(from: 0, to: pending.count, by: chunk) {
            let slice = pending[start..<min(start + chunk, pending.count)]
            for row in try await insert(slice, at: now, on: sql) {
                messages[row.id] = slice.first { $0.userID == row.userID && $0.requestID == row.requestID }
            }
        }
        outcome.notifications = messages.count

        guard let mailer else { return outcome }
        for (id, notification) in messages.sorted(by: { $0.key < $1.key }) {
            guard let person = people[notification.userID], let address = person.email,
                PlainTextEmail.isPlausibleAddress(address)
            else { continue }
            let link = (publicURL ?? "") + notification.url
            let email = PlainTextEmail(
                from: mailFrom, toAddress: address, toName: person.fullName,
                subject: subjects[notification.requestID] ?? L10n.Notifications.danvanDonDocBaoCao,
                body: notification.message + L10n.Notifications.nNxemVaNopBaoCaoLabel + link
                    + L10n.Notifications.nNthuNayDoDanvanGui,
                date: now, messageID: "thong-bao-\(id).\(Int(now.timeIntervalSince1970))@danvan")
            do {
                try await mailer.send(email)
                outcome.emailsSent += 1
            } catch {
                // The notification stays in-app; the next runs do not retry it.
                outcome.emailsFailed += 1
                logger.error("Gửi thư thông báo \(id) tới \(address) thất bại: \(error)")
            }
        }
        return outcome
    }

    /// Inserts one chunk; the database skips (user, request, step) rows that exist and returns the rows it wrote.
    private static func insert(_ rows: ArraySlice<Pending>, at now: Date, on sql: any SQLDatabase) async throws -> [Inserted] {
        var values: [SQLQueryString] = []
        for row in rows {
            values.append("(\(bind: row.userID), \(bind: row.requestID), \(bind: row.step), \(bind: row.message), \(bind: row.url), \(bind: now))")
        }
        let list = values.dropFirst().reduce(values[0]) { $0 + ", " + $1 }
        let query: SQLQueryString = """
            INSERT INTO notifications (user_id, request_id, step, message, url, created_at) VALUES \(list) \
            ON CONFLICT (user_id, request_id, step) DO NOTHING RETURNING id, user_id AS "userID", request_id AS "requestID"
            """
        return try await sql.raw(query).all(decoding: Inserted.self)
    }
}
