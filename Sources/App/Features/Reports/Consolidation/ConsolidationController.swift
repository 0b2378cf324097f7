import DanVanCore
import Fluent
import Vapor
import Views

/// Tổng hợp — the receiver's view of a period: combined figures, narratives, who is missing; exports; sending it upward.
enum ConsolidationController {
    @Sendable static func show(req: Request) async throws -> Response {
        let (user, schedule, receiver) = try await context(req)
        let periods = try await RegimeController.periodSummary(scheduleID: schedule.id!, year: nil, on: req.db)
        let today = req.clock.today.iso
        let key = req.query[String.self, at: "ky"] ?? periods.last { $0.due <= today }?.key ?? periods.first?.key ?? ""
        let result = try await ReportConsolidation.build(schedule, periodKey: key, on: req.db)
        let target = try await upwardTarget(schedule, periodKey: key, on: req.db)
        let query = "?ky=" + key
        let shown = 100
        let gridURL = SiteURL.reportGrid(.value(schedule.id!)).path + "?nam=" + key.prefix(4)
        var model = ConsolidationPage.Model()
        model.title = RegimeController.title(schedule)
        model.regimeID = schedule.id!
        model.periods = periods.map { ($0.key, $0.label) }
        model.period = key
        model.summary = L10n.Reports.donViDaCoBaoCao(result.periodLabel, result.accepted, result.expected, receiver.name)
        model.figures = result.figures.map { figure -> [TableCell] in
            [
                .text(figure.indicator.name), .text(figure.indicator.unitOfMeasure), .number(ConsolidatedReport.figureText(figure)),
                .number(String(figure.reports))
            ]
        }
        // A nationwide period has thousands of units: the page shows the first ones, the .docx and the grid have them all.
        model.narratives = result.narratives.map { narrative in
            (
                narrative.section.title
                    + (narrative.entries.count > shown ? L10n.Reports.donViXemDuTrongTep(shown, narrative.entries.count) : ""),
                Array(narrative.entries.prefix(shown))
            )
        }
        model.missing =
            result.missing.prefix(shown).map { [.text($0.unit), .text($0.status)] }
            + (result.missing.count > shown ? [[.link(L10n.Reports.vaDonViKhacXemTinh(result.missing.count - shown), gridURL), .text("")]] : [])
        model.late = Array(result.late.prefix(shown)) + (result.late.count > shown ? [L10n.Reports.vaDonViKhac(result.late.count - shown)] : [])
        model.docxURL = SiteURL.reportConsolidationDocx(.value(schedule.id!)).path + query
        model.xlsxURL = SiteURL.reportConsolidationXlsx(.value(schedule.id!)).path + query
        model.signer = canSetSigner(user, receiver) ? try await signerForm(schedule, receiver: receiver, period: key, on: req.db) : nil
        model.upward = target.flatMap { target in
            ReportSubmission.canFill(user, target)
                ? (
                    SiteURL.reportUpward(.value(schedule.id!)).path + query,
                    L10n.Reports.baoCaoCuaGui(target.periodLabel, target.unit.name, target.receiver.name)
                )
                : nil
        }
        model.layout = req.pageLayout()
        return HTMLResponse.make(ConsolidationPage(model: model).render())
    }

    @Sendable static func docx(req: Request) async throws -> Response {
        let (_, schedule, receiver) = try await context(req)
        guard let key = periodKey(req) else {
            return try await askForPeriod(
                req, schedule, what: L10n.Reports.baoCaoTongHopDocx, action: SiteURL.reportConsolidationDocx(.value(schedule.id!)).path)
        }
        let result = try await ReportConsolidation.build(schedule, periodKey: key, on: req.db)
        var document = try await ConsolidatedReport.document(result, receiver: receiver, today: req.clock.today, on: req.db)
        if let signer = try await UnitSigner.find(unitID: receiver.id!, on: req.db) { document.signature = signer.signature }
        return Download.response(try OfficialReportDocx.data(document), name: "bao-cao-tong-hop-\(result.periodKey).docx")
    }

    @Sendable static func xlsx(req: Request) async throws -> Response {
        let (_, schedule, _) = try await context(req)
        guard let key = periodKey(req) else {
            return try await askForPeriod(
                req, schedule, what: L10n.Reports.soLieuTheoDonViXlsxVietThuong, action: SiteURL.reportConsolidationXlsx(.value(schedule.id!)).path)
        }
        let result = try await ReportConsolidation.build(schedule, periodKey: key, on: req.db)
        return Download.response(
            try await ConsolidatedReport.spreadsheet(result, scheduleID: schedule.id!, on: req.db),
            name: "tong-hop-\(result.periodKey).xlsx")
    }

    /// Makes the consolidation a draft of this unit's own report for the level above; the unit reviews and submits it.
    @Sendable static func upward(req: Request) async throws -> Response {
        let (user, schedule, _) = try await context(req)
        guard let key = periodKey(req) else { throw AppError.invalid(L10n.Reports.thieuKyBaoCao, code: "period_required") }
        guard let target = try await upwardTarget(schedule, periodKey: key, on: req.db), ReportSubmission.canFill(user, target) else {
            throw AppError.invalid(L10n.Reports.khongCoBaoCaoNaoCua, code: "no_upward_report")
        }
        let result = try await ReportConsolidation.build(schedule, periodKey: key, on: req.db)
        let (indicators, _) = try await ReportConsolidation.template(of: target.schedule, on: req.db)
        let latest = try await ReportSubmission.latestVersion(of: target.id!, on: req.db)
        var figures: [String: String] = [:]
        for figure in result.figures where figure.indicator.aggregation != IndicatorAggregation.ratio.rawValue {
            if let value = figure.value { figures[figure.indicator.code] = ReportFigures.typed(value) }
        }
        var texts: [Int: String] = [:]
        for narrative in result.narratives where !narrative.entries.isEmpty {
            texts[narrative.section.id!] = narrative.entries.map { "\($0.unit): \($0.text)" }.joined(separator: "\n")
        }
        let input = ReportSubmission.Input(
            figures: figures, texts: texts, files: [], base: latest.map(ReportSubmission.stamp) ?? "", consolidated: true)
        _ = try await ReportSubmission.save(target, input, submit: false, indicators: indicators, by: user, at: req.clock.now, on: req.db)
        req.flash(.success, L10n.Reports.daTaoBanNhapTuSo)
        return req.redirect(to: SiteURL.reportRequest(.value(target.id!)).path)
    }

    /// The receiving unit's usual signer, remembered for its next documents; an empty name leaves the dotted line.
    @Sendable static func saveSigner(req: Request) async throws -> Response {
        let (user, schedule, receiver) = try await context(req)
        guard canSetSigner(user, receiver) else { throw AppError.forbidden }
        let lines = UnitSigner.lines(req.formText("chuc_danh"))
        let name = req.formText("ho_ten").trimmingCharacters(in: .whitespacesAndNewlines)
        let back = SiteURL.reportConsolidation(.value(schedule.id!)).path + (periodKey(req).map { "?ky=" + $0 } ?? "")
        guard !lines.isEmpty, lines.count <= 4, lines.allSatisfy({ $0.count <= 80 }), name.count <= 80 else {
            req.flash(.error, L10n.Reports.hayGhiQuyenHanChucVu)
            return req.redirect(to: back)
        }
        try await req.db.transaction { db in
            let signer = try await UnitSigner.find(unitID: receiver.id!, on: db) ?? UnitSigner(unitID: receiver.id!, titleLines: "", name: "")
            let before = signer.id == nil ? nil : ["signer_title": signer.titleLines.replacingOccurrences(of: "\n", with: " / "), "name": signer.name]
            signer.titleLines = lines.joined(separator: "\n")
            signer.name = name
            try await signer.save(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "unit", id: "\(receiver.id!)", action: "set_signer", before: before,
                after: ["signer_title": lines.joined(separator: " / "), "name": name])
        }
        req.flash(
            .success,
            L10n.Reports.daLuuNguoiKyCuaLabel(receiver.name) + lines.joined(separator: " / ") + (name.isEmpty ? "" : " — " + name)
                + L10n.Reports.cacVanBanDocxCuaDon)
        return req.redirect(to: back)
    }

    /// Who may set a unit's signer: a person who may write, within whose subtree the unit is.
    static func canSetSigner(_ user: User, _ unit: OrgUnit) -> Bool {
        user.role.canWrite && user.canSee(unit)
    }

    private static func signerForm(_ schedule: ReportSchedule, receiver: OrgUnit, period: String, on db: any Database) async throws
        -> (action: String, lines: String, name: String)
    {
        let saved = try await UnitSigner.find(unitID: receiver.id!, on: db)
        let lines = saved.map { UnitSigner.lines($0.titleLines) } ?? ConsolidatedReport.defaultSignature(receiver: receiver, on: db).lines
        return (SiteURL.reportConsolidationSigner(.value(schedule.id!)).path + "?ky=" + period, lines.joined(separator: "\n"), saved?.name ?? "")
    }

    /// The unit issuing this regime's plan answers the level above for the same period with a report of the same template.
    static func upwardTarget(_ schedule: ReportSchedule, periodKey: String, on db: any Database) async throws -> ReportRequest? {
        guard let templateID = schedule.$template.id else { return nil }
        return try await ReportRequest.query(on: db)
            .join(ReportSchedule.self, on: \ReportRequest.$schedule.$id == \ReportSchedule.$id)
            .filter(\.$unit.$id == schedule.plan.$unit.id).filter(\.$periodKey == periodKey)
            .filter(\.$status ~~ [.pending, .draft, .returned])
            .filter(ReportSchedule.self, \.$id != schedule.id!).filter(ReportSchedule.self, \.$template.$id == templateID)
            .with(\.$unit).with(\.$receiver).with(\.$schedule).first()
    }

    private static func context(_ req: Request) async throws -> (User, ReportSchedule, OrgUnit) {
        let user = try req.user
        let schedule = try await RegimeController.find(req, user: user)
        let receiver = try await RegimeController.receiverUnit(of: schedule, on: req.db)
        guard user.canSee(receiver) || user.canSee(schedule.plan.unit) else { throw AppError.outsideScope }
        return (user, schedule, receiver)
    }

    private static func periodKey(_ req: Request) -> String? {
        guard let key = req.query[String.self, at: "ky"]?.trimmingCharacters(in: .whitespaces), !key.isEmpty else { return nil }
        return key
    }

    /// A link without its period: a page asking for it (the latest period already due is chosen), not a bare 422.
    private static func askForPeriod(_ req: Request, _ schedule: ReportSchedule, what: String, action: String) async throws -> Response {
        let periods = try await RegimeController.periodSummary(scheduleID: schedule.id!, year: nil, on: req.db)
        let today = req.clock.today.iso
        var model = PeriodChoicePage.Model()
        model.title = RegimeController.title(schedule)
        model.backURL = SiteURL.reportRegime(.value(schedule.id!)).path
        model.what = what
        model.action = action
        model.periods = periods.map { ($0.key, $0.label) }
        model.selected = periods.last { $0.due <= today }?.key ?? periods.first?.key ?? ""
        model.layout = req.pageLayout()
        return HTMLResponse.make(PeriodChoicePage(model: model).render())
    }
}
