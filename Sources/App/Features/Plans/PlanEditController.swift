import DanVanCore
import Fluent
import Vapor
import Views

/// Sửa kế hoạch — change a plan's header; the number stays unique per issuer and year, every change is audited.
enum PlanEditController {
    struct EditForm: Content {
        var number: String?
        var issuedOn: String?
        var year: String?
        var title: String?
        var purposes: String?
        var status: String?
        var parentPlanID: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let plan = try await editable(req)
        let form = EditForm(
            number: plan.number ?? "", issuedOn: plan.issuedOn.flatMap(CivilDate.init(iso:))?.vietnamese ?? "",
            year: String(plan.year), title: plan.title, purposes: plan.purposes, status: plan.status.rawValue,
            parentPlanID: plan.$parentPlan.id.map(String.init) ?? "")
        return try await page(req, plan: plan, form: form, problems: [], status: .ok)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.user
        let plan = try await editable(req)
        let form = try req.content.decode(EditForm.self)
        var problems: [String] = []
        let number = (form.number ?? "").trimmingCharacters(in: .whitespaces)
        let issuedText = (form.issuedOn ?? "").trimmingCharacters(in: .whitespaces)
        let issuedOn = issuedText.isEmpty ? nil : CivilDate(vietnamese: issuedText)
        if !issuedText.isEmpty && issuedOn == nil { problems.append(L10n.Plans.ngayBanHanhKhongHopLe(issuedText)) }
        let year = Int((form.year ?? "").trimmingCharacters(in: .whitespaces)) ?? 0
        if !(2000...2100).contains(year) { problems.append(L10n.Plans.namCuaKeHoachKhongHop) }
        let title = (form.title ?? "").trimmingCharacters(in: .whitespaces)
        if title.isEmpty { problems.append(L10n.Plans.vuiLongNhapTrichYeuTen) }
        let status = PlanStatus(rawValue: form.status ?? "") ?? plan.status
        if status != .draft && number.isEmpty { problems.append(L10n.Plans.keHoachDaBanHanhPhai) }
        if !number.isEmpty,
            try await Plan.query(on: req.db).filter(\.$unit.$id == plan.$unit.id).filter(\.$year == year)
                .filter(\.$number == number).filter(\.$id != plan.id!).count() > 0
        {
            problems.append(L10n.Plans.soDaDuocDungChoMot(number, plan.unit.name, year))
        }
        let parentID = Int(form.parentPlanID ?? "")
        if let parentID {
            guard let parent = try await PlanAccess.allowedParent(parentID, for: user, issuer: plan.unit, on: req.db) else {
                throw AppError.outsideScope
            }
            if parentID == plan.id || parent.$parentPlan.id == plan.id {
                problems.append(L10n.Plans.keHoachCapTrenKhongThe)
            }
        }
        guard problems.isEmpty else { return try await page(req, plan: plan, form: form, problems: problems, status: .unprocessableEntity) }
        let linkedNow = parentID != nil && parentID != plan.$parentPlan.id
        try await req.db.transaction { db in
            let before = PlanSnapshot(plan: plan, citations: 0, tasks: 0, assignments: 0, obligations: 0)
            plan.number = number.isEmpty ? nil : number
            plan.issuedOn = issuedOn?.iso
            plan.year = year
            plan.title = title
            plan.titleKey = VietnameseText.searchKey(title + " " + number)
            plan.purposes = form.purposes ?? ""
            plan.status = status
            plan.$parentPlan.id = parentID
            try await plan.save(on: db)
            // Linking an existing plan to the plan above fulfils the obligation to make one, as creating it would.
            if linkedNow, let parentID { try await PlanCreator.fulfil(parentID: parentID, with: plan, today: req.clock.today, on: db) }
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "plan", id: "\(plan.id!)", action: "update", before: before,
                after: PlanSnapshot(plan: plan, citations: 0, tasks: 0, assignments: 0, obligations: 0))
        }
        req.flash(.success, L10n.Plans.daLuuKeHoach)
        return req.redirect(to: SiteURL.plan(.value(plan.id!)).path)
    }

    /// A plan's header is kept by a coordinator or an administrator over its issuer, like its tasks.
    private static func editable(_ req: Request) async throws -> Plan {
        let user = try req.require(\.canManageUnits)
        let plan = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        guard user.canSee(plan.unit) else { throw AppError.outsideScope }
        return plan
    }

    private static func page(_ req: Request, plan: Plan, form: EditForm, problems: [String], status: HTTPResponseStatus) async throws -> Response {
        let candidates = try await PlanAccess.parentCandidates(for: try req.user, issuer: plan.unit, on: req.db).filter(\.$id != plan.id!)
            .filter(OrgUnit.self, \.$id != plan.$unit.id).sort(\.$id, .descending).range(..<200).all()
        var model = PlanEditPage.Model()
        model.action = SiteURL.planEdit(.value(plan.id!)).path
        model.cancelURL = SiteURL.plan(.value(plan.id!)).path
        model.fields = [
            (L10n.Plans.soKyHieu, "number", form.number ?? ""), (L10n.Plans.ngayBanHanhDdMmYyyy, "issuedOn", form.issuedOn ?? ""),
            (L10n.Plans.nam, "year", form.year ?? ""), (L10n.Plans.trichYeu, "title", form.title ?? "")
        ]
        model.purposes = form.purposes ?? ""
        model.statuses = PlanStatus.allCases.map { ($0.rawValue, $0.label) }
        model.status = form.status ?? plan.status.rawValue
        model.parents = candidates.map { (String($0.id!), $0.displayName) }
        model.parentPlanID = form.parentPlanID ?? ""
        model.problems = problems
        model.layout = req.pageLayout()
        return HTMLResponse.make(PlanEditPage(model: model).render(), status: status)
    }
}
