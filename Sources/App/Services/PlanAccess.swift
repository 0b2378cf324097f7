import DanVanCore
import Fluent
import Vapor

/// Which plans a user may open: those issued in their subtree, and those of the units above them (which concern them).
enum PlanAccess {
    static func visibleIssuerFilter(_ user: User) -> (ancestorIDs: [Int], scopePath: String) {
        (user.unit.path.split(separator: "/").compactMap { Int($0) }, user.scopePath)
    }

    /// Plans the user may open: joins the issuing unit and keeps those in the subtree or above it.
    static func visiblePlans(for user: User, on db: any Database) -> QueryBuilder<Plan> {
        let (ancestors, scope) = visibleIssuerFilter(user)
        return Plan.query(on: db).join(Unit.self, on: \Plan.$unit.$id == \Unit.$id)
            .group(.or) { $0.filter(Unit.self, \.$path, .custom("LIKE"), scope + "%").filter(Unit.self, \.$id ~~ ancestors) }
    }

    static func find(_ id: Int, for user: User, on db: any Database) async throws -> Plan {
        guard let plan = try await Plan.query(on: db).filter(\.$id == id).with(\.$unit).first() else { throw AppError.notFound("Kế hoạch") }
        let (ancestors, scope) = visibleIssuerFilter(user)
        guard plan.unit.path.hasPrefix(scope) || ancestors.contains(plan.unit.id!) else { throw AppError.outsideScope }
        return plan
    }

    /// Progress of each plan (0–100), from its assignments, in two queries for any number of plans.
    static func progress(of planIDs: [Int], on db: any Database) async throws -> [Int: Double] {
        guard !planIDs.isEmpty else { return [:] }
        let tasks = try await WorkTask.query(on: db).filter(\.$plan.$id ~~ planIDs).all()
        let assignments = try await TaskAssignment.query(on: db).filter(\.$plan.$id ~~ planIDs).all()
        var byTask: [Int: [Int]] = [:]
        for assignment in assignments { byTask[assignment.$task.id, default: []].append(assignment.progress) }
        var perPlan: [Int: [(progress: Double, weight: Double)]] = [:]
        for task in tasks {
            guard let values = byTask[task.id!], !values.isEmpty else { continue }
            perPlan[task.$plan.id, default: []].append((Double(values.reduce(0, +)) / Double(values.count), task.weight))
        }
        return perPlan.mapValues { PlanProgress.rollUp($0) }
    }
}
