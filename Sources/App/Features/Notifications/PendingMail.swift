import DanVanCore
import Fluent
import Foundation
import SQLKit
import Vapor
import Views

/// Gửi thư thông báo sự kiện — the step of `danvan remind` that mails the event notices written since the last run.
/// Each batch is claimed by one UPDATE … RETURNING before anything is sent, so two servers never mail the same notice;
/// a failed message is logged and not retried, as for reminders. Without a mailer, pending notices are only released.
enum PendingMail {
    struct Outcome: Sendable, Equatable {
        var sent = 0
        var failed = 0
    }

    private struct Claimed: Decodable {
        let id: Int
        let userID: Int
        let message: String
        let url: String
    }

    private struct Person: Decodable {
        let id: Int
        let fullName: String
        let email: String?
    }

    static let batch = 500

    static func send(
        at now: Date, on db: any Database, mailer: (any Mailer)?, mailFrom: String, publicURL: String?,
        logger: Logger
    ) async throws -> Outcome {
        let sql = db as! any SQLDatabase
        var outcome = Outcome()
        while true {
            let claimed = try await sql.raw(
                """
                UPDATE notifications SET mail_pending = \(bind: false) WHERE mail_pending = \(bind: true) AND id IN \
                (SELECT id FROM notifications WHERE mail_pending = \(bind: true) ORDER BY id LIMIT \(unsafeRaw: String(batch))) \
                RETURNING id, user_id AS "userID", message, url
                """
            ).all(decoding: Claimed.self)
            guard !claimed.isEmpty else { return outcome }
            guard let mailer else { continue }
            let people = try await sql.select().column("id").column(SQLColumn("full_name"), as: "fullName").column("email")
                .from(User.schema).where("id", .in, SQLBind.group(Array(Set(claimed.map(\.userID))))).all(decoding: Person.self)
            let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for note in claimed.sorted(by: { $0.id < $1.id }) {
                guard let person = byID[note.userID], let address = person.email, PlainTextEmail.isPlausibleAddress(address) else { continue }
                let email = PlainTextEmail(
                    from: mailFrom, toAddress: address, toName: person.fullName, subject: EventMessage.subject(of: note.message),
                    body: note.message + L10n.Notifications.nNxemChiTietLabel + (publicURL ?? "") + note.url
                        + L10n.Notifications.nNthuNayDoDanvanGui,
                    date: now, messageID: "thong-bao-\(note.id).\(Int(now.timeIntervalSince1970))@danvan")
                do {
                    try await mailer.send(email)
                    outcome.sent += 1
                } catch {
                    outcome.failed += 1
                    logger.error("Gửi thư thông báo \(note.id) tới \(address) thất bại: \(error)")
                }
            }
        }
    }
}
