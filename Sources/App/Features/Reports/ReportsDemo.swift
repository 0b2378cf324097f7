import DanVanCore
import Fluent
import SQLKit
import Vapor

/// The demo's reports: every regime expanded for the current year, and past periods filled set-based —
/// most sent on time and accepted, some late, some waiting for review, some returned, some missing.
enum ReportsDemo {
    /// The text every demo report gives its sections.
    static let sampleText = """
        Tổ chức quán triệt kế hoạch đến toàn thể cán bộ, công chức; duy trì tiếp công dân định kỳ, đối thoại với Nhân dân; \
        giải quyết hồ sơ thủ tục hành chính đúng hạn.
        """

    static func load(_ app: Application, as user: User) async throws {
        let schedules = try await ReportSchedule.query(on: app.db).all()
        let year = app.clock.today.year
        _ = try await ReportRequestGenerator.generate(schedules, year: year, on: app.db)
        try await fill(scheduleIDs: schedules.compactMap(\.id), today: app.clock.today, authorID: user.id!, on: app.db)
    }

    /// Gives past-due requests of these regimes a history, in a few statements per due date (a handful a year).
    /// Re-running adds nothing: ON CONFLICT on the unique keys, not NOT EXISTS, which PostgreSQL re-scans against the rows
    /// the same INSERT is adding (quadratic over 260,000 versions).
    /// Which outcome a request gets follows its id, so the same data come out on SQLite and PostgreSQL.
    static func fill(scheduleIDs: [Int], today: CivilDate, authorID: Int?, on db: any Database) async throws {
        guard !scheduleIDs.isEmpty else { return }
        let sql = db as! any SQLDatabase
        struct Due: Decodable { let dueOn: String }
        let dues = try await sql.raw(
            """
            SELECT DISTINCT due_on AS "dueOn" FROM report_requests WHERE due_on < \(bind: today.iso) AND status = \(literal: ReportStatus.pending) \
            AND schedule_id IN (\(binds: scheduleIDs))
            """
        ).all(decoding: Due.self).compactMap { CivilDate(iso: $0.dueOn) }
        for due in dues {
            let early = due.adding(days: -2).iso
            let onDay = due.iso
            let late = due.adding(days: 4).iso
            try await sql.raw(
                """
                UPDATE report_requests SET \
                status = CASE WHEN id % 10 < 6 THEN \(literal: ReportStatus.accepted) WHEN id % 10 = 6 THEN \(literal: ReportStatus.submitted) \
                ELSE \(literal: ReportStatus.returned) END, \
                submitted_on = CASE WHEN id % 10 = 5 THEN \(bind: late) WHEN id % 10 = 7 THEN \(bind: onDay) ELSE \(bind: early) END, \
                late = CASE WHEN id % 10 = 5 THEN \(bind: true) ELSE \(bind: false) END \
                WHERE due_on = \(bind: onDay) AND status = \(literal: ReportStatus.pending) AND id % 10 < 8 AND schedule_id IN (\(binds: scheduleIDs))
                """
            ).run()
        }
        let now = VietnamTime.calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day, hour: 8))!
        try await sql.raw(
            """
            INSERT INTO report_versions (request_id, number, state, author_id, updated_at, submitted_at, reviewer_id, reviewed_at, review_note,\
             consolidated) \
            SELECT r.id, 1, CASE r.status WHEN \(literal: ReportStatus.accepted) THEN \(literal: ReportVersionState.accepted) \
            WHEN \(literal: ReportStatus.submitted) THEN \(literal: ReportVersionState.submitted) ELSE \(literal: ReportVersionState.returned) END, \
            CAST(\(bind: authorID) AS BIGINT), \(bind: now), \(bind: now), \
            CASE WHEN r.status = \(literal: ReportStatus.submitted) THEN NULL ELSE CAST(\(bind: authorID) AS BIGINT) END, \
            CASE WHEN r.status = \(literal: ReportStatus.submitted) THEN NULL ELSE \(bind: now) END, \
            CASE WHEN r.status = \(literal: ReportStatus.returned) \
            THEN \(bind: "Số hồ sơ giải quyết đúng hạn chưa khớp với Hệ thống một cửa; đề nghị rà soát và nộp lại.")\
             ELSE NULL END, \
            \(bind: false) \
            FROM report_requests r \
            WHERE r.status IN (\(literal: ReportStatus.accepted), \(literal: ReportStatus.submitted), \(literal: ReportStatus.returned)) \
            AND r.schedule_id IN (\(binds: scheduleIDs)) \
            ON CONFLICT (request_id, number) DO NOTHING
            """
        ).run()
        // Figures that pass the form's checks: on time and late each within received, recognized within registered.
        try await sql.raw(
            """
            INSERT INTO report_values (version_id, indicator_id, value) \
            SELECT v.id, i.id, CAST(CASE i.code \
              WHEN 'hs_nhan' THEN 120 + r.id % 80 WHEN 'hs_dung_han' THEN 116 + r.id % 80 - r.id % 9 WHEN 'hs_tre_han' THEN r.id % 4 \
              WHEN 'dvk_dang_ky' THEN 1 + r.id % 3 WHEN 'dvk_cong_nhan' THEN r.id % 2 \
              WHEN 'dccs_cong_khai' THEN 20 + r.id % 15 WHEN 'dccs_cong_khai_dung_han' THEN 18 + r.id % 15 - r.id % 3 \
              WHEN 'dccs_kien_nghi' THEN 1 + r.id % 3 WHEN 'dccs_kien_nghi_dung_han' THEN r.id % 2 \
              ELSE 2 + (r.id * i.position) % 23 END AS DOUBLE PRECISION) \
            FROM report_versions v JOIN report_requests r ON r.id = v.request_id JOIN report_schedules s ON s.id = r.schedule_id \
            JOIN report_indicators i ON i.template_id = s.template_id \
            WHERE i.aggregation <> 'ratio' AND r.schedule_id IN (\(binds: scheduleIDs)) \
            ON CONFLICT (version_id, indicator_id) DO NOTHING
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO report_texts (version_id, section_id, text) \
            SELECT v.id, c.id, \(bind: Self.sampleText) \
            FROM report_versions v JOIN report_requests r ON r.id = v.request_id JOIN report_schedules s ON s.id = r.schedule_id \
            JOIN report_sections c ON c.template_id = s.template_id \
            WHERE c.position = 2 AND r.schedule_id IN (\(binds: scheduleIDs)) \
            ON CONFLICT (version_id, section_id) DO NOTHING
            """
        ).run()
    }
}
