import DanVanCore
import Fluent
import Vapor
import Views

/// Đơn thư — work lists, intake, one case with its deadlines and the next steps.
enum PetitionController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let list = PetitionQuery.WorkList(rawValue: req.query["ds"] ?? "") ?? .all
        let search: String = req.query["q"] ?? ""
        let (scopePath, narrowedTo) = try await req.narrowedScope(PetitionAccess.scopePath(of: user))
        let filter = PetitionQuery.Filter(scopePath: scopePath, list: list, search: search, today: req.clock.today)
        let page = try await PetitionQuery.page(filter, page: PageParams(from: req), on: req.db)
        var model = PetitionIndexPage.Model()
        model.tabs = PetitionQuery.WorkList.allCases.map { tab in
            (tab.label, SiteURL.petitions.path + "?ds=" + tab.rawValue + (narrowedTo.map { "&don_vi=" + $0.code } ?? ""), tab == list)
        }
        model.listKey = list.rawValue
        model.query = search
        model.rows = page.rows.map { row($0, today: filter.today) }
        var query = ["ds": list.rawValue, "q": search, "don_vi": narrowedTo?.code ?? ""]
        model.pagination = pagination(page.metadata, base: SiteURL.petitions.path, query: &query)
        model.newURL = PetitionAccess.canIntake(user.role) ? SiteURL.petitionNew.path : nil
        model.statisticsURL = SiteURL.petitionStatistics.path
        model.receptionURL = SiteURL.receptions.path
        model.dialoguesURL = SiteURL.dialogues.path
        model.rulesURL = SiteURL.deadlineProfiles.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(PetitionIndexPage(model: model).render())
    }

    static func row(_ petition: PetitionQuery.Row, today: CivilDate) -> PetitionIndexPage.Row {
        var row = PetitionIndexPage.Row()
        row.code = petition.trackingCode
        row.url = SiteURL.petition(.value(petition.id)).path
        row.receivedOn = CivilDate(iso: petition.receivedOn)?.vietnamese ?? petition.receivedOn
        row.subject = petition.subject
        row.kinds = petition.kindList.map(\.label).joined(separator: ", ")
        row.status = petition.petitionStatus?.label ?? petition.status
        row.unitName = petition.unitName
        if let due = petition.dueOn.flatMap(CivilDate.init(iso:)) {
            let status = DeadlineStatus(due: due, today: today)
            row.due = due.vietnamese
            row.dueLabel = status.label
            row.isOverdue = status.isOverdue
        }
        return row
    }

    // MARK: Intake

    struct IntakeForm: Content {
        var channel: String?
        var received_on: String?
        var unit_id: Int?
        var kinds: [String]?
        var people_count: String?
        var citizen_name: String?
        var citizen_address: String?
        var citizen_phone: String?
        var citizen_id_number: String?
        var anonymous: Bool?
        var subject: String?
        var content: String?

        var draft: PetitionService.Draft {
            PetitionService.Draft(
                channel: PetitionChannel(rawValue: channel ?? "") ?? .reception,
                receivedOn: (received_on ?? "").isEmpty ? nil : CivilDate(vietnamese: received_on!) ?? CivilDate(iso: received_on!),
                subject: subject ?? "", content: content ?? "", citizenName: citizen_name ?? "", citizenAddress: citizen_address ?? "",
                citizenPhone: citizen_phone ?? "", citizenIDNumber: citizen_id_number ?? "",
                peopleCount: Int(people_count ?? "1") ?? 0, kinds: (kinds ?? []).compactMap(PetitionKind.init(rawValue:)),
                unitID: unit_id, isAnonymous: anonymous ?? false)
        }
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let user = try req.require(PetitionAccess.canIntake)
        var values = PetitionFormValues()
        values.receivedOn = req.clock.today.vietnamese
        values.unit = String(user.$unit.id)
        return try await newPage(req, user: user, values: values, status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(PetitionAccess.canIntake)
        let form = try req.content.decode(IntakeForm.self)
        let draft = form.draft
        var errors = PetitionService.problems(draft, today: req.clock.today)
        if let unitID = draft.unitID, let unit = try await OrgUnit.find(unitID, on: req.db), !PetitionAccess.canSee(user, petitionUnit: unit) {
            errors["unit"] = AppError.outsideScope.message
        }
        guard errors.isEmpty else {
            var values = PetitionFormValues()
            values.subject = form.subject ?? ""
            values.content = form.content ?? ""
            values.citizenName = form.citizen_name ?? ""
            values.citizenAddress = form.citizen_address ?? ""
            values.citizenPhone = form.citizen_phone ?? ""
            values.citizenIDNumber = form.citizen_id_number ?? ""
            values.receivedOn = form.received_on ?? ""
            values.channel = form.channel ?? ""
            values.unit = form.unit_id.map(String.init) ?? ""
            values.peopleCount = form.people_count ?? "1"
            values.kinds = Set(form.kinds ?? [])
            values.errors = errors
            return try await newPage(req, user: user, values: values, status: .unprocessableEntity)
        }
        let petition = try await PetitionService.create(
            draft, actor: req.actor(user), rules: try await req.application.currentPetitionRules(on: req.db), on: req.db)
        req.flash(.success, L10n.Petitions.daTiepNhanDonMa(petition.trackingCode))
        return req.redirect(to: SiteURL.petition(.value(petition.id!)).path)
    }

    private static func newPage(_ req: Request, user: User, values: PetitionFormValues, status: HTTPResponseStatus) async throws -> Response {
        var model = PetitionNewPage.Model()
        model.values = values
        model.channels = PetitionChannel.allCases.map { ($0.rawValue, $0.label) }
        model.kinds = PetitionKind.allCases.map { ($0.rawValue, $0.label) }
        model.units = try await intakeUnits(for: user, on: req.db)
        model.action = SiteURL.petitions.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(PetitionNewPage(model: model).render(), status: status)
    }

    /// The root of the user's petition scope and the units directly under it.
    static func intakeUnits(for user: User, on db: any Database) async throws -> [(value: String, label: String)] {
        let scope = PetitionAccess.scopePath(of: user)
        let depth = scope.split(separator: "/").count - 1
        return try await OrgUnit.query(on: db).filter(\.$path, .custom("LIKE"), scope + "%").filter(\.$depth <= depth + 1)
            .filter(\.$activeUntil == nil).sort(\.$depth).sort(\.$sortKey).limit(500).all()
            .map { (String($0.id!), $0.name) }
    }

    // MARK: One case

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let (petition, unit) = try await find(req, user: user)
        try await auditViewIfDenunciation(petition, actor: req.actor(user), on: req.db)
        let profile = try await PetitionRuleStore.profile(code: petition.profileID, on: req.db)
        let fields = try await PetitionRuleStore.fields(on: req.db)
        let today = req.clock.today
        let events = try await PetitionEvent.query(on: req.db).filter(\.$petition.$id == petition.id!).sort(\.$id).all()
        let duplicates = try await PetitionQuery.possibleDuplicates(
            of: petition, unit: unit, viewer: user, scopePath: PetitionAccess.scopePath(of: user), on: req.db)
        var model = PetitionShowPage.Model()
        model.code = petition.trackingCode
        model.subject = petition.subject
        model.content = petition.content
        model.receivedOn = petition.received.vietnamese
        model.channel = petition.channel.label
        model.kinds = petition.kindList.map(\.label).joined(separator: ", ")
        model.instance = petition.instance.label
        model.field = fields.label(for: petition.field)
        model.competence =
            petition.inCompetence.map { $0 ? L10n.Petitions.thuocThamQuyen : L10n.Petitions.khongThuocThamQuyen } ?? L10n.Petitions.chuaXacDinh
        model.flags = PetitionFlag.allCases.filter { $0.isSet(on: petition) }.map(\.label).joined(separator: ", ")
        model.status = petition.status.label
        model.statusReason = petition.statusReason ?? ""
        model.unitName = unit.name
        // The rule set by its name, not its stored id: "Khiếu nại, lần hai"; the steps' table cites the law.
        model.profileID =
            profile.map {
                L10n.Petitions.thoiHanDon + $0.kind.label.lowercased() + ($0.kind == .complaint ? ", " + $0.instance.label.lowercased() : "")
            }
            ?? petition.profileID
        model.deadlines = profile.map { deadlines(petition, profile: $0, today: today) } ?? []
        model.resolution = petition.resolution
        model.resolutionPublic = petition.answerPublic
        if PetitionAccess.canSeePersonalData(user, petition, unit: unit) {
            model.personal = [
                (L10n.Petitions.hoVaTen, petition.citizenName.isEmpty ? L10n.Petitions.nacDanh : petition.citizenName),
                (L10n.Petitions.diaChi, petition.citizenAddress), (L10n.Petitions.soDienThoai, petition.citizenPhone),
                (L10n.Petitions.soDinhDanh, petition.citizenIDNumber), (L10n.Petitions.soNguoiDungDon, String(petition.peopleCount))
            ]
        } else {
            model.personalHiddenReason =
                petition.kindList.contains(.denunciation)
                ? L10n.Petitions.danhTinhNguoiToCaoDuoc
                : L10n.Petitions.thongTinCaNhanCuaCong
        }
        // People by their names, as the audit log shows them.
        var people: [String: String] = [:]
        for person in try await User.query(on: req.db).filter(\.$username ~~ Set(events.map(\.username))).all() {
            people[person.username] = person.fullName
        }
        model.events = events.map { event in
            var row = PetitionShowPage.Event()
            row.date = CivilDate(iso: event.onDate)?.vietnamese ?? event.onDate
            row.status = PetitionStatus(rawValue: event.toStatus)?.label ?? event.toStatus
            row.note = event.note
            row.by =
                event.username.hasPrefix("cli:")
                ? L10n.Petitions.quanTriVienDongLenh
                : event.username == "cong-dan" ? L10n.Petitions.congDanTrangCongKhai : people[event.username] ?? event.username
            return row
        }
        model.duplicates = duplicates.map { duplicate in
            var row = PetitionShowPage.Duplicate()
            row.code = duplicate.petition.trackingCode
            row.url = SiteURL.petition(.value(duplicate.petition.id!)).path
            row.subject = duplicate.petition.subject
            row.reason = duplicate.sameCitizen ? L10n.Petitions.cungNguoiGui : L10n.Petitions.noiDungGiong(Int(duplicate.score * 100))
            return row
        }
        model.petitionID = petition.id!
        model.attachments = try await PetitionAttachmentController.rows(petition, user: user, unit: unit, on: req.db)
        model.attachmentUploadURL =
            PetitionAttachmentService.canUpload(user, petition, unit: unit) ? SiteURL.petitionAttachments(.value(petition.id!)).path : nil
        model.attachmentLimit =
            L10n.Petitions.toiDaNhanTep(UploadLimits.label(PetitionAttachmentService.maxBytes))
            + PetitionAttachmentService.allowedExtensions.map { "." + $0 }.joined(separator: ", ") + "."
        model.today = today.vietnamese
        let triage = user.role.canWrite && PetitionAccess.canTriage(user, petitionUnit: unit)
        let resolve = user.role.canWrite && PetitionAccess.canResolve(user, petition, unit: unit)
        let status = petition.status
        model.canClassify = triage && status.canMove(to: .classified)
        model.canAccept = triage && status.canMove(to: .accepted)
        model.canDecide = triage && status.canMove(to: .filed)
        model.canStart = resolve && status.canMove(to: .beingResolved)
        model.canExtend =
            resolve && PetitionStatus.underResolution.contains(status)
            && (profile?.canExtend(after: petition.extensions) ?? false)
        model.canResolve = resolve && status.canMove(to: .resolved)
        model.canClose = resolve && status.canMove(to: .closed)
        model.canGrantIdentity = triage && petition.kindList.contains(.denunciation) && !petition.identityGranted
        model.classification = classification(petition, unitChoice: try await UnitChoice.label(of: unit, on: req.db), fields: fields)
        model.layout = req.pageLayout()
        return HTMLResponse.make(PetitionShowPage(model: model).render())
    }

    @Sendable static func act(_ req: Request, _ action: PetitionAction) async throws -> Response {
        let user = try req.user
        let (petition, unit) = try await find(req, user: user)
        let input = try req.content.decode(PetitionActionInput.self)
        do {
            req.flash(
                .success,
                try await input.run(
                    action, on: petition, unit: unit, user: user, at: req.clock.now,
                    rules: try await req.application.currentPetitionRules(on: req.db), db: req.db))
        } catch let error as AppError where error.status != .forbidden {
            req.flash(.error, error.message)
        }
        return req.redirect(to: SiteURL.petition(.value(petition.id!)).path)
    }

    /// The petition and its responsible unit, or 404 / 403 outside the user's scope.
    static func find(_ req: Request, user: User) async throws -> (Petition, OrgUnit) {
        guard let petition = try await Petition.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Petitions.donDoiTuong)
        }
        guard PetitionAccess.canSee(user, petitionUnit: petition.unit) else { throw AppError.outsideScope }
        return (petition, petition.unit)
    }

    /// Every opening of a tố cáo file is written to the audit log.
    static func auditViewIfDenunciation(_ petition: Petition, actor: Actor, on db: any Database) async throws {
        guard petition.kindList.contains(.denunciation) else { return }
        try await Audit.event(on: db, actor: actor, entity: "petition", id: "\(petition.id!)", action: "view")
    }

    static func deadlines(_ petition: Petition, profile: DeadlineProfile, today: CivilDate) -> [PetitionShowPage.Deadline] {
        var rows: [PetitionShowPage.Deadline] = []
        func add(_ step: String, _ iso: String?, _ rule: String, running: Bool) {
            guard let due = iso.flatMap(CivilDate.init(iso:)) else { return }
            var row = PetitionShowPage.Deadline()
            row.step = step
            row.due = due.vietnamese
            let status = DeadlineStatus(due: due, today: today)
            row.state = running ? status.label : L10n.Petitions.daQuaBuocNay
            row.isOverdue = running && status.isOverdue
            row.rule = rule
            rows.append(row)
        }
        var acceptRule = L10n.Petitions.thuLyTrong + profile.accept.summary
        if petition.channel == .reception { acceptRule += L10n.Petitions.traLoiTrong + DeadlineProfiles.receptionAnswer.summary }
        add(
            petition.kind == .recommendation || petition.kind == .feedback ? L10n.Petitions.xuLyDon : L10n.Petitions.thuLy, petition.acceptDue,
            acceptRule,
            running: PetitionStatus.awaitingAcceptance.contains(petition.status))
        var resolveRule = L10n.Petitions.giaiQuyetTrong + profile.resolve.summary
        if let extensions = profile.extensions {
            resolveRule += L10n.Petitions.daGiaHanLanMoiLan(petition.extensions, extensions.maxCount, extensions.days, extensions.citation)
        }
        add(L10n.Petitions.giaiQuyet, petition.resolveDue, resolveRule, running: PetitionStatus.underResolution.contains(petition.status))
        return rows
    }

    static func classification(_ petition: Petition, unitChoice: String, fields: FieldList) -> PetitionShowPage.Classification {
        var c = PetitionShowPage.Classification()
        c.kinds = PetitionKind.allCases.map { ($0.rawValue, $0.label) }
        c.selectedKinds = Set(petition.kindList.map(\.rawValue))
        c.instances = PetitionInstance.allCases.map { ($0.rawValue, $0.label) }
        c.instance = petition.instance.rawValue
        c.fields = fields.choices(keeping: petition.field)
        c.field = petition.field
        c.inCompetence = petition.inCompetence.map { $0 ? "true" : "false" } ?? "true"
        c.flags = PetitionFlag.allCases.map { ($0.rawValue, $0.label) }
        c.selectedFlags = Set(PetitionFlag.allCases.filter { $0.isSet(on: petition) }.map(\.rawValue))
        c.unitChoice = unitChoice
        return c
    }

    /// Unit names for a page of rows, in one query.
    static func names(ofUnits ids: [Int], on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ Set(ids)).all()
        return Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
    }
}
