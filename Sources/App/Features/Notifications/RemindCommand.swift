import DanVanCore
import Vapor

/// `danvan remind`: one pass of the reminder ladder (in-app notifications, e-mail through sendmail when configured),
/// the notices of petitions that became overdue, the units a "Dân vận khéo" registration drive still waits for
/// (`ExemplarDriveReminders`), and the mail of event notices written since the last run (`PendingMail`).
/// Safe to run from cron on several servers at once: the database refuses a second copy of any notification.
struct RemindCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "date", help: "Ngày chạy (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định hôm nay theo giờ Việt Nam") var date: String?
    }

    var help: String { "Đôn đốc nộp báo cáo, báo đơn thư quá hạn và gửi thư các thông báo mới" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var today = app.clock.today
        if let text = signature.date {
            guard let date = CivilDate(vietnamese: text) ?? CivilDate(iso: text) else {
                throw AppError.invalid("--date \(text): ngày không hợp lệ, nhập dd/mm/yyyy.", code: "invalid_date")
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
        context.console.print("Đăng ký “Dân vận khéo”: \(drives.units) đơn vị chưa đăng ký cần nhắc, \(drives.notifications) thông báo mới.")
        let disclosures = try await DisclosureReminderRun.run(today: today, at: app.clock.now, on: app.db)
        context.console.print("Công khai thông tin: \(disclosures.communes) xã, phường chưa công khai cần nhắc, \(disclosures.notifications) thông báo mới.")
        let mail = try await PendingMail.send(at: app.clock.now, on: app.db, mailer: config.sendmailPath.map { SendmailMailer(path: $0) },
                                              mailFrom: config.mailFrom, publicURL: config.publicURL, logger: app.logger)
        context.console.print("Đơn thư quá hạn: \(overdue) thông báo mới. Thông báo sự kiện: \(mail.sent) thư đã gửi, \(mail.failed) thư gửi lỗi.")
        if config.sendmailPath == nil { context.console.print("Chưa cấu hình DANVAN_SENDMAIL: chỉ tạo thông báo trong hệ thống.") }
    }
}
