import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Which plans a user may open: those issued in their subtree, and those of the units above them (which concern them).
enum PlanAccess {
    static func visibleIssuerFilter(_ user: User) -> (ancestorIDs: [Int], scopePath: String) {
        (user.unit.path.split(separator: "/").compactMap { Int($0) }, user.scopePath)
    }

    /// Plans the user may open: joins the issuing unit and keeps those in the subtree or above it.
    static func visiblePlans(for user: User, on db: any Database) -> QueryBuilder<Plan> {
        let (ancestors, scope) = visibleIssuerFilter(user)
        return Plan.query(on: db).join(OrgUnit.self, on: \Plan.$unit.$id == \OrgUnit.$id)
            .group(.or) { $0.filter(OrgUnit.self, \.$path, .custom("LIKE"), scope + "%").filter(OrgUnit.self, \.$id ~~ ancestors) }
    }

    /// Regimes of the plans the user may open, in one joined query (no list of plan ids in between).
    static func visibleRegimes(for user: User, on db: any Database) -> QueryBuilder<ReportSchedule> {
        let (ancestors, scope) = visibleIssuerFilter(user)
        return ReportSchedule.query(on: db).join(Plan.self, on: \ReportSchedule.$plan.$id == \Plan.$id)
            .join(OrgUnit.self, on: \Plan.$unit.$id == \OrgUnit.$id)
            .group(.or) { $0.filter(OrgUnit.self, \.$path, .custom("LIKE"), scope + "%").filter(OrgUnit.self, \.$id ~~ ancestors) }
    }

    /// Plans a plan of `issuer` may implement: plans the user may open, issued in the issuer's own province. A plan is
    /// never "above" one of another province, and a draft is not yet a plan to implement.
    static func parentCandidates(for user: User, issuer: OrgUnit, on db: any Database) -> QueryBuilder<Plan> {
        let province = "/" + (issuer.path.split(separator: "/").first.map(String.init) ?? "") + "/"
        return visiblePlans(for: user, on: db).filter(OrgUnit.self, \.$path, .custom("LIKE"), province + "%").filter(\.$status != .draft)
    }

    /// The chosen parent plan when the rule above allows it, nil otherwise.
    static func allowedParent(_ id: Int, for user: User, issuer: OrgUnit, on db: any Database) async throws -> Plan? {
        try await parentCandidates(for: user, issuer: issuer, on: db).filter(\.$id == id).first()
    }

    static func find(_ id: Int, for user: User, on db: any Database) async throws -> Plan {
        guard let plan = try await Plan.query(on: db).filter(\.$id == id).with(\.$unit).first() else { throw AppError.notFound(L10n.Plans.keHoach) }
        let (ancestors, scope) = visibleIssuerFilter(user)
        guard plan.unit.path.hasPrefix(scope) || ancestors.contains(plan.unit.id!) else { throw AppError.outsideScope }
        return plan
    }

    /// Progress of each plan (0–100): the database averages assignments per task, one row per task comes back.
    static func progress(of planIDs: [Int], on db: any Database) async throws -> [Int: Double] {
        guard !planIDs.isEmpty else { return [:] }
        struct TaskProgress: Decodable {
            let planID: Int
            let weight: Double
            let progress: Double
        }
        let rows = try await (db as! any SQLDatabase).select()
            .column(SQLColumn("plan_id", table: WorkTask.schema), as: "planID")
            .column(SQLColumn("weight", table: WorkTask.schema), as: "weight")
            .column(
                SQLFunction("AVG", args: SQLFunction("CAST", args: SQLRaw("\(TaskAssignment.schema).progress AS DOUBLE PRECISION"))), as: "progress"
            )
            .from(TaskAssignment.schema)
            .join(WorkTask.schema, on: SQLColumn("task_id", table: TaskAssignment.schema), .equal, SQLColumn("id", table: WorkTask.schema))
            .where(SQLColumn("plan_id", table: TaskAssignment.schema), .in, SQLBind.group(planIDs))
            .groupBy(SQLColumn("id", table: WorkTask.schema))
            .groupBy(SQLColumn("plan_id", table: WorkTask.schema))
            .groupBy(SQLColumn("weight", table: WorkTask.schema))
            .all(decoding: TaskProgress.self)
        return Dictionary(grouping: rows, by: \.planID).mapValues { PlanProgress.rollUp($0.map { ($0.progress, $0.weight) }) }
    }
}
