import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Chế độ báo cáo — a regime's rule, its reporting units, and its calendar.
enum RegimeController {
    struct SettingsForm: Content {
        var quy_tac: String?
        var ngay: String?
        var thang: String?
        var ngay_chot: String?
        var ngay_nghi: String?
        var noi_nhan: String?
        var mau: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        return try await page(req, user: user, schedule: try await find(req, user: user))
    }

    /// The regime's page; after a reporters' list that was not understood, with what was typed and why (422).
    static func page(_ req: Request, user: User, schedule: ReportSchedule, typedReporters: String? = nil, reportersError: String? = nil) async throws
        -> Response
    {
        let year = req.queryYear(fallback: req.clock.today.year)
        let periods = try await periodSummary(scheduleID: schedule.id!, year: year, on: req.db)
        let reporterCount = try await ReportScheduleReporter.query(on: req.db).filter(\.$schedule.$id == schedule.id!).count()
        let reporters = try await ReportScheduleReporter.query(on: req.db).filter(\.$schedule.$id == schedule.id!)
            .join(OrgUnit.self, on: \ReportScheduleReporter.$unit.$id == \OrgUnit.$id).sort(OrgUnit.self, \.$sortKey).range(..<2000).all()
            .map { try $0.joined(OrgUnit.self) }
        let receiver = try await receiverUnit(of: schedule, on: req.db)
        let templates = try await ReportTemplate.query(on: req.db).sort(\.$id).all()
        let rule = schedule.dueRule.flatMap(DueRule.init(typed:))
        var notes: [String] = []
        if rule == nil && schedule.reportPeriod != .adhoc { notes.append(L10n.Reports.keHoachKhongGhiHanNop) }
        if reporterCount == 0 { notes.append(L10n.Reports.chuaXacDinhDuocDonVi(schedule.reporters)) }

        let (kind, day, month): (String, Int?, Int?) =
            switch rule {
            case .dayOfMonth(let d): ("day_of_month", d, nil)
            case .dayOfQuarterMonth(let d, let m): ("day_of_quarter_month", d, m)
            case .dayOfYear(let m, let d): ("day_of_year", d, m)
            case nil: ("", nil, nil)
            }
        let periodName = ReportPeriod.label(of: schedule.period)
        let dueText = DueRule.label(of: schedule.dueRule) + (schedule.dueText.isEmpty ? "" : L10n.Reports.vanBanGhi(schedule.dueText))
        let cutoffText =
            schedule.cutoffDay == 1
            ? L10n.Reports.theoThangDuongLich
            : L10n.Reports.tuNgayThangTruocKyDen(schedule.cutoffDay, schedule.cutoffDay - 1)
        let policyText = (DayOffPolicy(rawValue: schedule.dayOffPolicy) ?? .next).label
        let reportersText = schedule.reporters.isEmpty ? "—" : schedule.reporters
        let receiverText = receiver.name + (schedule.receiver.isEmpty ? "" : L10n.Reports.vanBanGhi(schedule.receiver))
        let templateName = templates.first { $0.id == schedule.$template.id }?.name ?? L10n.Reports.chuaChon
        let facts: [(String, String)] = [
            (L10n.Reports.kyBaoCao, periodName), (L10n.Reports.hanNop, dueText), (L10n.Reports.chotSoLieu, cutoffText),
            (L10n.Reports.hanRoiVaoNgayNghi, policyText),
            (L10n.Reports.donViBaoCaoTheoVan, reportersText), (L10n.Reports.noiNhan, receiverText), (L10n.Reports.mauBaoCao, templateName)
        ]
        let consolidation = SiteURL.reportConsolidation(.value(schedule.id!)).path + "?ky="
        let mayConsolidate = user.canSee(receiver) || user.canSee(schedule.plan.unit)
        let periodRows: [[TableCell]] = periods.map { period -> [TableCell] in
            let window = ReportRequestController.date(period.cutoffStart) + " – " + ReportRequestController.date(period.cutoffEnd)
            return [
                .text(period.label), .text(window), .text(ReportRequestController.date(period.due)), .number(String(period.expected)),
                .number(String(period.submitted)), .number(String(period.accepted)),
                // Only who may consolidate (the receiver's or the issuer's subtree) is shown the link (issue 18: no link that answers 403).
                mayConsolidate ? .link(L10n.Reports.tongHop, consolidation + period.key) : .text("—")
            ]
        }
        // The list as the form shows it: one unit a line, by the label that resolves back to it.
        let parents = try await OrgUnit.query(on: req.db).filter(\.$id ~~ Set(reporters.compactMap { $0.$parent.id })).all()
        let parentName = Dictionary(parents.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
        let reporterLines = reporters.map { unit in unit.name + (unit.$parent.id.flatMap { parentName[$0] }.map { " — " + $0 } ?? "") }
        let reporterRows: [[TableCell]] = reporters.prefix(100).map { unit -> [TableCell] in
            [.text(unit.code), user.canSee(unit) ? .link(unit.name, SiteURL.unit(.value(unit.id!)).path) : .text(unit.name), .text(unit.kind.label)]
        }
        let settings = RegimePage.Settings(
            ruleKind: kind, day: day.map(String.init) ?? "", month: month.map(String.init) ?? "", cutoffDay: String(schedule.cutoffDay),
            dayOffPolicy: schedule.dayOffPolicy, policies: DayOffPolicy.allCases.map { ($0.rawValue, $0.label) },
            receiverChoice: schedule.$receiverUnit.id == nil ? "" : try await UnitChoice.label(of: receiver, on: req.db),
            templateID: schedule.$template.id.map(String.init) ?? "", templates: templates.map { (String($0.id!), $0.name) })
        var model = RegimePage.Model()
        model.title = title(schedule)
        model.planTitle = schedule.plan.displayName
        model.planURL = SiteURL.plan(.value(schedule.$plan.id)).path
        model.facts = facts
        model.notes = notes
        model.periods = periodRows
        model.reporters = reporterRows
        model.reporterCount = reporterCount
        model.reporterNames = typedReporters ?? reporterLines.joined(separator: "\n")
        model.reportersError = reportersError
        model.canManage = canManage(user, schedule)
        model.settings = settings
        model.year = String(year)
        model.isAdhoc = schedule.reportPeriod == .adhoc
        model.kinds = UnitKind.allCases.map { ($0.rawValue, $0.label) }
        model.regimeID = schedule.id!
        model.layout = req.pageLayout()
        return HTMLResponse.make(RegimePage(model: model).render(), status: reportersError == nil ? .ok : .unprocessableEntity)
    }

    @Sendable static func generate(req: Request) async throws -> Response {
        let user = try req.user
        let schedule = try await find(req, user: user)
        guard canManage(user, schedule) else { throw AppError.forbidden }
        let base = SiteURL.reportRegime(.value(schedule.id!)).path
        guard let year = Int(req.formText("nam")), (2000...2100).contains(year) else {
            req.flash(.error, L10n.Reports.namKhongHopLe)
            return req.redirect(to: base)
        }
        let outcome = try await ReportRequestGenerator.generate([schedule], year: year, on: req.db)
        if let problem = outcome.skipped[schedule.id!] {
            req.flash(.error, problem)
        } else {
            try await Audit.record(
                on: req.db, actor: req.actor(user), entity: "report_schedule", id: "\(schedule.id!)", action: "generate",
                before: String?.none, after: ["year": year, "created": outcome.created])
            req.flash(
                .success,
                L10n.Reports.daTaoYeuCauBaoCao(outcome.created, year) + (outcome.notes.isEmpty ? "" : " " + outcome.notes.joined(separator: " ")))
        }
        return req.redirect(to: base + "?nam=\(year)")
    }

    @Sendable static func settings(req: Request) async throws -> Response {
        let user = try req.user
        let schedule = try await find(req, user: user)
        guard canManage(user, schedule) else { throw AppError.forbidden }
        let base = SiteURL.reportRegime(.value(schedule.id!)).path
        let form = try req.content.decode(SettingsForm.self)
        var problems: [String] = []
        let day = Int(form.ngay ?? "")
        let month = Int(form.thang ?? "")
        var rule: DueRule?
        switch form.quy_tac ?? "" {
        case "": rule = nil
        case "day_of_month": rule = day.map { .dayOfMonth($0) }
        case "day_of_quarter_month": rule = day.flatMap { d in month.map { .dayOfQuarterMonth(day: d, monthOfQuarter: $0) } }
        case "day_of_year": rule = day.flatMap { d in month.map { .dayOfYear(month: $0, day: d) } }
        default: problems.append(L10n.Reports.loaiQuyTacKhongHopLe)
        }
        let encoded = rule.map(\.stored)
        if !(form.quy_tac ?? "").isEmpty && encoded.flatMap(DueRule.init(typed:)) == nil {
            problems.append(L10n.Reports.ngayThangCuaQuyTacHan)
        }
        if let rule, let period = schedule.reportPeriod, period != .adhoc {
            do { _ = try ReportCalendar(workingCalendar: WorkingCalendar(holidays: [])).periods(of: period, rule: rule, year: 2024) } catch {
                problems.append(error.message)
            }
        }
        guard let cutoff = Int(form.ngay_chot ?? ""), (1...28).contains(cutoff) else {
            req.flash(.error, L10n.Reports.ngayChotSoLieuPhaiTu)
            return req.redirect(to: base)
        }
        let policy = DayOffPolicy(rawValue: form.ngay_nghi ?? "") ?? .next
        var receiverID: Int?
        let typed = (form.noi_nhan ?? "").trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty {
            let outcome = try await UnitChoice.resolve(typed, within: schedule.plan.unit.path, on: req.db)
            guard case .unit(let unit) = outcome else {
                req.flash(.error, (UnitChoice.problem(outcome, typed: typed) ?? "") + L10n.Reports.donViNhanBaoCaoPhai)
                return req.redirect(to: base)
            }
            receiverID = unit.id
        }
        let templateID = Int(form.mau ?? "")
        if let templateID, try await ReportTemplate.find(templateID, on: req.db) == nil { problems.append(L10n.Reports.mauBaoCaoKhongTonTai) }
        guard problems.isEmpty else {
            req.flash(.error, problems.joined(separator: " "))
            return req.redirect(to: base)
        }
        let before = Snapshot(schedule)
        schedule.dueRule = encoded
        schedule.cutoffDay = cutoff
        schedule.dayOffPolicy = policy.rawValue
        schedule.$receiverUnit.id = receiverID
        schedule.$template.id = templateID
        try await req.db.transaction { db in
            try await schedule.save(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "report_schedule", id: "\(schedule.id!)", action: "update",
                before: before, after: Snapshot(schedule))
        }
        req.flash(.success, L10n.Reports.daLuuQuyTacCacYeu)
        return req.redirect(to: base)
    }

    @Sendable static func reporters(req: Request) async throws -> Response {
        let user = try req.user
        let schedule = try await find(req, user: user)
        guard canManage(user, schedule) else { throw AppError.forbidden }
        let base = SiteURL.reportRegime(.value(schedule.id!)).path
        // Units by name, one a line (or by code); "ma", codes separated by commas or spaces, is still read.
        let typed = req.formText("don_vi")
        let codes = req.formText("ma").split(whereSeparator: { ",;\n\r\t ".contains($0) }).map(String.init)
        var choice = try await RegimeUnits.choose(
            typed.components(separatedBy: CharacterSet(charactersIn: "\n;")) + codes,
            within: schedule.plan.unit.path, on: req.db)
        if let problem = choice.problem {
            return try await page(
                req, user: user, schedule: schedule, typedReporters: typed.isEmpty ? codes.joined(separator: "\n") : typed,
                reportersError: problem)
        }
        if let kind = UnitKind(rawValue: req.formText("loai")) {
            let listed = Set(choice.units.compactMap(\.id))
            choice.units += try await OrgUnit.query(on: req.db).filter(\.$kind == kind).filter(\.$activeUntil == nil)
                .filter(\.$path, .custom("LIKE"), schedule.plan.unit.path + "%").all().filter { !listed.contains($0.id!) }
        }
        let chosen = choice.units
        let before = try await ReportScheduleReporter.query(on: req.db).filter(\.$schedule.$id == schedule.id!).count()
        try await req.db.transaction { db in
            try await RegimeUnits.setReporters(chosen.compactMap(\.id), of: schedule.id!, on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "report_schedule", id: "\(schedule.id!)", action: "set_reporters",
                before: ["count": before], after: ["codes": chosen.map(\.code).sorted()])
        }
        req.flash(.success, L10n.Reports.daLuuDonViBaoCao(chosen.count))
        return req.redirect(to: base)
    }

    /// A regime the user may open: one of a plan they may open.
    static func find(_ req: Request, user: User) async throws -> ReportSchedule {
        guard
            let schedule = try await ReportSchedule.query(on: req.db).filter(\.$id == req.idParameter())
                .with(\.$plan, { $0.with(\.$unit) }).first()
        else { throw AppError.notFound(L10n.Reports.cheDoBaoCao) }
        _ = try await PlanAccess.find(schedule.$plan.id, for: user, on: req.db)
        return schedule
    }

    static func canManage(_ user: User, _ schedule: ReportSchedule) -> Bool {
        (user.role == .coordinator || user.role == .admin) && user.canSee(schedule.plan.unit)
    }

    static func receiverUnit(of schedule: ReportSchedule, on db: any Database) async throws -> OrgUnit {
        if let id = schedule.$receiverUnit.id, let unit = try await OrgUnit.find(id, on: db) { return unit }
        return schedule.plan.unit
    }

    /// "Báo cáo 6 tháng — 389/KH-UBND".
    static func title(_ schedule: ReportSchedule) -> String {
        L10n.Reports.baoCaoTruocKy + (ReportPeriod.label(of: schedule.period)).lowercased() + " — " + (schedule.plan.number ?? schedule.plan.title)
    }

    struct PeriodRow: Decodable {
        let key: String
        let label: String
        let cutoffStart: String
        let cutoffEnd: String
        let due: String
        let expected: Int
        let submitted: Int
        let accepted: Int
    }

    /// One row per period of the year, counted by the database.
    static func periodSummary(scheduleID: Int, year: Int?, on db: any Database) async throws -> [PeriodRow] {
        let yearFilter: SQLQueryString = year.map { "AND period_key LIKE \(bind: "\($0)-%")" } ?? ""
        return try await (db as! any SQLDatabase).raw(
            """
            SELECT period_key AS key, period_label AS label, MIN(cutoff_start) AS "cutoffStart", MIN(cutoff_end) AS "cutoffEnd", MIN(due_on) AS due, \
            COUNT(*) AS expected, SUM(CASE WHEN submitted_on IS NULL THEN 0 ELSE 1 END) AS submitted, \
            SUM(CASE WHEN status = \(literal: ReportStatus.accepted) THEN 1 ELSE 0 END) AS accepted \
            FROM report_requests WHERE schedule_id = \(bind: scheduleID) \(yearFilter) \
            GROUP BY period_key, period_label ORDER BY period_key
            """
        ).all(decoding: PeriodRow.self)
    }

    private struct Snapshot: Encodable {
        let dueRule: String?
        let cutoffDay: Int
        let dayOffPolicy: String
        let receiverUnitID: Int?
        let templateID: Int?

        init(_ schedule: ReportSchedule) {
            dueRule = schedule.dueRule
            cutoffDay = schedule.cutoffDay
            dayOffPolicy = schedule.dayOffPolicy
            receiverUnitID = schedule.$receiverUnit.id
            templateID = schedule.$template.id
        }
    }
}
