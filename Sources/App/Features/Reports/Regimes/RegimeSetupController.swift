import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Regimes entered by hand, and ad-hoc (đột xuất) requests sent to every reporting unit of a regime.
enum RegimeSetupController {
    /// A regime added to a plan from its wording; names matched like the reader's, the rule set on the regime page.
    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.user
        let plan = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        guard (user.role == .coordinator || user.role == .admin) && user.canSee(plan.unit) else { throw AppError.forbidden }
        let period = req.formText("ky")
        guard ReportPeriod(rawValue: period) != nil else {
            req.flash(.error, L10n.Reports.hayChonKyBaoCao)
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path)
        }
        let schedule = ReportSchedule(
            planID: plan.id!, period: period, dueRule: nil, dueText: req.formText("han"), reporters: req.formText("don_vi"),
            receiver: req.formText("noi_nhan"))
        let units = try await RegimeUnits.resolve(
            reporters: schedule.reporters, receiver: schedule.receiver, issuer: plan.unit,
            date: plan.issuedOn.flatMap { CivilDate(iso: $0) }, on: req.db)
        schedule.$receiverUnit.id = units.receiver
        schedule.$template.id = try await ReportTemplate.query(on: req.db).sort(\.$id).first()?.id
        try await req.db.transaction { db in
            try await schedule.create(on: db)
            try await RegimeUnits.setReporters(units.reporters, of: schedule.id!, on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "report_schedule", id: "\(schedule.id!)", action: "create", before: String?.none,
                after: ["plan": String(plan.id!), "period": period, "reporters": String(units.reporters.count)])
        }
        req.flash(
            .success,
            L10n.Reports.daThemCheDoBaoCao(units.reporters.count)
                + (units.unresolved.isEmpty
                    ? "" : L10n.Reports.chuaNhanRaLabel + units.unresolved.joined(separator: "; ") + L10n.Reports.hayNhapTenDonViTren)
                + (period == "adhoc" ? "" : L10n.Reports.hayNhapQuyTacHanNop))
        return req.redirect(to: SiteURL.reportRegime(.value(schedule.id!)).path)
    }

    /// One request per reporting unit with the given due date, in one INSERT … SELECT; sending the same one twice adds nothing.
    @Sendable static func adhoc(req: Request) async throws -> Response {
        let user = try req.user
        let schedule = try await RegimeController.find(req, user: user)
        guard RegimeController.canManage(user, schedule) else { throw AppError.forbidden }
        let base = SiteURL.reportRegime(.value(schedule.id!)).path
        let subject = req.formText("noi_dung")
        let today = req.clock.today
        guard !subject.isEmpty, let due = CivilDate(vietnamese: req.formText("han")), due >= today else {
            req.flash(.error, L10n.Reports.hayNhapNoiDungYeuCau)
            return req.redirect(to: base)
        }
        let receiver = try await RegimeController.receiverUnit(of: schedule, on: req.db)
        // Stable across processes (unlike hashValue), so the same request sent twice maps to the same key.
        let fnv = VietnameseText.searchKey(subject).utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
        let key = "DX-" + due.iso + "-" + String(fnv, radix: 16)
        let created = try await req.db.transaction { db -> Int in
            let sql = db as! any SQLDatabase
            let before = try await ReportRequest.query(on: db).filter(\.$schedule.$id == schedule.id!).count()
            try await sql.raw(
                """
                INSERT INTO report_requests (schedule_id, unit_id, receiver_unit_id, period_key, period_label, cutoff_start, cutoff_end, due_on,\
                 status) \
                SELECT schedule_id, unit_id, CAST(\(bind: receiver.id!) AS BIGINT), \(bind: key), \(bind: subject), \(bind: today.iso),\
                 \(bind: due.iso), \
                \(bind: due.iso), \(literal: ReportStatus.pending) FROM report_schedule_reporters WHERE schedule_id = \(bind: schedule.id!) \
                ON CONFLICT (schedule_id, unit_id, period_key) DO NOTHING
                """
            ).run()
            let created = try await ReportRequest.query(on: db).filter(\.$schedule.$id == schedule.id!).count() - before
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "report_schedule", id: "\(schedule.id!)", action: "adhoc_request",
                before: String?.none, after: ["subject": subject, "due": due.iso, "created": String(created)])
            return created
        }
        req.flash(.success, L10n.Reports.daGuiYeuCauBaoCao(created, due.vietnamese))
        return req.redirect(to: base)
    }
}
