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
            req.flash(.error, "Trọng số phải là số không âm, ví dụ 1 hoặc 2,5.")
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "#" + PlanShowPage.anchor(ofTask: task.id!))
        }
        try await req.db.transaction { db in
            let before = ["weight": task.weight]
            task.weight = weight
            try await task.save(on: db)
            try await Audit.record(on: db, actor: req.actor(user), entity: "task", id: "\(task.id!)", action: "set_weight", before: before, after: ["weight": weight])
        }
        req.flash(.success, "Đã lưu trọng số nhiệm vụ \(task.reference).")
        return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "#" + PlanShowPage.anchor(ofTask: task.id!))
    }

    @Sendable static func addAssignment(req: Request) async throws -> Response {
        let (user, plan, task) = try await editable(req)
        let target = SiteURL.plan(.value(plan.id!)).path + "#" + PlanShowPage.anchor(ofTask: task.id!)
        let typed = req.formText("don_vi")
        let role = TaskAssignment.Role(rawValue: req.formText("vai_tro")) ?? .cooperate
        let outcome = try await UnitChoice.resolve(typed, within: plan.unit.path, on: req.db)
        guard case .unit(let unit) = outcome else {
            req.flash(.error, UnitChoice.problem(outcome, typed: typed) ?? "")
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path + "#giao-them")
        }
        if try await TaskAssignment.query(on: req.db).filter(\.$task.$id == task.id!).filter(\.$unit.$id == unit.id!).count() > 0 {
            req.flash(.error, "\(unit.name) đã được giao nhiệm vụ này.")
            return req.redirect(to: target)
        }
        try await req.db.transaction { db in
            let assignment = TaskAssignment(taskID: task.id!, planID: plan.id!, unitID: unit.id!, role: role, dueOn: task.dueOn)
            try await assignment.create(on: db)
            try await Audit.record(on: db, actor: req.actor(user), entity: "assignment", id: "\(assignment.id!)", action: "create", before: String?.none,
                                   after: ["task": String(task.id!), "unit": unit.code, "role": role.rawValue])
            try await EventNotice.send(.taskAssigned, to: [unit.id!],
                                       message: EventMessage.taskAssigned(planLabel: EventNotice.label(of: plan), unitName: unit.name, roleLabel: role.label,
                                                                          taskReference: task.reference),
                                       url: target, except: user.id, at: req.clock.now, on: db)
        }
        req.flash(.success, "Đã giao cho \(unit.name) (\(role.label.lowercased())).")
        return req.redirect(to: target)
    }

    /// The plan and task of the request, if the user may change them: a coordinator or administrator over the issuer.
    private static func editable(_ req: Request) async throws -> (User, Plan, WorkTask) {
        let user = try req.require(\.canManageUnits)
        let plan = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        guard user.canSee(plan.unit) else { throw AppError.outsideScope }
        let taskID = (try? req.content.get(Int.self, at: "task_id")) ?? -1
        guard let task = try await WorkTask.query(on: req.db).filter(\.$id == taskID).filter(\.$plan.$id == plan.id!).first() else {
            throw AppError.notFound("Nhiệm vụ")
        }
        return (user, plan, task)
    }
}
