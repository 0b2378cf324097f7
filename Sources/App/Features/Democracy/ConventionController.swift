import DanVanCore
import Fluent
import Vapor
import Views

/// Hương ước, quy ước — the staff pages: a commune's conventions, one convention with its versions and the form of its next
/// step, amendments and the yearly review; and the public page with the text in force and the draft being posted.
enum ConventionController {
    static func day(_ iso: String?) -> String { DemocracyController.day(iso) }

    static func page(_ req: Request, _ model: DemocracyPage.Model, status: HTTPResponseStatus = .ok) -> Response {
        DemocracyController.render(req, model, status: status)
    }

    // MARK: - Danh sách của xã

    @Sendable static func list(req: Request) async throws -> Response {
        let user = try req.user
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        return try await listPage(req, user: user, unit: unit, draft: nil, errors: [:], status: .ok)
    }

    /// A commune's conventions with the stage of each one's newest version: two queries for the page, never one per row.
    static func rows(communeID: Int, page: PageParams, on db: any Database) async throws -> (
        Page<Convention>, [Int: ConventionVersion], [Int: ConventionVersion]
    ) {
        let conventions = try await Convention.query(on: db).filter(\.$commune.$id == communeID).with(\.$hamlet).sort(\.$name).sort(\.$id).paginate(
            page.fluent)
        let (latest, inForce) = try await versionsByConvention(conventions.items.compactMap(\.id), on: db)
        return (conventions, latest, inForce)
    }

    /// For each convention: its newest version, and its recognised version in force.
    static func versionsByConvention(_ ids: [Int], on db: any Database) async throws -> ([Int: ConventionVersion], [Int: ConventionVersion]) {
        guard !ids.isEmpty else { return ([:], [:]) }
        var latest: [Int: ConventionVersion] = [:]
        var inForce: [Int: ConventionVersion] = [:]
        for version in try await ConventionVersion.query(on: db).filter(\.$convention.$id ~~ ids).sort(\.$number).all() {
            latest[version.$convention.id] = version
            if version.stageValue == .recognised { inForce[version.$convention.id] = version }
        }
        return (latest, inForce)
    }

    static func listPage(
        _ req: Request, user: User, unit: OrgUnit, draft: ConventionService.Draft?, errors: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        let (conventions, latest, inForce) = try await rows(communeID: unit.id!, page: PageParams(from: req), on: req.db)
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.huongUocQuyUoc + unit.name
        model.lead = L10n.Democracy.huongUocQuyUocCuaThon(settings.days(.conventionRecognitionWorkingDays))
        model.links = [
            (L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path),
            (L10n.Democracy.trangCongKhaiCuaXa, SiteURL.publicDemocracyCommune(.value(unit.id!)).path)
        ]
        var table = DemocracyTable(
            title: L10n.Democracy.huongUocQuyUocTieuDe,
            headers: [L10n.Democracy.ten, L10n.Democracy.thonToDanPho, L10n.Democracy.buocHienTai, L10n.Democracy.coHieuLucTu],
            empty: L10n.Democracy.chuaCoHuongUocQuyUoc)
        table.rows = conventions.items.map { convention in
            [
                DemocracyCell(convention.name, url: SiteURL.democracyConvention(.value(convention.id!)).path), DemocracyCell(convention.hamlet.name),
                DemocracyCell(latest[convention.id!]?.stageValue.label ?? ""), DemocracyCell(day(inForce[convention.id!]?.effectiveOn))
            ]
        }
        var filters: [String: String] = [:]
        table.pagination = pagination(conventions.metadata, base: SiteURL.democracyConventions(.value(unit.id!)).path, query: &filters)
        model.tables = [table]
        if user.role.canWrite {
            let hamlets = try await DemocracyController.hamlets(of: unit, on: req.db)
            var form = DemocracyForm(
                heading: L10n.Democracy.soanHuongUocQuyUocMoi, action: SiteURL.democracyConventions(.value(unit.id!)).path,
                controls: [
                    .select(
                        label: L10n.Democracy.thonToDanPho, name: "hamlet_id", options: hamlets.map { (String($0.id!), $0.name) }, required: true),
                    .select(
                        label: L10n.Democracy.loai, name: "kind", options: ConventionKind.allCases.map { ($0.rawValue, $0.label) }, required: true),
                    .text(label: L10n.Democracy.ten, name: "name", hint: L10n.Democracy.viDuHuongUocThon1, required: true),
                    .text(label: L10n.Democracy.ngayLapDuThaoDdMm, name: "drafted_on", hint: nil, required: true),
                    .textarea(label: L10n.Democracy.toanVanDuThao, name: "text", rows: 10, required: true)
                ], submit: L10n.Democracy.luuDuThao)
            let typed = draft ?? ConventionService.Draft(draftedOn: req.clock.today.vietnamese)
            form.values = [
                "hamlet_id": typed.hamletID.map(String.init) ?? "", "kind": typed.kind, "name": typed.name, "drafted_on": typed.draftedOn,
                "text": typed.text
            ]
            form.errors = errors
            model.forms = [form]
        }
        return page(req, model, status: status)
    }

    struct CreateForm: Content {
        var hamlet_id: String?
        var kind: String?
        var name: String?
        var drafted_on: String?
        var text: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let form = try req.content.decode(CreateForm.self)
        let draft = ConventionService.Draft(
            hamletID: form.hamlet_id.flatMap { Int($0) }, kind: form.kind ?? "", name: form.name ?? "",
            text: form.text ?? "", draftedOn: form.drafted_on ?? "")
        do {
            let convention = try await ConventionService.create(draft, communeID: unit.id!, actor: req.actor(user), on: req.db)
            req.flash(.success, L10n.Democracy.daLuuDuThaoBuocTiep)
            return req.redirect(to: SiteURL.democracyConvention(.value(convention.id!)).path)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field =
                [
                    "invalid_hamlet": "hamlet_id", "convention_exists": "hamlet_id", "invalid_kind": "kind", "missing_name": "name",
                    "invalid_date": "drafted_on", "impossible_date": "drafted_on"
                ][error.code] ?? (error.message.contains(L10n.Democracy.ten) ? "name" : "text")
            return try await listPage(req, user: user, unit: unit, draft: draft, errors: [field: error.message], status: .unprocessableEntity)
        }
    }

    // MARK: - Một hương ước

    static func find(_ req: Request, user: User) async throws -> Convention {
        guard let convention = try await Convention.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$hamlet).with(\.$commune).first()
        else {
            throw AppError.notFound(L10n.Democracy.huongUocQuyUocTieuDe)
        }
        try user.ensureInScope(convention.hamlet)
        return convention
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        return try await conventionPage(req, user: user, convention: try await find(req, user: user), failed: nil, status: .ok)
    }

    /// What failed, to show it at its field on the right form with what was typed.
    struct Failure {
        let form: String
        let field: String
        let message: String
        let values: [String: String]
    }

    static func conventionPage(_ req: Request, user: User, convention: Convention, failed: Failure?, status: HTTPResponseStatus) async throws
        -> Response
    {
        let versions = try await ConventionService.versions(of: convention, on: req.db)
        let reviews = try await ConventionReview.query(on: req.db).filter(\.$convention.$id == convention.id!).sort(\.$year, .descending).all()
        let settings = try await DemocracyService.settings(on: req.db)
        let calendar = try await HolidayCalendar.load(on: req.db)
        let today = req.clock.today
        let inForce = versions.first { $0.stageValue == .recognised }
        let current = versions.first { $0.stageValue.inProgress }
        var model = DemocracyPage.Model()
        model.title = convention.name
        model.links = [
            (L10n.Democracy.huongUocQuyUocCua + convention.commune.name, SiteURL.democracyConventions(.value(convention.commune.id!)).path),
            (L10n.Democracy.xemTrenTrangCongKhai, SiteURL.publicDemocracyConvention(.value(convention.id!)).path)
        ]
        model.facts = [
            (L10n.Democracy.loai, convention.kindValue.label), (L10n.Democracy.thonToDanPho, convention.hamlet.name),
            (L10n.Democracy.xaPhuong, convention.commune.name),
            (
                L10n.Democracy.vanBanDangCoHieuLuc,
                inForce.map { "Quyết định công nhận số \($0.decisionNumber ?? "") ngày \(day($0.decidedOn)); hiệu lực từ \(day($0.effectiveOn))" }
                    ?? L10n.Democracy.chuaCo
            )
        ]
        if let inForce, let effective = ConventionVersion.day(inForce.effectiveOn) {
            let status = ConventionRules.reviewStatus(reviewedYears: Set(reviews.map(\.year)), effectiveOn: effective, today: today)
            model.facts.append((L10n.Democracy.raSoatHangNamKhoangNgay(ConventionRules.reviewDay(year: today.year).vietnamese), status.label))
            if status == .missing {
                model.notice = L10n.Democracy.chuaRaSoatHuongUocQuy(today.year)
                model.noticeStyle = "flash-error"
            }
        }
        if let current {
            model.facts.append((L10n.Democracy.duThaoDangThucHien, current.purposeLabel + " — " + current.stageValue.label))
            if current.stageValue == .submitted, let due = ConventionVersion.day(current.decisionDue) {
                let status = ConventionRules.deadlineStatus(due: due, doneOn: nil, today: today)
                model.facts.append(
                    (
                        L10n.Democracy.hanCongNhan,
                        due.vietnamese + L10n.Democracy.ngayLamViecNghiDinh61(settings.days(.conventionRecognitionWorkingDays)) + status.label
                    ))
                if status == .overdue {
                    model.notice = L10n.Democracy.quaHanCongNhanHuongUoc
                    model.noticeStyle = "flash-error"
                }
            }
        }
        if let current {
            if current.isAmendment { model.sections.append((L10n.Democracy.noiDungSuaDoiBoSung, current.changeSummary)) }
            model.sections.append((L10n.Democracy.toanVanDuThaoMucDich(current.purposeLabel.lowercased()), current.text))
        }
        if let inForce { model.sections.append((L10n.Democracy.toanVanDangCoHieuLuc, inForce.text)) }
        var table = DemocracyTable(
            title: L10n.Democracy.cacLanBanHanhSuaDoi,
            headers: [
                L10n.Democracy.lan, L10n.Democracy.tinhTrang, L10n.Democracy.lapDuThao, L10n.Democracy.niemYetTu, L10n.Democracy.bieuQuyet,
                L10n.Democracy.guiXa, L10n.Democracy.quyetDinhCuaXa
            ],
            empty: "")
        table.rows = versions.map { version in
            var sent = day(version.submittedOn)
            if let due = ConventionVersion.day(version.submissionDue) {
                let status = ConventionRules.deadlineStatus(due: due, doneOn: ConventionVersion.day(version.submittedOn), today: today)
                sent += (sent.isEmpty ? "" : " — ") + L10n.Democracy.han(due.vietnamese, status.label.lowercased())
            }
            var decision = version.decisionNumber.map { L10n.Democracy.soNgay($0, day(version.decidedOn)) } ?? ""
            if let due = ConventionVersion.day(version.decisionDue) {
                let status = ConventionRules.deadlineStatus(due: due, doneOn: ConventionVersion.day(version.decidedOn), today: today)
                decision += (decision.isEmpty ? "" : " — ") + L10n.Democracy.han(due.vietnamese, status.label.lowercased())
            }
            if let reason = version.refusalReason { decision += L10n.Democracy.lyDoKhongCongNhanLabel + reason }
            return [
                DemocracyCell(version.purposeLabel), DemocracyCell(version.stageValue.label), DemocracyCell(day(version.draftedOn)),
                DemocracyCell(day(version.postedFrom)),
                version.$vote.id.map { DemocracyCell(day(version.votedOn), url: SiteURL.democracyVote(.value($0)).path) } ?? DemocracyCell(""),
                DemocracyCell(sent), DemocracyCell(decision)
            ]
        }
        let reviewTable = DemocracyTable(
            title: L10n.Democracy.raSoatHangNam,
            headers: [L10n.Democracy.nam, L10n.Democracy.ngayRaSoat, L10n.Democracy.ketLuan, L10n.Democracy.ghiChu],
            rows: reviews.map {
                [DemocracyCell(String($0.year)), DemocracyCell(day($0.reviewedOn)), DemocracyCell($0.conclusionLabel), DemocracyCell($0.note)]
            }, empty: L10n.Democracy.chuaCoLanRaSoatNao)
        model.tables = [table, reviewTable]
        if user.role.canWrite {
            var forms: [DemocracyForm] = []
            if let current {
                forms += stepForms(convention, current, settings: settings, calendar: calendar, today: today)
            } else {
                var form = DemocracyForm(
                    heading: inForce == nil ? L10n.Democracy.soanLaiDuThao : L10n.Democracy.soanDuThaoSuaDoiBo,
                    action: SiteURL.democracyConventionDraft(.value(convention.id!)).path,
                    controls: [
                        .note(L10n.Democracy.suaDoiBoSungTheoDung),
                        .text(label: L10n.Democracy.ngayLapDuThaoDdMm, name: "drafted_on", hint: nil, required: true),
                        .textarea(label: L10n.Democracy.toanVanSauKhiSuaDoi, name: "text", rows: 10, required: true)
                    ], submit: L10n.Democracy.luuDuThao)
                if inForce != nil {
                    form.controls.insert(
                        .textarea(label: L10n.Democracy.nhungDiemSuaDoiBoSung, name: "change_summary", rows: 4, required: true), at: 1)
                }
                form.values = ["drafted_on": today.vietnamese, "text": inForce?.text ?? versions.first?.text ?? ""]
                forms.append(form)
            }
            if inForce != nil {
                forms.append(
                    DemocracyForm(
                        heading: L10n.Democracy.ghiKetQuaRaSoatHang, action: SiteURL.democracyConventionReview(.value(convention.id!)).path,
                        controls: [
                            .text(
                                label: L10n.Democracy.ngayRaSoatDdMmYyyy, name: "reviewed_on", hint: L10n.Democracy.moiNamMotLanKhoangNgay,
                                required: true),
                            .select(
                                label: L10n.Democracy.ketLuan, name: "conclusion",
                                options: ConventionRules.reviewConclusions.map { ($0.code, $0.label) }, required: true),
                            .textarea(label: L10n.Democracy.ghiChu, name: "note", rows: 3, required: false)
                        ], submit: L10n.Democracy.luuKetQuaRaSoat))
                forms[forms.count - 1].values = ["reviewed_on": today.vietnamese]
            }
            var shown = false
            for index in forms.indices {
                if let failed, failed.form == forms[index].action + "#" + (formStep(forms[index]) ?? "") {
                    forms[index].values.merge(failed.values) { $1 }
                    forms[index].errors[failed.field] = failed.message
                    shown = true
                }
            }
            model.forms = forms
            if let failed, !shown {
                model.notice = failed.message
                model.noticeStyle = "flash-error"
            }
        }
        return page(req, model, status: status)
    }

    static func formStep(_ form: DemocracyForm) -> String? {
        for control in form.controls { if case .hidden("step", let value) = control { return value } }
        return nil
    }

    /// The form of the next step of the version on its way; both decisions when the file is at the commune.
    static func stepForms(
        _ convention: Convention, _ version: ConventionVersion, settings: DemocracySettings, calendar: WorkingCalendar,
        today: CivilDate
    ) -> [DemocracyForm] {
        let action = SiteURL.democracyConventionStep(.value(convention.id!)).path
        switch version.stageValue {
        case .drafting:
            var form = DemocracyForm(
                heading: ConventionStep.post.label, action: action,
                controls: [
                    .hidden(name: "step", value: ConventionStep.post.rawValue),
                    .note(L10n.Democracy.duThaoDuocNiemYetTai(settings.days(.conventionDraftPostingDays))),
                    .text(label: L10n.Democracy.ngayBatDauNiemYetDd, name: "date", hint: nil, required: true)
                ], submit: L10n.Democracy.ghiDaNiemYet)
            form.values = ["date": today.vietnamese]
            return [form]
        case .posted:
            let earliest = ConventionRules.earliestVote(postedFrom: ConventionVersion.day(version.postedFrom)!, settings: settings)
            var form = DemocracyForm(
                heading: ConventionStep.vote.label, action: action, multipart: true,
                controls: [
                    .hidden(name: "step", value: ConventionStep.vote.rawValue),
                    .note(
                        L10n.Democracy.bieuQuyetSomNhatNgayDuoc(earliest.vietnamese)
                            + VoteThreshold.of(ConventionRules.voteMatter, settings: settings).label
                            + L10n.Democracy.tanThanhLuat102022Qh15),
                    .select(
                        label: L10n.Democracy.hinhThuc, name: "method",
                        options: ConventionRules.voteMatter.allowedMethods.map { ($0.rawValue, $0.label) }, required: true),
                    .text(label: L10n.Democracy.ngayBieuQuyetDdMmYyyy, name: "date", hint: nil, required: true),
                    .number(label: L10n.Democracy.tongSoHoCuaThonTo, name: "eligible", required: true),
                    .number(label: L10n.Democracy.soHoThamGiaBieuQuyet, name: "voting", required: true),
                    .number(label: L10n.Democracy.soHoTanThanh, name: "in_favour", required: true),
                    .number(label: L10n.Democracy.soHoKhongTanThanh, name: "against", required: true),
                    .file(label: L10n.Democracy.bienBanKhongBatBuoc, name: "minutes", hint: L10n.Democracy.nhanPdfDocxOdtJpgPng)
                ], submit: L10n.Democracy.ghiKetQuaBieuQuyet)
            form.values = ["date": today.vietnamese, "method": VoteMethod.meeting.rawValue]
            return [form]
        case .adopted:
            let due = ConventionVersion.day(version.submissionDue)
            var form = DemocracyForm(
                heading: ConventionStep.submit.label, action: action,
                controls: [
                    .hidden(name: "step", value: ConventionStep.submit.rawValue),
                    .note(
                        L10n.Democracy.hoSoGuiUyBanNhan(settings.days(.conventionSubmissionWorkingDays))
                            + (due.map { L10n.Democracy.hanNgay($0.vietnamese) } ?? "")
                            + L10n.Democracy.uyBanNhanDanXaCong(settings.days(.conventionRecognitionWorkingDays))),
                    .text(label: L10n.Democracy.ngayUyBanNhanDanXa, name: "date", hint: nil, required: true)
                ], submit: L10n.Democracy.ghiDaGuiXa)
            form.values = ["date": today.vietnamese]
            return [form]
        case .submitted:
            let due = ConventionVersion.day(version.decisionDue)?.vietnamese ?? ""
            var recognise = DemocracyForm(
                heading: ConventionStep.recognise.label, action: action,
                controls: [
                    .hidden(name: "step", value: ConventionStep.recognise.rawValue),
                    .note(L10n.Democracy.hanCongNhanHuongUocQuy(due)),
                    .text(label: L10n.Democracy.soKyHieuQuyetDinh, name: "decision_number", hint: L10n.Democracy.viDu120QdUbnd, required: true),
                    .text(label: L10n.Democracy.ngayQuyetDinhDdMmYyyy, name: "date", hint: nil, required: true),
                    .text(label: L10n.Democracy.ngayCoHieuLucDdMm, name: "effective_on", hint: L10n.Democracy.deTrongCoHieuLucTu, required: false)
                ], submit: L10n.Democracy.ghiCongNhan)
            recognise.values = ["date": today.vietnamese]
            let refuse = DemocracyForm(
                heading: ConventionStep.refuse.label, action: action,
                controls: [
                    .hidden(name: "step", value: ConventionStep.refuse.rawValue),
                    .text(label: L10n.Democracy.soKyHieuVanBanKhong, name: "refuse_number", hint: nil, required: true),
                    .text(label: L10n.Democracy.ngayVanBanDdMmYyyy, name: "refuse_date", hint: nil, required: true),
                    .textarea(label: L10n.Democracy.lyDoKhongCongNhan, name: "refusal_reason", rows: 3, required: true)
                ], submit: L10n.Democracy.ghiKhongCongNhan)
            return [recognise, refuse]
        default:
            return []
        }
    }

    struct StepForm: Content {
        var step: String?
        var date: String?
        var method: String?
        var eligible: String?
        var voting: String?
        var in_favour: String?
        var against: String?
        var minutes: File?
        var decision_number: String?
        var effective_on: String?
        var refuse_number: String?
        var refuse_date: String?
        var refusal_reason: String?

        var input: ConventionService.StepInput {
            var input = ConventionService.StepInput()
            input.step = step ?? ""
            let refusing = step == ConventionStep.refuse.rawValue
            input.date = (refusing ? refuse_date : date) ?? ""
            input.method = method ?? ""
            input.eligible = eligible ?? ""
            input.voting = voting ?? ""
            input.inFavour = in_favour ?? ""
            input.against = against ?? ""
            if let minutes, minutes.data.readableBytes > 0 { input.minutes = (minutes.filename, Data(buffer: minutes.data)) }
            input.decisionNumber = (refusing ? refuse_number : decision_number) ?? ""
            input.effectiveOn = effective_on ?? ""
            input.refusalReason = refusal_reason ?? ""
            return input
        }

        var values: [String: String] {
            [
                "date": date ?? "", "method": method ?? "", "eligible": eligible ?? "", "voting": voting ?? "", "in_favour": in_favour ?? "",
                "against": against ?? "", "decision_number": decision_number ?? "", "effective_on": effective_on ?? "",
                "refuse_number": refuse_number ?? "",
                "refuse_date": refuse_date ?? "", "refusal_reason": refusal_reason ?? ""
            ]
        }
    }

    /// Which field an error of a step belongs to.
    static func field(of code: String, step: String) -> String {
        let refusing = step == ConventionStep.refuse.rawValue
        switch code {
        case "more_votes_than_households": return "voting"
        case "more_answers_than_voters": return "in_favour"
        case "no_households", "invalid_number", "negative_count": return "eligible"
        case "method_not_allowed", "invalid_method": return "method"
        case "file_too_large", "file_type_not_allowed": return "minutes"
        case "missing_decision_number": return refusing ? "refuse_number" : "decision_number"
        case "effective_before_decision": return "effective_on"
        case "refusal_reason_required": return "refusal_reason"
        default: return refusing ? "refuse_date" : "date"
        }
    }

    @Sendable static func step(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let convention = try await find(req, user: user)
        let form = try req.content.decode(StepForm.self)
        guard let version = try await ConventionService.versions(of: convention, on: req.db).first(where: { $0.stageValue.inProgress }) else {
            throw AppError.invalid(L10n.Democracy.khongCoDuThaoNaoDang, code: "no_draft_in_progress")
        }
        do {
            try await ConventionService.take(
                form.input, on: version, convention: convention, actor: req.actor(user), store: req.application.fileStore, on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let step = form.step ?? ""
            return try await conventionPage(
                req, user: user, convention: convention,
                failed: Failure(
                    form: SiteURL.democracyConventionStep(.value(convention.id!)).path + "#" + step, field: field(of: error.code, step: step),
                    message: error.message, values: form.values), status: .unprocessableEntity)
        }
        let stage = try await ConventionVersion.find(version.id, on: req.db)?.stageValue ?? .drafting
        req.flash(stage == .notAdopted || stage == .refused ? .error : .success, L10n.Democracy.daGhiLabel + stage.label.lowercased() + ".")
        return req.redirect(to: SiteURL.democracyConvention(.value(convention.id!)).path)
    }

    struct RedraftForm: Content {
        var drafted_on: String?
        var text: String?
        var change_summary: String?
    }

    @Sendable static func redraft(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let convention = try await find(req, user: user)
        let form = try req.content.decode(RedraftForm.self)
        do {
            _ = try await ConventionService.redraft(
                convention, text: form.text ?? "", summary: form.change_summary ?? "", draftedOn: form.drafted_on ?? "",
                actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = ["missing_summary": "change_summary", "invalid_date": "drafted_on", "impossible_date": "drafted_on"][error.code] ?? "text"
            return try await conventionPage(
                req, user: user, convention: convention,
                failed: Failure(
                    form: SiteURL.democracyConventionDraft(.value(convention.id!)).path + "#", field: field, message: error.message,
                    values: ["drafted_on": form.drafted_on ?? "", "text": form.text ?? "", "change_summary": form.change_summary ?? ""]),
                status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Democracy.daLuuDuThaoMoiBuoc)
        return req.redirect(to: SiteURL.democracyConvention(.value(convention.id!)).path)
    }

    struct ReviewForm: Content {
        var reviewed_on: String?
        var conclusion: String?
        var note: String?
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let convention = try await find(req, user: user)
        let form = try req.content.decode(ReviewForm.self)
        do {
            _ = try await ConventionService.review(
                convention, reviewedOn: form.reviewed_on ?? "", conclusion: form.conclusion ?? "", note: form.note ?? "",
                actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = ["invalid_conclusion": "conclusion", "too_long": "note"][error.code] ?? "reviewed_on"
            return try await conventionPage(
                req, user: user, convention: convention,
                failed: Failure(
                    form: SiteURL.democracyConventionReview(.value(convention.id!)).path + "#", field: field, message: error.message,
                    values: ["reviewed_on": form.reviewed_on ?? "", "conclusion": form.conclusion ?? "", "note": form.note ?? ""]),
                status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Democracy.daGhiKetQuaRaSoat)
        return req.redirect(to: SiteURL.democracyConvention(.value(convention.id!)).path)
    }

    // MARK: - Công khai

    /// The text in force and the draft being posted, for anyone without an account: no names of officials.
    @Sendable static func publicPage(req: Request) async throws -> Response {
        guard let convention = try await Convention.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$hamlet).with(\.$commune).first()
        else {
            throw AppError.notFound(L10n.Democracy.huongUocQuyUocTieuDe)
        }
        let versions = try await ConventionService.versions(of: convention, on: req.db)
        let inForce = versions.first { $0.stageValue == .recognised }
        let posted = versions.first { $0.stageValue == .posted }
        var model = DemocracyPage.Model()
        model.title = convention.name
        model.links = [
            (L10n.Democracy.thongTinCongKhaiCua + convention.commune.name, SiteURL.publicDemocracyCommune(.value(convention.commune.id!)).path)
        ]
        model.facts = [(L10n.Democracy.thonToDanPho, convention.hamlet.name + ", " + convention.commune.name)]
        if let inForce {
            model.facts.append(
                (
                    L10n.Democracy.quyetDinhCongNhan,
                    "Số \(inForce.decisionNumber ?? "") ngày \(day(inForce.decidedOn)) của Ủy ban nhân dân \(convention.commune.name)"
                ))
            model.facts.append((L10n.Democracy.coHieuLucTu, day(inForce.effectiveOn)))
            model.facts.append((L10n.Democracy.lan, inForce.purposeLabel))
            model.sections.append((L10n.Democracy.toanVanDangCoHieuLuc, inForce.text))
        } else {
            model.notice = L10n.Democracy.chuaCoVanBanDuocUy
        }
        if let posted {
            if posted.isAmendment { model.sections.append((L10n.Democracy.duThaoSuaDoiBoSung(day(posted.postedFrom)), posted.changeSummary)) }
            model.sections.append((L10n.Democracy.duThaoDangNiemYetDe(day(posted.postedFrom)), posted.text))
        }
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: convention.commune.id, on: req)
        return page(req, model)
    }

    /// The commune's public page: its conventions in force and drafts being posted (one query for the versions).
    static func publicTable(communeID: Int, on db: any Database) async throws -> DemocracyTable? {
        let conventions = try await Convention.query(on: db).filter(\.$commune.$id == communeID).with(\.$hamlet).sort(\.$name).limit(100).all()
        guard !conventions.isEmpty else { return nil }
        let (latest, inForce) = try await versionsByConvention(conventions.compactMap(\.id), on: db)
        var table = DemocracyTable(
            title: L10n.Democracy.huongUocQuyUocTieuDe, headers: [L10n.Democracy.ten, L10n.Democracy.thonToDanPho, L10n.Democracy.tinhTrang],
            empty: "")
        table.rows = conventions.compactMap { convention in
            let force = inForce[convention.id!]
            let newest = latest[convention.id!]
            var state: [String] = []
            if let force { state.append(L10n.Democracy.coHieuLucTuNgay(day(force.effectiveOn))) }
            if let newest, newest.stageValue == .posted { state.append(L10n.Democracy.duThaoDangNiemYetLay) }
            guard !state.isEmpty else { return nil }
            return [
                DemocracyCell(convention.name, url: SiteURL.publicDemocracyConvention(.value(convention.id!)).path),
                DemocracyCell(convention.hamlet.name),
                DemocracyCell(state.joined(separator: "; "))
            ]
        }
        return table.rows.isEmpty ? nil : table
    }
}
