import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Phiếu chấm điểm: the unit's self-assessment, the team's appraisal, objections, evidence files.
enum ScoringSheetController {
    /// The sheet for someone who may see it: its unit in their subtree, or on the round's team.
    static func context(_ req: Request, user: User) async throws -> (SheetContext, isAppraiser: Bool) {
        let context = try await SheetContext.load(try req.idParameter(), on: req.db)
        let isAppraiser = try await ScoringAccess.isAppraiser(user, roundID: context.round.id!, on: req.db)
        guard ScoringAccess.canSee(user, context, isAppraiser: isAppraiser) else { throw AppError.outsideScope }
        return (context, isAppraiser)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        // A page view only reads: the computed lines are filled when the round opens, when the sheet is submitted and by
        // the "Cập nhật số liệu" button (`refresh`).
        // Plain rows, the frozen set from the process's cache: no Fluent model is decoded for a view.
        let view = try await SheetView.load(try req.idParameter(), user: user, on: req.db, cache: req.scoringSetCache)
        guard view.canSee(user) else { throw AppError.outsideScope }
        return try await page(req, view: view, user: user, typed: [:], errors: [:], status: .ok)
    }

    /// A writer's form shown again with what was typed and its errors.
    static func page(
        _ req: Request, context: SheetContext, user: User, isAppraiser: Bool, typed: [String: String], errors: [String: String],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let view = try await SheetView.from(context, isAppraiser: isAppraiser, on: req.db)
        return try await page(req, view: view, user: user, typed: typed, errors: errors, status: status)
    }

    /// Cập nhật số liệu: the unit's officer recomputes the sheet's computed lines from today's records.
    @Sendable static func refresh(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        try await ScoringSheets.refreshComputed(context, user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daCapNhatSoLieuCac)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    static func page(
        _ req: Request, view context: SheetView, user: User, typed: [String: String], errors: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        let sheet = context.sheet
        let isAppraiser = context.isAppraiser
        var model = ScoringSheetPage.Model()
        model.unit = sheet.unitName
        model.roundTitle = context.round.title
        model.roundURL = SiteURL.scoringRound(.value(context.round.id)).path
        model.status = sheet.status.label + (sheet.late ? L10n.Scoring.nopMuon : "")
        let appraisalOpen = req.clock.today.iso <= context.round.appraisalDueOn
        let canAppraise = isAppraiser && user.role.canWrite && user.$unit.id != sheet.unitID && sheet.status == .submitted && appraisalOpen
        if context.isUnitOfficer(user) && sheet.status.unitMayEdit {
            model.mode = .selfAssessment
        } else if canAppraise {
            model.mode = .appraisal
        }
        model.facts = [
            (L10n.Scoring.boTieuChi, context.set.title), (L10n.Scoring.hanTuCham, CivilDate(iso: context.round.selfDueOn)?.vietnamese ?? ""),
            (
                L10n.Scoring.hanThamDinh,
                (CivilDate(iso: context.round.appraisalDueOn)?.vietnamese ?? "") + (appraisalOpen ? "" : L10n.Scoring.daHetHan)
            ),
            (L10n.Scoring.hanKienNghi, CivilDate(iso: context.round.objectionDueOn)?.vietnamese ?? "")
        ]
        if let submitted = sheet.submittedOn { model.facts.append((L10n.Scoring.ngayNop, CivilDate(iso: submitted)?.vietnamese ?? submitted)) }
        if sheet.ineligible { model.facts.append((L10n.Scoring.khongDuDieuKienXepLoai, sheet.ineligibleReason ?? "")) }
        model.returnReason = sheet.status == .returned ? sheet.returnReason : nil
        let lineByCriterion = Dictionary(context.lines.map { ($0.criterionID, $0) }, uniquingKeysWith: { a, _ in a })
        let links = context.links
        let groupCodes = Set(context.set.set.groups.map(\.code))
        let canAnswer = isAppraiser && user.role.canWrite && user.$unit.id != sheet.unitID
        model.lines = zip(context.set.criterionIDs, context.set.set.nodes).map { criterionID, node in
            var item = ScoringSheetPage.Line()
            item.code = node.code
            item.text = (node.role == .regular ? "" : node.role.label + ": ") + node.text
            item.max = node.maxPoints.text
            item.depth = groupCodes.contains(node.code) ? 1 : 2
            guard let line = lineByCriterion[criterionID] else {
                item.isLine = false
                return item
            }
            let id = String(line.id)
            item.id = id
            item.rule = ScoringController.ruleText(node)
            item.evidenceRequired = node.evidence
            item.selfPoints = typed["diem_" + id] ?? line.selfPoints.map { Points(hundredths: $0).text } ?? ""
            item.explanation = typed["giai_trinh_" + id] ?? line.explanation
            item.computed = line.computedPoints.map { Points(hundredths: $0).text } ?? ""
            item.computedSource = line.computedSource ?? ""
            item.appraised = typed["tham_dinh_" + id] ?? line.appraisedPoints.map { Points(hundredths: $0).text } ?? ""
            item.reason = typed["ly_do_" + id] ?? line.appraisalReason
            item.final = line.finalPoints?.text ?? ""
            item.differs = line.appraisedPoints != nil && line.finalPoints != line.selfOrComputed
            item.evidence = (context.evidence[line.id] ?? []).map { (name: $0.name, url: SiteURL.scoringEvidence(.value($0.id)).path) }
            item.links = (links[line.id] ?? []).compactMap { link in
                ScoringRecordLinks.path(kind: link.kind, recordID: link.recordID).map { (name: link.title, url: $0) }
            }
            item.objections = (context.objections[line.id] ?? []).map { objection in
                var o = ScoringSheetPage.Objection()
                o.id = String(objection.id)
                o.text = objection.text
                o.lodged = (CivilDate(iso: objection.lodgedOn)?.vietnamese ?? "") + ", " + objection.lodgedBy
                o.answer = objection.answer ?? ""
                o.answerURL = canAnswer && objection.answer == nil ? SiteURL.scoringSheetAnswer(.value(sheet.id)).path : nil
                return o
            }
            return item
        }
        model.errors = errors
        model.saveURL = SiteURL.scoringSheet(.value(sheet.id)).path
        model.evidenceURL = SiteURL.scoringSheetEvidence(.value(sheet.id)).path
        if model.mode == .selfAssessment {
            model.linkURL = SiteURL.scoringSheetLink(.value(sheet.id)).path
            model.recordChoices = try await ScoringRecordLinks.choices(unitID: sheet.unitID, year: context.round.year, on: req.db)
                .map { (value: $0.value, label: $0.label) }
            model.unlinkURL = SiteURL.scoringSheetUnlink(.value(sheet.id)).path
            model.linkedRecords = context.lines.flatMap { line in
                (links[line.id] ?? []).map {
                    (value: String($0.id), label: (context.set.node(ofCriterion: line.criterionID)?.code ?? "") + ". " + $0.title)
                }
            }
        }
        model.appraiseURL = SiteURL.scoringSheetAppraise(.value(sheet.id)).path
        model.returnURL = sheet.returnedCount == 0 ? SiteURL.scoringSheetReturn(.value(sheet.id)).path : nil
        model.finaliseURL = SiteURL.scoringSheetFinalise(.value(sheet.id)).path
        if model.mode == .selfAssessment { model.refreshURL = SiteURL.scoringSheetRefresh(.value(sheet.id)).path }
        if context.isUnitOfficer(user), sheet.status == .finalised, req.clock.today.iso <= context.round.objectionDueOn {
            model.objectionURL = SiteURL.scoringSheetObject(.value(sheet.id)).path
        }
        let selfResult = context.selfResult
        let finalResult = context.finalResult
        model.selfTotal = selfResult.total.text
        model.selfClass = selfResult.classLabel
        if sheet.status == .finalised {
            model.finalTotal = sheet.finalTotal.map { Points(hundredths: $0).text } ?? finalResult.total.text
            model.finalClass = sheet.classLabel ?? finalResult.classLabel
        }
        model.groups =
            zip(selfResult.groups, finalResult.groups).map { mine, final in
                (label: "\(mine.code). \(mine.text)", selfPoints: mine.points.text, finalPoints: final.points.text, maximum: mine.maximum.text)
            } + [
                (
                    label: L10n.Scoring.diemThuongDaApMucTran, selfPoints: selfResult.bonus.text, finalPoints: finalResult.bonus.text,
                    maximum: context.set.set.bonusCap.text
                ),
                (
                    label: L10n.Scoring.diemTruDaApMucTran, selfPoints: selfResult.deduction.text, finalPoints: finalResult.deduction.text,
                    maximum: context.set.set.deductionCap.text
                )
            ]
        // The unit's results in the owner's rounds: one query.
        struct Past: Decodable {
            let year: Int
            let final_total: Int?
            let class_label: String?
        }
        let past = try await (req.db as! any SQLDatabase).raw(
            """
            SELECT r.year, s.final_total, s.class_label FROM scoring_sheets s JOIN scoring_rounds r ON r.id = s.round_id \
            WHERE s.unit_id = \(bind: sheet.unitID) AND r.owner_unit_id = \(bind: context.round.ownerID) \
            AND s.status = \(bind: SheetStatus.finalised.rawValue) ORDER BY r.year
            """
        ).all(decoding: Past.self)
        model.history = past.compactMap { old in
            guard let total = old.final_total else { return nil }
            return (year: String(old.year), total: Points(hundredths: total).text, classLabel: old.class_label ?? "")
        }
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringSheetPage(model: model).render(), status: status)
    }

    /// Line id → typed points and note, from fields named `<points>_<id>` and `<note>_<id>`.
    static func entries(_ form: [String: String], points: String, note: String) -> [Int: ScoringSheets.Entry] {
        var entries: [Int: ScoringSheets.Entry] = [:]
        for (key, value) in form where key.hasPrefix(points + "_") {
            guard let id = Int(key.dropFirst(points.count + 1)) else { continue }
            entries[id] = .init(points: value, note: form[note + "_\(id)"] ?? "")
        }
        return entries
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try req.user
        var (context, isAppraiser) = try await self.context(req, user: user)
        let form = try req.content.decode([String: String].self)
        let submit = form["hanh_dong"] == "nop"
        // A submitted sheet carries the computed lines as of the day it is submitted.
        if submit, ScoringAccess.isUnitOfficer(user, context.sheet), context.sheet.status.unitMayEdit {
            try await ScoringComputed.prefill(roundID: context.round.id!, sheetIDs: [context.sheet.id!], on: req.db, today: req.clock.today)
            context = try await SheetContext.load(context.sheet.id!, on: req.db)
        }
        let problems = try await ScoringSheets.saveSelf(
            entries(form, points: "diem", note: "giai_trinh"), submit: submit, context: context, user: user,
            actor: req.actor(user), on: req.db)
        guard problems.isEmpty else {
            return try await page(
                req, context: context, user: user, isAppraiser: isAppraiser, typed: form, errors: problems.mapValues(\.message),
                status: .unprocessableEntity)
        }
        req.flash(
            .success, submit ? (context.sheet.late ? L10n.Scoring.daNopPhieuSauHanTu : L10n.Scoring.daNopPhieuChamDiem) : L10n.Scoring.daLuuNhap)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    struct EvidenceForm: Content {
        var dong: Int?
        var tep: File?
    }

    @Sendable static func evidence(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        let form = try req.content.decode(EvidenceForm.self)
        guard let lineID = form.dong else { throw AppError.invalid(L10n.Scoring.vuiLongChonTieuChi, code: "missing_line") }
        let file = form.tep
        let data = file.map { Data(buffer: $0.data) } ?? Data()
        try await ScoringSheets.attach(
            context, lineID: lineID, name: PlanImportController.sanitized(file?.filename ?? "tai-lieu"), data: data,
            store: req.application.fileStore, user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daDinhKemTaiLieuKiem)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    struct LinkForm: Content {
        var dong_lien_ket: Int?
        var ban_ghi: String?
    }

    /// Links one of the unit's own records (chosen from the list by title) to a line as evidence.
    @Sendable static func linkRecord(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        let form = try req.content.decode(LinkForm.self)
        guard let lineID = form.dong_lien_ket else { throw AppError.invalid(L10n.Scoring.vuiLongChonTieuChi, code: "missing_line") }
        guard let choice = form.ban_ghi, !choice.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongChonBanGhi, code: "missing_record") }
        try await ScoringRecordLinks.link(context, lineID: lineID, choice: choice, user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daGanLienKet)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    @Sendable static func evidenceFile(req: Request) async throws -> Response {
        let user = try req.user
        guard let evidence = try await ScoringEvidence.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$line).first() else {
            throw AppError.notFound(L10n.Scoring.taiLieu)
        }
        let context = try await SheetContext.load(evidence.line.$sheet.id, on: req.db)
        let isAppraiser = try await ScoringAccess.isAppraiser(user, roundID: context.round.id!, on: req.db)
        guard ScoringAccess.canSee(user, context, isAppraiser: isAppraiser) else { throw AppError.outsideScope }
        return Download.response(try req.application.fileStore.read(evidence.hash), name: evidence.name)
    }

    @Sendable static func appraise(req: Request) async throws -> Response {
        let user = try req.user
        let (context, isAppraiser) = try await self.context(req, user: user)
        let form = try req.content.decode([String: String].self)
        let problems = try await ScoringSheets.saveAppraisal(
            entries(form, points: "tham_dinh", note: "ly_do"), context: context, user: user,
            actor: req.actor(user), on: req.db)
        guard problems.isEmpty else {
            return try await page(
                req, context: context, user: user, isAppraiser: isAppraiser, typed: form, errors: problems.mapValues(\.message),
                status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Scoring.daLuuDiemThamDinh)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    struct ReasonForm: Content { var ly_do: String? }

    @Sendable static func giveBack(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        try await ScoringSheets.giveBack(
            context, reason: try req.content.decode(ReasonForm.self).ly_do ?? "", user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daTraLaiPhieuDeDon)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    struct FinaliseForm: Content {
        var khong_du_dieu_kien: String?
        var ly_do_khong_du: String?
    }

    @Sendable static func finalise(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        let form = try req.content.decode(FinaliseForm.self)
        try await ScoringSheets.finalise(
            context, ineligible: form.khong_du_dieu_kien != nil, ineligibleReason: form.ly_do_khong_du ?? "",
            user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daKetThucThamDinhPhieu)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    struct ObjectionForm: Content {
        var dong: Int?
        var noi_dung: String?
    }

    @Sendable static func object(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        let form = try req.content.decode(ObjectionForm.self)
        guard let lineID = form.dong else { throw AppError.invalid(L10n.Scoring.vuiLongChonTieuChi, code: "missing_line") }
        try await ScoringSheets.object(context, lineID: lineID, text: form.noi_dung ?? "", user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daGuiKienNghiDoanTham)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }

    struct AnswerForm: Content {
        var kien_nghi: Int?
        var tra_loi: String?
        var diem_moi: String?
    }

    @Sendable static func answer(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        let form = try req.content.decode(AnswerForm.self)
        guard let objectionID = form.kien_nghi else { throw AppError.notFound(L10n.Scoring.kienNghi) }
        try await ScoringSheets.answer(
            context, objectionID: objectionID, answer: form.tra_loi ?? "", newPoints: form.diem_moi ?? "",
            user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daTraLoiKienNghi)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }
}
