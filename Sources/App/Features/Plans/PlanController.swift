import DanVanCore
import Fluent
import Vapor
import Views

/// Kế hoạch — list, one plan with its cascade and tasks, the tree of plans, the original document.
enum PlanController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let search: String = req.query["q"] ?? ""
        let year: Int? = req.query["nam"]
        let query = PlanAccess.visiblePlans(for: user, on: req.db)
        let key = VietnameseText.searchKey(search)
        if !key.isEmpty { query.filter(\.$titleKey, .custom("LIKE"), "%" + UnitQuery.escapeLike(key) + "%") }
        if let year { query.filter(\.$year == year) }
        let page = try await query.with(\.$unit).sort(\.$year, .descending).sort(\.$id, .descending).paginate(PageParams(from: req).fluent)
        let progress = try await PlanAccess.progress(of: page.items.compactMap(\.id), on: req.db)
        var params = ["q": search, "nam": year.map(String.init) ?? ""]
        var model = PlanIndexPage.Model()
        model.query = search
        model.year = year.map(String.init) ?? ""
        model.rows = page.items.map { plan in
            .init(
                number: plan.number ?? L10n.Plans.duThaoTrongNgoac, title: plan.title, issuer: plan.unit.name,
                issuedOn: plan.issuedOn.flatMap(CivilDate.init(iso:))?.vietnamese ?? "—", status: plan.status.label,
                progress: progress[plan.id!].map { String(format: "%.0f%%", $0) } ?? "—", url: SiteURL.plan(.value(plan.id!)).path)
        }
        model.pagination = pagination(page.metadata, base: SiteURL.plans.path, query: &params)
        model.canCreate = user.role.canWrite
        model.layout = req.pageLayout()
        return HTMLResponse.make(PlanIndexPage(model: model).render())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let plan = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        let planID = plan.id!
        let today = req.clock.today.iso
        let parent = try await plan.$parentPlan.get(on: req.db)
        let citations = try await LegalDocument.query(on: req.db).join(PlanCitation.self, on: \LegalDocument.$id == \PlanCitation.$legalDocument.$id)
            .filter(PlanCitation.self, \.$plan.$id == planID).sort(\.$id).all()
        let obligations = try await PlanObligation.query(on: req.db).filter(\.$plan.$id == planID).with(\.$unit).with(\.$fulfilledPlan).all()
            .sorted { VietnameseCollation.sortKey($0.unit.name) < VietnameseCollation.sortKey($1.unit.name) }
        let tasks = try await WorkTask.query(on: req.db).filter(\.$plan.$id == planID).sort(\.$position).all()
        let assignments = try await TaskAssignment.query(on: req.db).filter(\.$plan.$id == planID).with(\.$unit).all()
        let byTask = Dictionary(grouping: assignments, by: { $0.$task.id })
        let subPlans = try await Plan.query(on: req.db).filter(\.$parentPlan.$id == planID).with(\.$unit).all()
        let reports = try await ReportSchedule.query(on: req.db).filter(\.$plan.$id == planID).sort(\.$id).all()
        let progress = try await PlanAccess.progress(of: [planID], on: req.db)[planID]
        let fulfilled = obligations.filter { $0.$fulfilledPlan.id != nil }.count
        let late = obligations.filter { $0.$fulfilledPlan.id == nil && ($0.dueOn ?? "9999") < today }.count
        var model = PlanShowPage.Model()
        model.title = plan.displayName
        model.facts =
            [
                (L10n.Plans.soKyHieu, plan.number ?? L10n.Plans.chuaCo), (L10n.Plans.donViBanHanh, plan.unit.name),
                (L10n.Plans.ngayBanHanh, plan.issuedOn.flatMap(CivilDate.init(iso:))?.vietnamese ?? "—"), (L10n.Plans.nam, String(plan.year)),
                (L10n.Plans.trangThai, plan.status.label)
            ] + (plan.purposes.isEmpty ? [] : [(L10n.Plans.mucDichYeuCau, plan.purposes)])
        model.parent = parent.map { .init(text: $0.displayName, url: SiteURL.plan(.value($0.id!)).path) }
        model.progress = progress.map { String(format: "%.0f%%", $0) } ?? L10n.Plans.chuaCoPhanCong
        model.citations = citations.map { document in .init(text: document.citation, url: SiteURL.legalDocument(.value(document.id!)).path) }
        model.obligations = obligations.map { obligation in
            let isLate = obligation.$fulfilledPlan.id == nil && (obligation.dueOn ?? "9999") < today
            let state = obligation.fulfilledPlan != nil ? L10n.Plans.daCo : (isLate ? L10n.Plans.quaHanVietHoa : L10n.Plans.chuaCoVietHoa)
            return .init(
                unit: obligation.unit.name, what: obligation.kind.label,
                due: obligation.dueOn.flatMap(CivilDate.init(iso:))?.vietnamese ?? "—", state: state, isLate: isLate,
                subPlan: obligation.fulfilledPlan.map { .init(text: $0.number ?? $0.title, url: SiteURL.plan(.value($0.id!)).path) })
        }
        model.obligationSummary =
            obligations.isEmpty
            ? "" : L10n.Plans.donViPhaiThucHienDa(obligations.count, fulfilled, late, obligations.count - fulfilled - late)
        model.subPlans = subPlans.map { .init(text: "\($0.unit.name): \($0.displayName)", url: SiteURL.plan(.value($0.id!)).path) }
        model.tasks = tasks.map { task in
            .init(
                id: task.id!, reference: task.reference, text: task.text, weight: String(format: "%g", task.weight),
                assignments: (byTask[task.id!] ?? []).map { assignment in
                    .init(
                        unit: assignment.unit.name, role: assignment.role.label, status: assignment.status.label,
                        progress: "\(assignment.progress)%",
                        due: (assignment.dueOn ?? task.dueOn).flatMap(CivilDate.init(iso:))?.vietnamese ?? "—",
                        isOverdue: assignment.isOverdue(today: today), url: SiteURL.assignment(.value(assignment.id!)).path, id: assignment.id!)
                })
        }
        model.reports = reports.map {
            (
                ReportPeriod.label(of: $0.period), $0.dueText.isEmpty ? DueRule.label(of: $0.dueRule) : $0.dueText, $0.reporters, $0.receiver,
                url: SiteURL.reportRegime(.value($0.id!)).path
            )
        }
        model.fileURL = plan.fileHash == nil ? nil : SiteURL.planFile(.value(planID)).path
        model.treeURL = SiteURL.planTree(.value(planID)).path
        model.workListURL = SiteURL.workList.path + "?ke-hoach=\(planID)"
        model.editableID = user.role.canManageUnits && user.canSee(plan.unit) ? planID : nil
        model.editingWeightOf = req.query["trong-so"]
        model.editingDueOf = req.query["doi-han"]
        model.expandedTask = req.query["mo"]
        model.showsAssignmentForm = req.query[String.self, at: "giao-them"] != nil
        model.layout = req.pageLayout()
        return HTMLResponse.make(PlanShowPage(model: model).render())
    }

    /// The chain below a plan, one query per level of the tree (never per unit).
    @Sendable static func tree(req: Request) async throws -> Response {
        let user = try req.user
        let root = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        var levels: [[Plan]] = [[root]]
        while let last = levels.last, !last.isEmpty, levels.count < 6 {
            levels.append(try await Plan.query(on: req.db).filter(\.$parentPlan.$id ~~ last.compactMap(\.id)).with(\.$unit).all())
        }
        let all = levels.flatMap { $0 }
        let missing = try await PlanObligation.query(on: req.db).filter(\.$plan.$id ~~ all.compactMap(\.id)).filter(\.$kind == .subPlan)
            .filter(\.$fulfilledPlan.$id == nil).with(\.$unit).all()
        let missingByPlan = Dictionary(grouping: missing, by: { $0.$plan.id })
        let childrenByParent = Dictionary(grouping: all.filter { $0.$parentPlan.id != nil }, by: { $0.$parentPlan.id! })
        func node(_ plan: Plan) -> PlanTreePage.Node {
            PlanTreePage.Node(
                title: plan.displayName, url: SiteURL.plan(.value(plan.id!)).path,
                detail: plan.unit.name + (plan.issuedOn.flatMap(CivilDate.init(iso:)).map { ", " + $0.vietnamese } ?? ""),
                missing: (missingByPlan[plan.id!] ?? []).map(\.unit.name).sorted(),
                children: (childrenByParent[plan.id!] ?? []).map(node))
        }
        var ancestors: [(String, String)] = []
        var current = try await root.$parentPlan.get(on: req.db)
        while let plan = current, ancestors.count < 6 {
            ancestors.insert((plan.displayName, SiteURL.planTree(.value(plan.id!)).path), at: 0)
            current = try await plan.$parentPlan.get(on: req.db)
        }
        var model = PlanTreePage.Model()
        model.root = node(root)
        model.ancestors = ancestors
        model.layout = req.pageLayout()
        return HTMLResponse.make(PlanTreePage(model: model).render())
    }

    @Sendable static func file(req: Request) async throws -> Response {
        let plan = try await PlanAccess.find(try req.idParameter(), for: try req.user, on: req.db)
        guard let hash = plan.fileHash else { throw AppError.notFound(L10n.Plans.vanBanGoc) }
        return Download.response(try req.application.fileStore.read(hash), name: plan.fileName ?? "ke-hoach")
    }
}
