import DanVanCore
import Fluent
import Vapor
import Views

/// Công trình, dự án được Ban Giám sát đầu tư của cộng đồng giám sát (Luật 10/2022/QH15, Điều 41–45).
final class SupervisedProject: Model, CreationStamped, @unchecked Sendable {
    static let schema = "supervised_projects"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "commune_id") var commune: OrgUnit
    @Field(key: "name") var name: String
    @Field(key: "investor") var investor: String
    /// Tổng mức đầu tư, in đồng.
    @Field(key: "budget") var budget: Int
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

/// A progress update (date, percent, note) or a finding of the board on a supervised project.
final class ProjectUpdate: Model, CreationStamped, @unchecked Sendable {
    static let schema = "supervised_project_updates"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "project_id") var project: SupervisedProject
    @Field(key: "kind") var kind: String
    @Field(key: "on_date") var onDate: String
    @OptionalField(key: "percent") var percent: Int?
    @Field(key: "note") var note: String
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var kindValue: ProjectUpdateKind { ProjectUpdateKind(rawValue: kind) ?? .progress }
}

/// Recording projects and their updates, from the pages, the API and the demo: each change one transaction with its
/// audit entry; the rules are `SupervisedProjectRules`.
enum SupervisedProjectService {
    /// What is wrong, by form field.
    struct Problems: Error {
        let fields: [String: String]
    }

    struct Draft: Sendable {
        var name = "", investor = "", budget = "", startsOn = "", endsOn = ""
    }

    struct UpdateDraft: Sendable {
        var kind = "", onDate = "", percent = "", note = ""
    }

    struct Snapshot: Codable {
        let name: String, investor: String, budget: Int, startsOn: String, endsOn: String
        init(_ p: SupervisedProject) {
            name = p.name
            investor = p.investor
            budget = p.budget
            startsOn = p.startsOn
            endsOn = p.endsOn
        }
    }

    struct UpdateSnapshot: Codable {
        let kind: String, onDate: String, percent: Int?, note: String
        init(_ u: ProjectUpdate) {
            kind = u.kind
            onDate = u.onDate
            percent = u.percent
            note = u.note
        }
    }

    /// "1.250.000.000", "1250000000" and "1 250 000 000" are all the same number of đồng.
    static func amount(_ text: String) -> Int? {
        let digits = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: "")
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), digits.count <= 15 else { return nil }
        return Int(digits)
    }

    static func create(_ draft: Draft, commune: OrgUnit, actor: Actor, on database: any Database) async throws -> Result<SupervisedProject, Problems>
    {
        let name = DemocracyService.clean(draft.name)
        let investor = DemocracyService.clean(draft.investor)
        let budget = amount(draft.budget)
        let start = DemocracyService.date(draft.startsOn)
        let end = DemocracyService.date(draft.endsOn)
        let problems = SupervisedProjectRules.problems(name: name, investor: investor, budget: budget, start: start, end: end)
        guard problems.isEmpty, let budget, let start, let end else { return .failure(Problems(fields: problems)) }
        let project = SupervisedProject()
        project.$commune.id = commune.id!
        project.name = name
        project.investor = investor
        project.budget = budget
        project.startsOn = start.iso
        project.endsOn = end.iso
        project.createdBy = actor.username
        try await database.transaction { db in
            try await project.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "supervised_project", id: "\(project.id!)", action: "create",
                before: Snapshot?.none, after: Snapshot(project))
        }
        return .success(project)
    }

    static func latestPercent(_ projectID: Int, on db: any Database) async throws -> Int? {
        try await ProjectUpdate.query(on: db).filter(\.$project.$id == projectID).filter(\.$percent != nil)
            .sort(\.$onDate, .descending).sort(\.$id, .descending).first()?.percent
    }

    static func addUpdate(_ draft: UpdateDraft, to project: SupervisedProject, actor: Actor, on database: any Database) async throws -> Result<
        ProjectUpdate, Problems
    > {
        var problems: [String: String] = [:]
        let kind = ProjectUpdateKind(rawValue: draft.kind)
        if kind == nil { problems["kind"] = L10n.Democracy.vuiLongChonLoaiCapNhat }
        let day = DemocracyService.date(draft.onDate)
        if day == nil { problems["on_date"] = L10n.Democracy.ngayKhongHopLeNhapTheo }
        if let day, day > actor.today { problems["on_date"] = L10n.Democracy.ngayKhongTheSauHomNay }
        let note = DemocracyService.clean(draft.note)
        let typed = draft.percent.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
        let percent = typed.isEmpty ? nil : Int(typed)
        if !typed.isEmpty && percent == nil { problems["percent"] = L10n.Democracy.tienDoLaSoPhanTram }
        if let kind, problems["percent"] == nil {
            let previous = kind == .progress ? try await latestPercent(project.id!, on: database) : nil
            if let problem = SupervisedProjectRules.updateProblem(kind: kind, percent: percent, previous: previous, note: note) {
                problems[kind == .progress && !problem.hasPrefix(L10n.Democracy.noiDung) ? "percent" : "note"] = problem
            }
        }
        guard problems.isEmpty, let kind, let day else { return .failure(Problems(fields: problems)) }
        let update = ProjectUpdate()
        update.$project.id = project.id!
        update.kind = kind.rawValue
        update.onDate = day.iso
        update.percent = kind == .progress ? percent : nil
        update.note = note
        update.createdBy = actor.username
        try await database.transaction { db in
            try await update.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "supervised_project", id: "\(project.id!)",
                action: kind == .progress ? "progress" : "finding", before: UpdateSnapshot?.none, after: UpdateSnapshot(update))
        }
        return .success(update)
    }
}

/// Pages: a commune's supervised projects with a form to add one; a project with its updates and a form to add one.
/// Staff only, like the board's other records.
enum SupervisedProjectController {

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        return try await renderList(req, user: user, unit: unit, values: [:], errors: [:], status: .ok)
    }

    static func renderList(_ req: Request, user: User, unit: OrgUnit, values: [String: String], errors: [String: String], status: HTTPResponseStatus)
        async throws -> Response
    {
        let today = req.clock.today
        let page = try await SupervisedProject.query(on: req.db).filter(\.$commune.$id == unit.id!).sort(\.$startsOn, .descending).sort(
            \.$id, .descending
        )
        .paginate(PageParams(from: req).fluent)
        let ids = page.items.compactMap(\.id)
        // The latest percent of each project on the page, in one query.
        let updates =
            ids.isEmpty
            ? []
            : try await ProjectUpdate.query(on: req.db).filter(\.$project.$id ~~ ids).filter(\.$percent != nil)
                .sort(\.$onDate).sort(\.$id).all()
        var latest: [Int: Int] = [:]
        for update in updates { latest[update.$project.id] = update.percent }
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.congTrinhDuocGiamSatTieuDe + unit.name
        model.lead = L10n.Democracy.cacCongTrinhDuAnDau
        model.links = [
            (L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path),
            (L10n.Democracy.thanhVienCacBan, SiteURL.democracyBoard(.value(unit.id!)).path)
        ]
        var table = DemocracyTable(
            title: L10n.Democracy.congTrinhDuAn(page.metadata.total),
            headers: [
                L10n.Democracy.tenCongTrinh, L10n.Democracy.chuDauTu, L10n.Democracy.tongMucDauTu, L10n.Democracy.thoiGian, L10n.Democracy.tienDo,
                L10n.Democracy.tinhTrang
            ],
            empty: L10n.Democracy.chuaGhiCongTrinhNao)
        table.rows = page.items.map { p in
            let status = SupervisedProjectRules.status(
                start: CivilDate(iso: p.startsOn)!, end: CivilDate(iso: p.endsOn)!, latestPercent: latest[p.id!], today: today)
            return [
                DemocracyCell(p.name, url: SiteURL.democracyProject(.value(p.id!)).path), DemocracyCell(p.investor),
                DemocracyCell(SupervisedProjectRules.money(p.budget)),
                DemocracyCell(DemocracyController.day(p.startsOn) + " – " + DemocracyController.day(p.endsOn)),
                DemocracyCell(latest[p.id!].map { "\($0)%" } ?? "—"), DemocracyCell(status.label, css: status == .late ? "badge" : nil)
            ]
        }
        var query: [String: String] = [:]
        table.pagination = pagination(page.metadata, base: SiteURL.democracyProjects(.value(unit.id!)).path, query: &query)
        model.tables = [table]
        if user.role.canWrite {
            var form = DemocracyForm(
                heading: L10n.Democracy.ghiCongTrinhDuocGiamSat, action: SiteURL.democracyProjects(.value(unit.id!)).path,
                controls: [
                    .text(label: L10n.Democracy.tenCongTrinhDuAn, name: "name", hint: nil, required: true),
                    .text(label: L10n.Democracy.chuDauTu, name: "investor", hint: nil, required: true),
                    .text(label: L10n.Democracy.tongMucDauTuDong, name: "budget", hint: L10n.Democracy.viDu1250000000, required: true),
                    .text(label: L10n.Democracy.ngayKhoiCongDdMmYyyy, name: "starts_on", hint: nil, required: true),
                    .text(label: L10n.Democracy.ngayHoanThanhDuKienDd, name: "ends_on", hint: nil, required: true)
                ], submit: L10n.Democracy.ghiCongTrinh)
            form.values = values
            form.errors = errors
            model.forms = [form]
        }
        return DemocracyController.render(req, model, status: status)
    }

    struct ProjectForm: Content {
        var name: String?
        var investor: String?
        var budget: String?
        var starts_on: String?
        var ends_on: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let form = try req.content.decode(ProjectForm.self)
        let draft = SupervisedProjectService.Draft(
            name: form.name ?? "", investor: form.investor ?? "", budget: form.budget ?? "",
            startsOn: form.starts_on ?? "", endsOn: form.ends_on ?? "")
        switch try await SupervisedProjectService.create(draft, commune: unit, actor: req.actor(user), on: req.db) {
        case .failure(let problems):
            let errors = problems.fields
            let values = [
                "name": draft.name, "investor": draft.investor, "budget": draft.budget, "starts_on": draft.startsOn, "ends_on": draft.endsOn
            ]
            return try await renderList(req, user: user, unit: unit, values: values, errors: errors, status: .unprocessableEntity)
        case .success(let project):
            req.flash(.success, L10n.Democracy.daGhiCongTrinh(project.name))
            return req.redirect(to: SiteURL.democracyProject(.value(project.id!)).path)
        }
    }

    static func find(_ req: Request, user: User) async throws -> (SupervisedProject, OrgUnit) {
        guard let project = try await SupervisedProject.find(req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Democracy.congTrinh) }
        let unit = try await project.$commune.get(on: req.db)
        try user.ensureInScope(unit)
        return (project, unit)
    }

    @Sendable static func detail(req: Request) async throws -> Response {
        let user = try req.user
        let (project, unit) = try await find(req, user: user)
        return try await renderDetail(req, user: user, project: project, unit: unit, values: [:], errors: [:], status: .ok)
    }

    static func renderDetail(
        _ req: Request, user: User, project: SupervisedProject, unit: OrgUnit, values: [String: String], errors: [String: String],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let updates = try await ProjectUpdate.query(on: req.db).filter(\.$project.$id == project.id!).sort(\.$onDate, .descending).sort(
            \.$id, .descending
        )
        .limit(500).all()
        let latest = updates.first { $0.percent != nil }?.percent
        let state = SupervisedProjectRules.status(
            start: CivilDate(iso: project.startsOn)!, end: CivilDate(iso: project.endsOn)!, latestPercent: latest, today: req.clock.today)
        var model = DemocracyPage.Model()
        model.title = project.name
        model.links = [
            (L10n.Democracy.cacCongTrinhDuocGiamSat, SiteURL.democracyProjects(.value(unit.id!)).path),
            (L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path)
        ]
        model.facts = [
            (L10n.Democracy.xaPhuong, unit.name), (L10n.Democracy.chuDauTu, project.investor),
            (L10n.Democracy.tongMucDauTu, SupervisedProjectRules.money(project.budget)),
            (L10n.Democracy.khoiCong, DemocracyController.day(project.startsOn)),
            (L10n.Democracy.hoanThanhDuKien, DemocracyController.day(project.endsOn)),
            (L10n.Democracy.tienDo, latest.map { "\($0)%" } ?? L10n.Democracy.chuaCapNhat), (L10n.Democracy.tinhTrang, state.label)
        ]
        var table = DemocracyTable(
            title: L10n.Democracy.tienDoVaPhatHien,
            headers: [L10n.Democracy.ngay, L10n.Democracy.loai, L10n.Democracy.tienDo, L10n.Democracy.noiDung, L10n.Democracy.nguoiGhi],
            empty: L10n.Democracy.chuaCoCapNhatNao)
        table.rows = updates.map {
            [
                DemocracyCell(DemocracyController.day($0.onDate)), DemocracyCell($0.kindValue.label),
                DemocracyCell($0.percent.map { "\($0)%" } ?? ""),
                DemocracyCell($0.note), DemocracyCell($0.createdBy)
            ]
        }
        model.tables = [table]
        if user.role.canWrite {
            var form = DemocracyForm(
                heading: L10n.Democracy.capNhatTienDoHoacGhi, action: SiteURL.democracyProjectUpdate(.value(project.id!)).path,
                controls: [
                    .select(
                        label: L10n.Democracy.loai, name: "kind", options: ProjectUpdateKind.allCases.map { ($0.rawValue, $0.label) },
                        required: true),
                    .text(label: L10n.Democracy.ngayDdMmYyyy, name: "on_date", hint: nil, required: true),
                    .number(label: L10n.Democracy.tienDoKhiCapNhatTien, name: "percent", required: false),
                    .textarea(label: L10n.Democracy.noiDung, name: "note", rows: 4, required: false)
                ], submit: "Ghi")
            form.values = values.isEmpty ? ["kind": ProjectUpdateKind.progress.rawValue, "on_date": req.clock.today.vietnamese] : values
            form.errors = errors
            model.forms = [form]
        }
        return DemocracyController.render(req, model, status: status)
    }

    struct UpdateForm: Content {
        var kind: String?
        var on_date: String?
        var percent: String?
        var note: String?
    }

    @Sendable static func addUpdate(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let (project, unit) = try await find(req, user: user)
        let form = try req.content.decode(UpdateForm.self)
        let draft = SupervisedProjectService.UpdateDraft(
            kind: form.kind ?? "", onDate: form.on_date ?? "", percent: form.percent ?? "", note: form.note ?? "")
        switch try await SupervisedProjectService.addUpdate(draft, to: project, actor: req.actor(user), on: req.db) {
        case .failure(let problems):
            let errors = problems.fields
            let values = ["kind": draft.kind, "on_date": draft.onDate, "percent": draft.percent, "note": draft.note]
            return try await renderDetail(req, user: user, project: project, unit: unit, values: values, errors: errors, status: .unprocessableEntity)
        case .success:
            req.flash(.success, L10n.Democracy.daGhiCapNhat)
            return req.redirect(to: SiteURL.democracyProject(.value(project.id!)).path)
        }
    }

    // MARK: - API

    struct UpdateDTO: Content {
        let id: Int, kind: String, onDate: String, percent: Int?, note: String
        init(_ u: ProjectUpdate) {
            id = u.id!
            kind = u.kind
            onDate = u.onDate
            percent = u.percent
            note = u.note
        }
    }

    struct ProjectDTO: Content {
        let id: Int, communeID: Int, name: String, investor: String, budget: Int, startsOn: String, endsOn: String
        let percent: Int?, status: String
        let updates: [UpdateDTO]?
    }

    static func dto(_ p: SupervisedProject, latest: Int?, today: CivilDate, updates: [ProjectUpdate]?) -> ProjectDTO {
        ProjectDTO(
            id: p.id!, communeID: p.$commune.id, name: p.name, investor: p.investor, budget: p.budget, startsOn: p.startsOn, endsOn: p.endsOn,
            percent: latest,
            status: SupervisedProjectRules.status(
                start: CivilDate(iso: p.startsOn)!, end: CivilDate(iso: p.endsOn)!,
                latestPercent: latest, today: today
            ).rawValue,
            updates: updates?.map(UpdateDTO.init))
    }

    @Sendable static func apiList(req: Request) async throws -> APIUnitController.PageDTO<ProjectDTO> {
        let (_, unit) = try await APIDemocracyController.commune(req)
        let page = try await SupervisedProject.query(on: req.db).filter(\.$commune.$id == unit.id!).sort(\.$startsOn, .descending).sort(
            \.$id, .descending
        )
        .paginate(PageParams(from: req).fluent)
        let ids = page.items.compactMap(\.id)
        let updates =
            ids.isEmpty
            ? [] : try await ProjectUpdate.query(on: req.db).filter(\.$project.$id ~~ ids).filter(\.$percent != nil).sort(\.$onDate).sort(\.$id).all()
        var latest: [Int: Int] = [:]
        for update in updates { latest[update.$project.id] = update.percent }
        let today = req.clock.today
        return .init(
            items: page.items.map { dto($0, latest: latest[$0.id!], today: today, updates: nil) },
            page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    struct CreateBody: Content {
        let name: String?
        let investor: String?
        let budget: Int?
        let startsOn: String?
        let endsOn: String?
    }

    static func fail(_ problems: [String: String], codes: [String: String]) -> AppError {
        let first = problems.sorted { $0.key < $1.key }.first!
        return AppError.invalid(first.value, code: codes[first.key] ?? "invalid_input")
    }

    @Sendable static func apiCreate(req: Request) async throws -> Response {
        let (user, unit) = try await APIDemocracyController.commune(req)
        guard user.role.canWrite else { throw AppError.forbidden }
        let body = try req.content.decode(CreateBody.self)
        let draft = SupervisedProjectService.Draft(
            name: body.name ?? "", investor: body.investor ?? "", budget: body.budget.map(String.init) ?? "",
            startsOn: body.startsOn ?? "", endsOn: body.endsOn ?? "")
        switch try await SupervisedProjectService.create(draft, commune: unit, actor: req.actor(user), on: req.db) {
        case .failure(let problems):
            throw fail(
                problems.fields,
                codes: [
                    "name": "invalid_name", "investor": "invalid_investor", "budget": "invalid_budget",
                    "starts_on": "invalid_date", "ends_on": "invalid_date"
                ])
        case .success(let project):
            return try await dto(project, latest: nil, today: req.clock.today, updates: []).encodeResponse(status: .created, for: req)
        }
    }

    @Sendable static func apiShow(req: Request) async throws -> ProjectDTO {
        let user = try req.user
        let (project, _) = try await find(req, user: user)
        let updates = try await ProjectUpdate.query(on: req.db).filter(\.$project.$id == project.id!).sort(\.$onDate).sort(\.$id).limit(500).all()
        return dto(project, latest: updates.last { $0.percent != nil }?.percent, today: req.clock.today, updates: updates)
    }

    struct UpdateBody: Content {
        let kind: String?
        let onDate: String?
        let percent: Int?
        let note: String?
    }

    @Sendable static func apiAddUpdate(req: Request) async throws -> Response {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        let (project, _) = try await find(req, user: user)
        let body = try req.content.decode(UpdateBody.self)
        let draft = SupervisedProjectService.UpdateDraft(
            kind: body.kind ?? "", onDate: body.onDate ?? "", percent: body.percent.map(String.init) ?? "", note: body.note ?? "")
        switch try await SupervisedProjectService.addUpdate(draft, to: project, actor: req.actor(user), on: req.db) {
        case .failure(let problems):
            throw fail(
                problems.fields, codes: ["kind": "invalid_kind", "on_date": "invalid_date", "percent": "invalid_percent", "note": "invalid_note"])
        case .success(let update):
            return try await UpdateDTO(update).encodeResponse(status: .created, for: req)
        }
    }
}
