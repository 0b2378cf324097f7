import DanVanCore
import Vapor
import Views

/// `danvan remind`: one pass of the reminder ladder (in-app notifications, e-mail through sendmail when configured),
/// the notices of petitions that became overdue, the units a "Dân vận khéo" registration drive still waits for
/// (`ExemplarDriveReminders`), the units whose scoring sheet is not submitted (`ScoringReminders`), and the mail of event notices written since the last run (`PendingMail`).
/// Safe to run from cron on several servers at once: the database refuses a second copy of any notification.
struct RemindCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "date", help: L10n.Notifications.ngayChayDdMmYyyyHoac) var date: String?
    }

    var help: String { L10n.Notifications.donDocNopBaoCaoBao }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var today = app.clock.today
        if let text = signature.date {
            guard let date = CivilDate(vietnamese: text) ?? CivilDate(iso: text) else {
                throw AppError.invalid(L10n.Notifications.dateNgayKhongHopLeNhap(text), code: "invalid_date")
            }
            today = date
        }
        let config = app.config
        let outcome = try await ReminderRun.run(
            today: today, at: app.clock.now, on: app.db, mailer: config.sendmailPath.map { SendmailMailer(path: $0) },
            mailFrom: config.mailFrom, publicURL: config.publicURL, logger: app.logger)
        context.console.print(outcome.summary(today: today))
        let overdue = try await PetitionNotices.overdue(today: today, at: app.clock.now, on: app.db)
        let drives = try await ExemplarDriveReminders.run(today: today, at: app.clock.now, on: app.db)
        context.console.print(L10n.Notifications.dangKyDanVanKheoDon(drives.units, drives.notifications))
        let scoring = try await ScoringReminders.run(today: today, at: app.clock.now, on: app.db)
        context.console.print(L10n.Notifications.tuChamDiemDanVanChinh(scoring.sheets, scoring.notifications))
        let disclosures = try await DisclosureReminderRun.run(today: today, at: app.clock.now, on: app.db)
        context.console.print(L10n.Notifications.congKhaiThongTinXaPhuong(disclosures.communes, disclosures.notifications))
        let mail = try await PendingMail.send(
            at: app.clock.now, on: app.db, mailer: config.sendmailPath.map { SendmailMailer(path: $0) },
            mailFrom: config.mailFrom, publicURL: config.publicURL, logger: app.logger)
        context.console.print(L10n.Notifications.donThuQuaHanThongBao(overdue, mail.sent, mail.failed))
        if config.sendmailPath == nil { context.console.print(L10n.Notifications.chuaCauHinhDanvanSendmailChi) }
    }
}
