import DanVanCore
import Fluent
import SQLKit
import Vapor

/// `danvan seed-reports`: after `seed-national`, every province plan gets monthly, quarterly, 6-month and annual regimes
/// reported by its departments, districts, district offices and communes, plus one regime reported by all of them
/// nationwide. Times the three operations issue 5 sets targets for: the nation's calendar for a year, the history fill,
/// and consolidating the nationwide regime's accepted reports.
struct ReportSeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "today", help: "Day the data are as of, dd/mm/yyyy (default 22/11/2026)") var today: String?
    }

    var help: String { "Tạo chế độ báo cáo và yêu cầu báo cáo cấp quốc gia để đo hiệu năng" }

    /// Period, due rule: Tuyên Quang's regime (seed 001), the shape most provinces use.
    static let regimes: [(String, String)] = [
        ("monthly", "day_of_month:15"), ("quarterly", "day_of_quarter_month:20:3"), ("semiannual", "day_of_year:6:20"),
        ("annual", "day_of_year:12:10")
    ]

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let db = app.db
        let sql = db as! any SQLDatabase
        guard let today = CivilDate(vietnamese: signature.today ?? "22/11/2026") else {
            throw ImportFailure(code: "invalid_date", message: "Ngày không hợp lệ (dd/mm/yyyy).")
        }
        guard try await ReportSchedule.query(on: db).count() == 0 else {
            throw ImportFailure(
                code: "not_empty", message: "Cơ sở dữ liệu đã có chế độ báo cáo; hãy dùng một cơ sở dữ liệu mới tạo bằng seed-national.")
        }
        let template = try await ReportTemplate.query(on: db).sort(\.$id).first()!
        let provincePlans = try await Plan.query(on: db).filter(\.$parentPlan.$id == nil).with(\.$unit).sort(\.$id).all()
        guard let first = provincePlans.first else {
            throw ImportFailure(code: "no_plans", message: "Chưa có kế hoạch cấp tỉnh: hãy chạy danvan seed-national trước.")
        }
        let reporterKinds = [UnitKind.department, .district, .office, .commune].map(\.rawValue)

        var schedules = try await db.transaction { db in
            var schedules: [ReportSchedule] = []
            for plan in provincePlans {
                for (period, rule) in Self.regimes {
                    let schedule = ReportSchedule(planID: plan.id!, period: period, dueRule: rule, dueText: "", reporters: "", receiver: "")
                    schedule.$template.id = template.id
                    try await schedule.create(on: db)
                    schedules.append(schedule)
                    try await (db as! any SQLDatabase).raw(
                        """
                        INSERT INTO report_schedule_reporters (schedule_id, unit_id) \
                        SELECT CAST(\(bind: schedule.id!) AS BIGINT), id FROM units WHERE path LIKE \(bind: plan.unit.path + "%") \
                        AND kind IN (\(binds: reporterKinds)) AND active_until IS NULL
                        """
                    ).run()
                }
            }
            return schedules
        }
        // The nationwide regime: everyone above reports one 6-month report; the plan belongs to the first province
        // only because the benchmark's unit list has no national root.
        let national = ReportSchedule(
            planID: first.id!, period: "semiannual", dueRule: "day_of_year:6:25", dueText: "", reporters: "toàn quốc", receiver: "")
        national.$template.id = template.id
        try await national.create(on: db)
        try await sql.raw(
            """
            INSERT INTO report_schedule_reporters (schedule_id, unit_id) \
            SELECT CAST(\(bind: national.id!) AS BIGINT), id FROM units WHERE kind IN (\(binds: reporterKinds)) AND active_until IS NULL
            """
        ).run()
        schedules.append(national)

        let clock = ContinuousClock()
        var outcome = ReportRequestGenerator.Outcome()
        let generation = try await clock.measure {
            outcome = try await ReportRequestGenerator.generate(schedules, year: today.year, on: db)
        }
        let again = try await clock.measure { _ = try await ReportRequestGenerator.generate(schedules, year: today.year, on: db) }
        let admin = try await User.query(on: db).first()
        let fill = try await clock.measure {
            try await ReportsDemo.fill(scheduleIDs: schedules.compactMap(\.id), today: today, authorID: admin?.id, on: db)
        }
        // Fresh statistics and, on PostgreSQL, a visibility map (as autovacuum keeps in production), so index-only scans are possible.
        try await sql.raw(sql.dialect.name == "postgresql" ? "VACUUM ANALYZE" : "ANALYZE").run()
        let accepted = try await ReportRequest.query(on: db).filter(\.$schedule.$id == national.id!).filter(\.$status == .accepted).count()
        national.$plan.value = first
        var timings: [Duration] = []
        for _ in 0..<5 {
            timings.append(try await clock.measure { _ = try await ReportConsolidation.build(national, periodKey: "\(today.year)-6T", on: db) })
        }
        let reporters = try await ReportScheduleReporter.query(on: db).filter(\.$schedule.$id == national.id!).count()
        let grid = try await gridRegime(schedules, plans: provincePlans, code: "38")
        context.console.print(
            """
            Chế độ báo cáo: \(schedules.count); đơn vị báo cáo toàn quốc: \(reporters)
            Lập lịch năm \(today.year) cho cả nước: \(outcome.created) yêu cầu trong \(Self.ms(generation)) ms; chạy lại: \(Self.ms(again)) ms (không\
             tạo thêm)
            Điền lịch sử nộp báo cáo: \(Self.ms(fill)) ms
            Tổng hợp toàn quốc kỳ 6 tháng: \(accepted) báo cáo đã chấp nhận; \(timings.map { String(Self.ms($0)) }.joined(separator: ", ")) ms
            GRID_PATH=/bao-cao/che-do/\(grid ?? schedules[0].id!)/tinh-hinh?nam=\(today.year)
            """)
    }

    /// Thanh Hóa's monthly regime: the largest province's grid.
    private func gridRegime(_ schedules: [ReportSchedule], plans: [Plan], code: String) async throws -> Int? {
        guard let plan = plans.first(where: { $0.unit.code == code }) else { return nil }
        return schedules.first { $0.$plan.id == plan.id && $0.period == "monthly" }?.id
    }

    static func ms(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
