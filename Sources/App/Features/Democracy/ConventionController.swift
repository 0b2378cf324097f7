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
    static func rows(communeID: Int, page: PageParams, on db: any Database) async throws -> (Page<Convention>, [Int: ConventionVersion], [Int: ConventionVersion]) {
        let conventions = try await Convention.query(on: db).filter(\.$commune.$id == communeID).with(\.$hamlet).sort(\.$name).sort(\.$id).paginate(page.fluent)
        let (latest, inForce) = try await versionsByConvention(conventions.items.compactMap(\.id), on: db)
        return (conventions, latest, inForce)
    }

    /// For each convention: its newest version, and its recognised version in force.
    static func versionsByConvention(_ ids: [Int], on db: any Database) async throws -> ([Int: ConventionVersion], [Int: ConventionVersion]) {
        guard !ids.isEmpty else { return ([:], [:]) }
        var latest: [Int: ConventionVersion] = [:], inForce: [Int: ConventionVersion] = [:]
        for version in try await ConventionVersion.query(on: db).filter(\.$convention.$id ~~ ids).sort(\.$number).all() {
            latest[version.$convention.id] = version
            if version.stageValue == .recognised { inForce[version.$convention.id] = version }
        }
        return (latest, inForce)
    }

    static func listPage(_ req: Request, user: User, unit: Unit, draft: ConventionService.Draft?, errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let (conventions, latest, inForce) = try await rows(communeID: unit.id!, page: PageParams(from: req), on: req.db)
        var model = DemocracyPage.Model()
        model.title = "Hương ước, quy ước — " + unit.name
        model.lead = "Hương ước, quy ước của thôn, tổ dân phố (Nghị định 61/2023/NĐ-CP): dự thảo được niêm yết, Nhân dân biểu quyết, Ủy ban nhân dân xã công nhận trong thời hạn ngày làm việc; rà soát hằng năm."
        model.links = [("Trang của xã", DemocracyURL.commune(unit.id!)), ("Trang công khai của xã", DemocracyURL.publicCommune(unit.id!))]
        var table = DemocracyTable(title: "Hương ước, quy ước", headers: ["Tên", "Thôn, tổ dân phố", "Bước hiện tại", "Có hiệu lực từ"],
                                   empty: "Chưa có hương ước, quy ước nào.")
        table.rows = conventions.items.map { convention in
            [DemocracyCell(convention.name, url: DemocracyURL.convention(convention.id!)), DemocracyCell(convention.hamlet.name),
             DemocracyCell(latest[convention.id!]?.stageValue.label ?? ""), DemocracyCell(day(inForce[convention.id!]?.effectiveOn))]
        }
        var filters: [String: String] = [:]
        table.pagination = pagination(conventions.metadata, base: DemocracyURL.conventions(unit.id!), query: &filters)
        model.tables = [table]
        if user.role.canWrite {
            let hamlets = try await DemocracyController.hamlets(of: unit, on: req.db)
            var form = DemocracyForm(heading: "Soạn hương ước, quy ước mới", action: DemocracyURL.conventions(unit.id!), controls: [
                .select(label: "Thôn, tổ dân phố", name: "hamlet_id", options: hamlets.map { (String($0.id!), $0.name) }, required: true),
                .select(label: "Loại", name: "kind", options: ConventionKind.allCases.map { ($0.rawValue, $0.label) }, required: true),
                .text(label: "Tên", name: "name", hint: "Ví dụ: Hương ước Thôn 1.", required: true),
                .text(label: "Ngày lập dự thảo (dd/mm/yyyy)", name: "drafted_on", hint: nil, required: true),
                .textarea(label: "Toàn văn dự thảo", name: "text", rows: 10, required: true),
            ], submit: "Lưu dự thảo")
            let typed = draft ?? ConventionService.Draft(draftedOn: req.clock.today.vietnamese)
            form.values = ["hamlet_id": typed.hamletID.map(String.init) ?? "", "kind": typed.kind, "name": typed.name, "drafted_on": typed.draftedOn, "text": typed.text]
            form.errors = errors
            model.forms = [form]
        }
        return page(req, model, status: status)
    }

    struct CreateForm: Content { var hamlet_id: String?; var kind: String?; var name: String?; var drafted_on: String?; var text: String? }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let form = try req.content.decode(CreateForm.self)
        let draft = ConventionService.Draft(hamletID: form.hamlet_id.flatMap { Int($0) }, kind: form.kind ?? "", name: form.name ?? "",
                                            text: form.text ?? "", draftedOn: form.drafted_on ?? "")
        do {
            let convention = try await ConventionService.create(draft, communeID: unit.id!, actor: req.actor(user), on: req.db)
            req.flash(.success, "Đã lưu dự thảo. Bước tiếp theo: niêm yết dự thảo để Nhân dân biết và góp ý.")
            return req.redirect(to: DemocracyURL.convention(convention.id!))
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = ["invalid_hamlet": "hamlet_id", "convention_exists": "hamlet_id", "invalid_kind": "kind", "missing_name": "name",
                         "invalid_date": "drafted_on", "impossible_date": "drafted_on"][error.code] ?? (error.message.contains("Tên") ? "name" : "text")
            return try await listPage(req, user: user, unit: unit, draft: draft, errors: [field: error.message], status: .unprocessableEntity)
        }
    }

    // MARK: - Một hương ước

    static func find(_ req: Request, user: User) async throws -> Convention {
        guard let convention = try await Convention.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$hamlet).with(\.$commune).first() else {
            throw AppError.notFound("Hương ước, quy ước")
        }
        try user.ensureInScope(convention.hamlet)
        return convention
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        return try await conventionPage(req, user: user, convention: try await find(req, user: user), failed: nil, status: .ok)
    }

    /// What failed, to show it at its field on the right form with what was typed.
    struct Failure { let form: String; let field: String; let message: String; let values: [String: String] }

    static func conventionPage(_ req: Request, user: User, convention: Convention, failed: Failure?, status: HTTPResponseStatus) async throws -> Response {
        let versions = try await ConventionService.versions(of: convention, on: req.db)
        let reviews = try await ConventionReview.query(on: req.db).filter(\.$convention.$id == convention.id!).sort(\.$year, .descending).all()
        let settings = try await DemocracyService.settings(on: req.db)
        let calendar = try await HolidayCalendar.load(on: req.db)
        let today = req.clock.today
        let inForce = versions.first { $0.stageValue == .recognised }
        let current = versions.first { $0.stageValue.inProgress }
        var model = DemocracyPage.Model()
        model.title = convention.name
        model.links = [("Hương ước, quy ước của " + convention.commune.name, DemocracyURL.conventions(convention.commune.id!)),
                       ("Xem trên trang công khai", DemocracyURL.publicConvention(convention.id!))]
        model.facts = [("Loại", convention.kindValue.label), ("Thôn, tổ dân phố", convention.hamlet.name), ("Xã, phường", convention.commune.name),
                       ("Văn bản đang có hiệu lực", inForce.map { "Quyết định công nhận số \($0.decisionNumber ?? "") ngày \(day($0.decidedOn)); hiệu lực từ \(day($0.effectiveOn))" }
                            ?? "Chưa có")]
        if let inForce, let effective = ConventionVersion.day(inForce.effectiveOn) {
            let status = ConventionRules.reviewStatus(reviewedYears: Set(reviews.map(\.year)), effectiveOn: effective, today: today)
            model.facts.append(("Rà soát hằng năm (khoảng ngày \(ConventionRules.reviewDay(year: today.year).vietnamese))", status.label))
            if status == .missing { model.notice = "Chưa rà soát hương ước, quy ước năm \(today.year)."; model.noticeStyle = "flash-error" }
        }
        if let current {
            model.facts.append(("Dự thảo đang thực hiện", current.purposeLabel + " — " + current.stageValue.label))
            if current.stageValue == .submitted, let due = ConventionVersion.day(current.decisionDue) {
                let status = ConventionRules.deadlineStatus(due: due, doneOn: nil, today: today)
                model.facts.append(("Hạn công nhận", due.vietnamese + " (\(settings.days(.conventionRecognitionWorkingDays)) ngày làm việc, Nghị định 61/2023/NĐ-CP) — " + status.label))
                if status == .overdue { model.notice = "Quá hạn công nhận hương ước, quy ước."; model.noticeStyle = "flash-error" }
            }
        }
        if let current {
            if current.isAmendment { model.sections.append(("Nội dung sửa đổi, bổ sung và lý do", current.changeSummary)) }
            model.sections.append(("Toàn văn dự thảo (\(current.purposeLabel.lowercased()))", current.text))
        }
        if let inForce { model.sections.append(("Toàn văn đang có hiệu lực", inForce.text)) }
        var table = DemocracyTable(title: "Các lần ban hành, sửa đổi", headers: ["Lần", "Tình trạng", "Lập dự thảo", "Niêm yết từ", "Biểu quyết", "Gửi xã", "Quyết định của xã"],
                                   empty: "")
        table.rows = versions.map { version in
            var sent = day(version.submittedOn)
            if let due = ConventionVersion.day(version.submissionDue) {
                let status = ConventionRules.deadlineStatus(due: due, doneOn: ConventionVersion.day(version.submittedOn), today: today)
                sent += (sent.isEmpty ? "" : " — ") + "hạn \(due.vietnamese), \(status.label.lowercased())"
            }
            var decision = version.decisionNumber.map { "Số \($0) ngày \(day(version.decidedOn))" } ?? ""
            if let due = ConventionVersion.day(version.decisionDue) {
                let status = ConventionRules.deadlineStatus(due: due, doneOn: ConventionVersion.day(version.decidedOn), today: today)
                decision += (decision.isEmpty ? "" : " — ") + "hạn \(due.vietnamese), \(status.label.lowercased())"
            }
            if let reason = version.refusalReason { decision += ". Lý do không công nhận: " + reason }
            return [DemocracyCell(version.purposeLabel), DemocracyCell(version.stageValue.label), DemocracyCell(day(version.draftedOn)),
                    DemocracyCell(day(version.postedFrom)),
                    version.$vote.id.map { DemocracyCell(day(version.votedOn), url: DemocracyURL.vote($0)) } ?? DemocracyCell(""),
                    DemocracyCell(sent), DemocracyCell(decision)]
        }
        let reviewTable = DemocracyTable(title: "Rà soát hằng năm", headers: ["Năm", "Ngày rà soát", "Kết luận", "Ghi chú"], rows: reviews.map {
            [DemocracyCell(String($0.year)), DemocracyCell(day($0.reviewedOn)), DemocracyCell($0.conclusionLabel), DemocracyCell($0.note)]
        }, empty: "Chưa có lần rà soát nào.")
        model.tables = [table, reviewTable]
        if user.role.canWrite {
            var forms: [DemocracyForm] = []
            if let current { forms += stepForms(convention, current, settings: settings, calendar: calendar, today: today) }
            else {
                var form = DemocracyForm(heading: inForce == nil ? "Soạn lại dự thảo" : "Soạn dự thảo sửa đổi, bổ sung", action: DemocracyURL.conventionDraft(convention.id!), controls: [
                    .note("Sửa đổi, bổ sung theo đúng trình tự như khi ban hành: niêm yết, Nhân dân biểu quyết, Ủy ban nhân dân xã công nhận."),
                    .text(label: "Ngày lập dự thảo (dd/mm/yyyy)", name: "drafted_on", hint: nil, required: true),
                    .textarea(label: "Toàn văn sau khi sửa đổi, bổ sung", name: "text", rows: 10, required: true),
                ], submit: "Lưu dự thảo")
                if inForce != nil { form.controls.insert(.textarea(label: "Những điểm sửa đổi, bổ sung và lý do", name: "change_summary", rows: 4, required: true), at: 1) }
                form.values = ["drafted_on": today.vietnamese, "text": inForce?.text ?? versions.first?.text ?? ""]
                forms.append(form)
            }
            if inForce != nil {
                forms.append(DemocracyForm(heading: "Ghi kết quả rà soát hằng năm", action: DemocracyURL.conventionReview(convention.id!), controls: [
                    .text(label: "Ngày rà soát (dd/mm/yyyy)", name: "reviewed_on", hint: "Mỗi năm một lần, khoảng ngày 18/11 (Nghị định 61/2023/NĐ-CP).", required: true),
                    .select(label: "Kết luận", name: "conclusion", options: ConventionRules.reviewConclusions.map { ($0.code, $0.label) }, required: true),
                    .textarea(label: "Ghi chú", name: "note", rows: 3, required: false),
                ], submit: "Lưu kết quả rà soát"))
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
            if let failed, !shown { model.notice = failed.message; model.noticeStyle = "flash-error" }
        }
        return page(req, model, status: status)
    }

    static func formStep(_ form: DemocracyForm) -> String? {
        for control in form.controls { if case .hidden("step", let value) = control { return value } }
        return nil
    }

    /// The form of the next step of the version on its way; both decisions when the file is at the commune.
    static func stepForms(_ convention: Convention, _ version: ConventionVersion, settings: DemocracySettings, calendar: WorkingCalendar,
                          today: CivilDate) -> [DemocracyForm] {
        let action = DemocracyURL.conventionStep(convention.id!)
        switch version.stageValue {
        case .drafting:
            var form = DemocracyForm(heading: ConventionStep.post.label, action: action, controls: [
                .hidden(name: "step", value: ConventionStep.post.rawValue),
                .note("Dự thảo được niêm yết tại nhà văn hóa, điểm sinh hoạt cộng đồng ít nhất \(settings.days(.conventionDraftPostingDays)) ngày trước khi Nhân dân biểu quyết (Nghị định 61/2023/NĐ-CP)."),
                .text(label: "Ngày bắt đầu niêm yết (dd/mm/yyyy)", name: "date", hint: nil, required: true),
            ], submit: "Ghi đã niêm yết")
            form.values = ["date": today.vietnamese]
            return [form]
        case .posted:
            let earliest = ConventionRules.earliestVote(postedFrom: ConventionVersion.day(version.postedFrom)!, settings: settings)
            var form = DemocracyForm(heading: ConventionStep.vote.label, action: action, multipart: true, controls: [
                .hidden(name: "step", value: ConventionStep.vote.rawValue),
                .note("Biểu quyết sớm nhất ngày \(earliest.vietnamese). Được thông qua khi " + VoteThreshold.of(ConventionRules.voteMatter, settings: settings).label
                      + " tán thành (Luật 10/2022/QH15, Điều 21); tỷ lệ tính trên TỔNG SỐ HỘ của thôn, tổ dân phố."),
                .select(label: "Hình thức", name: "method", options: ConventionRules.voteMatter.allowedMethods.map { ($0.rawValue, $0.label) }, required: true),
                .text(label: "Ngày biểu quyết (dd/mm/yyyy)", name: "date", hint: nil, required: true),
                .number(label: "Tổng số hộ của thôn, tổ dân phố", name: "eligible", required: true),
                .number(label: "Số hộ tham gia biểu quyết", name: "voting", required: true),
                .number(label: "Số hộ tán thành", name: "in_favour", required: true),
                .number(label: "Số hộ không tán thành", name: "against", required: true),
                .file(label: "Biên bản (không bắt buộc)", name: "minutes", hint: "Nhận .pdf, .docx, .odt, .jpg, .png; tối đa 10 MB."),
            ], submit: "Ghi kết quả biểu quyết")
            form.values = ["date": today.vietnamese, "method": VoteMethod.meeting.rawValue]
            return [form]
        case .adopted:
            let due = ConventionVersion.day(version.submissionDue)
            var form = DemocracyForm(heading: ConventionStep.submit.label, action: action, controls: [
                .hidden(name: "step", value: ConventionStep.submit.rawValue),
                .note("Hồ sơ gửi Ủy ban nhân dân xã trong \(settings.days(.conventionSubmissionWorkingDays)) ngày làm việc sau khi thông qua" + (due.map { ", hạn ngày \($0.vietnamese)" } ?? "")
                      + ". Ủy ban nhân dân xã công nhận trong \(settings.days(.conventionRecognitionWorkingDays)) ngày làm việc kể từ khi nhận đủ hồ sơ."),
                .text(label: "Ngày Ủy ban nhân dân xã nhận đủ hồ sơ (dd/mm/yyyy)", name: "date", hint: nil, required: true),
            ], submit: "Ghi đã gửi xã")
            form.values = ["date": today.vietnamese]
            return [form]
        case .submitted:
            let due = ConventionVersion.day(version.decisionDue)?.vietnamese ?? ""
            var recognise = DemocracyForm(heading: ConventionStep.recognise.label, action: action, controls: [
                .hidden(name: "step", value: ConventionStep.recognise.rawValue),
                .note("Hạn công nhận: \(due). Hương ước, quy ước có hiệu lực kể từ ngày quyết định công nhận (mẫu số 03, Nghị định 61/2023/NĐ-CP)."),
                .text(label: "Số, ký hiệu quyết định", name: "decision_number", hint: "Ví dụ: 120/QĐ-UBND.", required: true),
                .text(label: "Ngày quyết định (dd/mm/yyyy)", name: "date", hint: nil, required: true),
                .text(label: "Ngày có hiệu lực (dd/mm/yyyy)", name: "effective_on", hint: "Để trống: có hiệu lực từ ngày quyết định.", required: false),
            ], submit: "Ghi công nhận")
            recognise.values = ["date": today.vietnamese]
            let refuse = DemocracyForm(heading: ConventionStep.refuse.label, action: action, controls: [
                .hidden(name: "step", value: ConventionStep.refuse.rawValue),
                .text(label: "Số, ký hiệu văn bản không công nhận", name: "refuse_number", hint: nil, required: true),
                .text(label: "Ngày văn bản (dd/mm/yyyy)", name: "refuse_date", hint: nil, required: true),
                .textarea(label: "Lý do không công nhận", name: "refusal_reason", rows: 3, required: true),
            ], submit: "Ghi không công nhận")
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
            input.method = method ?? ""; input.eligible = eligible ?? ""; input.voting = voting ?? ""; input.inFavour = in_favour ?? ""; input.against = against ?? ""
            if let minutes, minutes.data.readableBytes > 0 { input.minutes = (minutes.filename, Data(buffer: minutes.data)) }
            input.decisionNumber = (refusing ? refuse_number : decision_number) ?? ""
            input.effectiveOn = effective_on ?? ""
            input.refusalReason = refusal_reason ?? ""
            return input
        }

        var values: [String: String] {
            ["date": date ?? "", "method": method ?? "", "eligible": eligible ?? "", "voting": voting ?? "", "in_favour": in_favour ?? "",
             "against": against ?? "", "decision_number": decision_number ?? "", "effective_on": effective_on ?? "", "refuse_number": refuse_number ?? "",
             "refuse_date": refuse_date ?? "", "refusal_reason": refusal_reason ?? ""]
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
            throw AppError.invalid("Không có dự thảo nào đang thực hiện.", code: "no_draft_in_progress")
        }
        do {
            try await ConventionService.take(form.input, on: version, convention: convention, actor: req.actor(user), store: req.application.fileStore, on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let step = form.step ?? ""
            return try await conventionPage(req, user: user, convention: convention,
                                            failed: Failure(form: DemocracyURL.conventionStep(convention.id!) + "#" + step, field: field(of: error.code, step: step),
                                                            message: error.message, values: form.values), status: .unprocessableEntity)
        }
        let stage = try await ConventionVersion.find(version.id, on: req.db)?.stageValue ?? .drafting
        req.flash(stage == .notAdopted || stage == .refused ? .error : .success, "Đã ghi: " + stage.label.lowercased() + ".")
        return req.redirect(to: DemocracyURL.convention(convention.id!))
    }

    struct RedraftForm: Content { var drafted_on: String?; var text: String?; var change_summary: String? }

    @Sendable static func redraft(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let convention = try await find(req, user: user)
        let form = try req.content.decode(RedraftForm.self)
        do {
            _ = try await ConventionService.redraft(convention, text: form.text ?? "", summary: form.change_summary ?? "", draftedOn: form.drafted_on ?? "",
                                                    actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = ["missing_summary": "change_summary", "invalid_date": "drafted_on", "impossible_date": "drafted_on"][error.code] ?? "text"
            return try await conventionPage(req, user: user, convention: convention,
                                            failed: Failure(form: DemocracyURL.conventionDraft(convention.id!) + "#", field: field, message: error.message,
                                                            values: ["drafted_on": form.drafted_on ?? "", "text": form.text ?? "", "change_summary": form.change_summary ?? ""]),
                                            status: .unprocessableEntity)
        }
        req.flash(.success, "Đã lưu dự thảo mới. Bước tiếp theo: niêm yết dự thảo.")
        return req.redirect(to: DemocracyURL.convention(convention.id!))
    }

    struct ReviewForm: Content { var reviewed_on: String?; var conclusion: String?; var note: String? }

    @Sendable static func review(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let convention = try await find(req, user: user)
        let form = try req.content.decode(ReviewForm.self)
        do {
            _ = try await ConventionService.review(convention, reviewedOn: form.reviewed_on ?? "", conclusion: form.conclusion ?? "", note: form.note ?? "",
                                                   actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = ["invalid_conclusion": "conclusion", "too_long": "note"][error.code] ?? "reviewed_on"
            return try await conventionPage(req, user: user, convention: convention,
                                            failed: Failure(form: DemocracyURL.conventionReview(convention.id!) + "#", field: field, message: error.message,
                                                            values: ["reviewed_on": form.reviewed_on ?? "", "conclusion": form.conclusion ?? "", "note": form.note ?? ""]),
                                            status: .unprocessableEntity)
        }
        req.flash(.success, "Đã ghi kết quả rà soát.")
        return req.redirect(to: DemocracyURL.convention(convention.id!))
    }

    // MARK: - Công khai

    /// The text in force and the draft being posted, for anyone without an account: no names of officials.
    @Sendable static func publicPage(req: Request) async throws -> Response {
        guard let convention = try await Convention.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$hamlet).with(\.$commune).first() else {
            throw AppError.notFound("Hương ước, quy ước")
        }
        let versions = try await ConventionService.versions(of: convention, on: req.db)
        let inForce = versions.first { $0.stageValue == .recognised }
        let posted = versions.first { $0.stageValue == .posted }
        var model = DemocracyPage.Model()
        model.title = convention.name
        model.links = [("Thông tin công khai của " + convention.commune.name, DemocracyURL.publicCommune(convention.commune.id!))]
        model.facts = [("Thôn, tổ dân phố", convention.hamlet.name + ", " + convention.commune.name)]
        if let inForce {
            model.facts.append(("Quyết định công nhận", "Số \(inForce.decisionNumber ?? "") ngày \(day(inForce.decidedOn)) của Ủy ban nhân dân \(convention.commune.name)"))
            model.facts.append(("Có hiệu lực từ", day(inForce.effectiveOn)))
            model.facts.append(("Lần", inForce.purposeLabel))
            model.sections.append(("Toàn văn đang có hiệu lực", inForce.text))
        } else {
            model.notice = "Chưa có văn bản được Ủy ban nhân dân xã công nhận."
        }
        if let posted {
            if posted.isAmendment { model.sections.append(("Dự thảo sửa đổi, bổ sung đang niêm yết từ ngày \(day(posted.postedFrom)): nội dung sửa đổi", posted.changeSummary)) }
            model.sections.append(("Dự thảo đang niêm yết để Nhân dân góp ý, biểu quyết (từ ngày \(day(posted.postedFrom)))", posted.text))
        }
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: convention.commune.id, on: req)
        return page(req, model)
    }

    /// The commune's public page: its conventions in force and drafts being posted (one query for the versions).
    static func publicTable(communeID: Int, on db: any Database) async throws -> DemocracyTable? {
        let conventions = try await Convention.query(on: db).filter(\.$commune.$id == communeID).with(\.$hamlet).sort(\.$name).limit(100).all()
        guard !conventions.isEmpty else { return nil }
        let (latest, inForce) = try await versionsByConvention(conventions.compactMap(\.id), on: db)
        var table = DemocracyTable(title: "Hương ước, quy ước", headers: ["Tên", "Thôn, tổ dân phố", "Tình trạng"], empty: "")
        table.rows = conventions.compactMap { convention in
            let force = inForce[convention.id!], newest = latest[convention.id!]
            var state: [String] = []
            if let force { state.append("Có hiệu lực từ \(day(force.effectiveOn))") }
            if let newest, newest.stageValue == .posted { state.append("Dự thảo đang niêm yết lấy ý kiến") }
            guard !state.isEmpty else { return nil }
            return [DemocracyCell(convention.name, url: DemocracyURL.publicConvention(convention.id!)), DemocracyCell(convention.hamlet.name),
                    DemocracyCell(state.joined(separator: "; "))]
        }
        return table.rows.isEmpty ? nil : table
    }
}
