import DanVanCore
import Fluent
import Foundation
import Vapor

@testable import App

/// Report requests made directly through the models, for reminder tests.
enum ReminderFixtures {
    static let today = CivilDate(iso: "2026-05-20")!

    /// One regime of the province's plan that the requests hang on.
    static func schedule(on app: Application) async throws -> Int {
        let province = try await Fixtures.unit("46", on: app)
        let plan = Plan(
            unitID: province.id!, number: "12/KH-UBND", year: 2026, issuedOn: "2026-01-05",
            title: "Công tác dân vận chính quyền năm 2026", purposes: "", status: .issued)
        try await plan.create(on: app.db)
        let schedule = ReportSchedule(
            planID: plan.id!, period: "monthly", dueRule: "day_of_month:15", dueText: "ngày 15 hằng tháng",
            reporters: "các cơ quan, đơn vị", receiver: "UBND tỉnh")
        try await schedule.create(on: app.db)
        return schedule.id!
    }

    /// A request of unit `code`, received by `receiver`, due `daysFromToday` after `today`.
    @discardableResult
    static func request(
        _ code: String, receiver: String, daysFromToday: Int, status: ReportStatus = .pending,
        schedule: Int, on app: Application
    ) async throws -> ReportRequest {
        let due = today.adding(days: daysFromToday)
        let request = ReportRequest()
        request.$schedule.id = schedule
        request.$unit.id = try await Fixtures.unit(code, on: app).id!
        request.$receiver.id = try await Fixtures.unit(receiver, on: app).id!
        request.periodKey = "2026-\(code)-\(daysFromToday)"
        request.periodLabel = "Tháng \(due.month)/\(due.year)"
        request.cutoffStart = due.adding(days: -30).iso
        request.cutoffEnd = due.adding(days: -1).iso
        request.dueOn = due.iso
        request.status = status
        if status == .submitted || status == .accepted { request.submittedOn = today.iso }
        try await request.create(on: app.db)
        return request
    }

    static func setEmail(_ username: String, _ email: String, on app: Application) async throws {
        let user = try await UserLookup.find(username, on: app.db)
        user.email = email
        try await user.save(on: app.db)
    }

    /// Notifications as (username, request id, step), sorted, for comparing whole sets.
    static func notifications(on app: Application) async throws -> [String] {
        let rows = try await InboxNotification.query(on: app.db).with(\.$user).all()
        return rows.map { "\($0.user.username) \($0.$request.id ?? 0) \($0.step)" }.sorted()
    }

    static func run(_ app: Application, today: CivilDate = today, mailer: (any Mailer)? = nil) async throws -> ReminderRun.Outcome {
        try await ReminderRun.run(
            today: today, at: TestClock.now, on: app.db, mailer: mailer, mailFrom: "DanVan <danvan@ubnd.example.vn>",
            publicURL: "https://danvan.example.vn", logger: app.logger)
    }
}

/// A sendmail stand-in: a shell script that saves each message it is given to its own file.
struct FakeSendmail {
    let directory: String
    let path: String

    init(failing: Bool = false) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fake-sendmail-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: true)
        path = directory + "/sendmail"
        let script =
            failing
            ? "#!/bin/sh\ncat > /dev/null\necho 'mail: cannot connect' >&2\nexit 75\n"
            : """
            #!/bin/sh\nf=\"\(directory)/out/$(date +%s%N)-$$.eml\"\nprintf 'ARGS: %s\\n' \"$*\" > \"$f.tmp\"\ncat >> \"$f.tmp\"\nmv \"$f.tmp\"\
             \"$f\"\n
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    var mailer: SendmailMailer { SendmailMailer(path: path) }

    /// Every message received, each as the text sendmail got (after an "ARGS: …" line).
    func messages() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory + "/out").filter { $0.hasSuffix(".eml") }.sorted()
            .map { try String(contentsOfFile: directory + "/out/" + $0, encoding: .utf8) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// The Subject header, unfolded and decoded from its encoded words.
    static func subject(of message: String) -> String? {
        let head = message.components(separatedBy: "\n\n").first ?? ""
        let unfolded = head.replacingOccurrences(of: "\n ", with: " ")
        guard let line = unfolded.components(separatedBy: "\n").first(where: { $0.hasPrefix("Subject: ") }) else { return nil }
        return line.dropFirst(9).split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return String(word) }
            return String(decoding: Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data(), as: UTF8.self)
        }.joined()
    }
}
