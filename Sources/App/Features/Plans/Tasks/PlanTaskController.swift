import DanVanCore
import Fluent
import Vapor
import Views

/// Changing a plan's tasks from its page: the weight a task carries, and further lead or cooperating units.
enum PlanTaskController {
    @Sendable static func setWeight(req: Request) async throws -> Response {
        let (user, plan, task) = try await editable(req)
        let weight = (try? req.content.get(String.self, at: "weight-\(task.id!)")).flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) }
        guard let weight, weight >= 0, weight <= 1000 else {
            req.flash(.error, L10n.Plans.trongSoPhaiLaSoKhong)
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "?trong-so=\(task.id!)#" + PlanShowPage.anchor(ofTask: task.id!))
        }
        try await req.db.transaction { db in
            let before = ["weight": task.weight]
            task.weight = weight
            try await task.save(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "task", id: "\(task.id!)", action: "set_weight", before: before, after: ["weight": weight])
        }
        req.flash(.success, L10n.Plans.daLuuTrongSoNhiemVu(task.reference))
        return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "#" + PlanShowPage.anchor(ofTask: task.id!))
    }

    @Sendable static func addAssignment(req: Request) async throws -> Response {
        let (user, plan, task) = try await editable(req)
        let target = SiteURL.plan(.value(plan.id!)).path + "#" + PlanShowPage.anchor(ofTask: task.id!)
        let typed = req.formText("don_vi")
        let role = TaskAssignment.Role(rawValue: req.formText("vai_tro")) ?? .cooperate
        let due: String?
        switch dueDate(typed: req.formText("han"), plan: plan) {
        case .failure(let problem):
            req.flash(.error, problem.message)
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "?giao-them=1#giao-them")
        case .success(let date):
            due = date ?? task.dueOn
        }
        let outcome = try await UnitChoice.resolve(typed, within: plan.unit.path, on: req.db)
        guard case .unit(let unit) = outcome else {
            req.flash(.error, UnitChoice.problem(outcome, typed: typed) ?? "")
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "?giao-them=1#giao-them")
        }
        if try await TaskAssignment.query(on: req.db).filter(\.$task.$id == task.id!).filter(\.$unit.$id == unit.id!).count() > 0 {
            req.flash(.error, L10n.Plans.daDuocGiaoNhiemVuNay(unit.name))
            return req.redirect(to: target)
        }
        try await req.db.transaction { db in
            let assignment = TaskAssignment(taskID: task.id!, planID: plan.id!, unitID: unit.id!, role: role, dueOn: due)
            try await assignment.create(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "assignment", id: "\(assignment.id!)", action: "create", before: String?.none,
                after: ["task": String(task.id!), "unit": unit.code, "role": role.rawValue, "due_on": due ?? ""])
            try await EventNotice.send(
                .taskAssigned, to: [unit.id!],
                message: EventMessage.taskAssigned(
                    planLabel: EventNotice.label(of: plan), unitName: unit.name, roleLabel: role.label,
                    taskReference: task.reference),
                url: target, except: user.id, at: req.clock.now, on: db)
        }
        req.flash(
            .success,
            L10n.Plans.daGiaoCho(unit.name, role.label.lowercased())
                + (due.flatMap(CivilDate.init(iso:)).map { L10n.Plans.hanNgay($0.vietnamese) } ?? "."))
        return req.redirect(to: target)
    }

    /// A coordinator changes the due date of one assignment of the plan; left empty, the assignment takes the task's again.
    @Sendable static func setAssignmentDue(req: Request) async throws -> Response {
        let user = try req.require(\.canManageUnits)
        let plan = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        guard user.canSee(plan.unit) else { throw AppError.outsideScope }
        let assignmentID = (try? req.content.get(Int.self, at: "assignment_id")) ?? -1
        guard
            let assignment = try await TaskAssignment.query(on: req.db).filter(\.$id == assignmentID).filter(\.$plan.$id == plan.id!)
                .with(\.$task).with(\.$unit).first()
        else {
            throw AppError.notFound(L10n.Plans.phanCong)
        }
        let task = assignment.task
        let target = SiteURL.plan(.value(plan.id!)).path + "#" + PlanShowPage.anchor(ofTask: task.id!)
        let typed = req.formText("han")
        switch dueDate(typed: typed, plan: plan) {
        case .failure(let problem):
            req.flash(.error, L10n.Plans.nhiemVuLabel(assignment.unit.name, task.reference, problem.message))
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "?doi-han=\(assignment.id!)#" + PlanShowPage.anchor(ofTask: task.id!))
        case .success(let date):
            let due = date ?? task.dueOn
            if due != assignment.dueOn {
                try await req.db.transaction { db in
                    let before = ["due_on": assignment.dueOn ?? ""]
                    assignment.dueOn = due
                    try await assignment.save(on: db)
                    try await Audit.record(
                        on: db, actor: req.actor(user), entity: "assignment", id: "\(assignment.id!)", action: "set_due",
                        before: before, after: ["due_on": due ?? ""])
                }
            }
            let shown = due.flatMap(CivilDate.init(iso:))?.vietnamese ?? L10n.Plans.khongCoHan
            req.flash(.success, L10n.Plans.hanCuaChoNhiemVu(assignment.unit.name, task.reference, shown))
            return req.redirect(to: target)
        }
    }

    struct DueProblem: Error { let message: String }

    /// What a coordinator typed as a due date: nil when left empty (the task's date applies), the ISO date when it is a real
    /// day (dd/mm/yyyy) not before the plan was issued, otherwise a message in Vietnamese.
    static func dueDate(typed: String, plan: Plan) -> Result<String?, DueProblem> {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .success(nil) }
        guard let date = CivilDate(vietnamese: text) else {
            return .failure(DueProblem(message: L10n.Plans.hanKhongHopLeHayNhap(text)))
        }
        if let issued = plan.issuedOn, date.iso < issued {
            let shown = CivilDate(iso: issued)?.vietnamese ?? issued
            return .failure(DueProblem(message: L10n.Plans.hanSomHonNgayBanHanh(date.vietnamese, shown)))
        }
        return .success(date.iso)
    }

    /// The plan and task of the request, if the user may change them: a coordinator or administrator over the issuer.
    private static func editable(_ req: Request) async throws -> (User, Plan, WorkTask) {
        let user = try req.require(\.canManageUnits)
        let plan = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        guard user.canSee(plan.unit) else { throw AppError.outsideScope }
        let taskID = (try? req.content.get(Int.self, at: "task_id")) ?? -1
        guard let task = try await WorkTask.query(on: req.db).filter(\.$id == taskID).filter(\.$plan.$id == plan.id!).first() else {
            throw AppError.notFound(L10n.Plans.nhiemVu)
        }
        return (user, plan, task)
    }
}
