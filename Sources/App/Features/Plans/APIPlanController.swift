import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/plans and /api/v1/assignments — plans, their tasks and assignments, progress updates.
enum APIPlanController {
    struct PlanDTO: Content {
        let id: Int
        let number: String?
        let unitID: Int
        let year: Int
        let issuedOn: String?
        let title: String
        let status: String
        let parentPlanID: Int?
        let progress: Double?

        init(_ plan: Plan, progress: Double?) {
            id = plan.id!
            number = plan.number
            unitID = plan.$unit.id
            year = plan.year
            issuedOn = plan.issuedOn
            title = plan.title
            status = plan.status.rawValue
            parentPlanID = plan.$parentPlan.id
            self.progress = progress
        }
    }

    struct AssignmentDTO: Content {
        let id: Int
        let taskID: Int
        let planID: Int
        let unitID: Int
        let role: String
        let status: String
        let progress: Int
        let dueOn: String?
        let overdue: Bool

        init(_ assignment: TaskAssignment, today: String) {
            id = assignment.id!
            taskID = assignment.$task.id
            planID = assignment.$plan.id
            unitID = assignment.$unit.id
            role = assignment.role.rawValue
            status = assignment.status.rawValue
            progress = assignment.progress
            dueOn = assignment.dueOn
            overdue = assignment.isOverdue(today: today)
        }
    }

    struct TaskDTO: Content {
        let id: Int
        let reference: String
        let text: String
        let dueOn: String?
        let weight: Double
        let assignments: [AssignmentDTO]
    }

    @Sendable static func index(req: Request) async throws -> APIUnitController.PageDTO<PlanDTO> {
        let user = try req.user
        let query = PlanAccess.visiblePlans(for: user, on: req.db)
        if let year: Int = req.query["year"] { query.filter(\.$year == year) }
        if let search: String = req.query["q"], !VietnameseText.searchKey(search).isEmpty {
            query.filter(\.$titleKey, .custom("LIKE"), "%" + UnitQuery.escapeLike(VietnameseText.searchKey(search)) + "%")
        }
        let page = try await query.sort(\.$id, .descending).paginate(PageParams(from: req).fluent)
        let progress = try await PlanAccess.progress(of: page.items.compactMap(\.id), on: req.db)
        return .init(
            items: page.items.map { PlanDTO($0, progress: progress[$0.id!]) }, page: page.metadata.page, per: page.metadata.per,
            total: page.metadata.total)
    }

    @Sendable static func show(req: Request) async throws -> PlanDTO {
        let plan = try await PlanAccess.find(try req.idParameter(), for: try req.user, on: req.db)
        return PlanDTO(plan, progress: try await PlanAccess.progress(of: [plan.id!], on: req.db)[plan.id!])
    }

    /// The review form's shape as JSON (snake_case keys); rows are kept when `include` is "1".
    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(\.canWrite)
        let form = try req.content.decode(PlanReviewForm.self)
        do {
            let plan = try await PlanCreator.create(form, by: user, at: req.clock.now, on: req.db)
            return try await PlanDTO(plan, progress: nil).encodeResponse(status: .created, for: req)
        } catch let rejected as PlanCreator.Rejected {
            throw AppError.invalid(rejected.problems.joined(separator: " "), code: "invalid_plan")
        }
    }

    @Sendable static func tasks(req: Request) async throws -> [TaskDTO] {
        let plan = try await PlanAccess.find(try req.idParameter(), for: try req.user, on: req.db)
        let today = req.clock.today.iso
        let tasks = try await WorkTask.query(on: req.db).filter(\.$plan.$id == plan.id!).sort(\.$position).all()
        let assignments = Dictionary(grouping: try await TaskAssignment.query(on: req.db).filter(\.$plan.$id == plan.id!).all(), by: { $0.$task.id })
        return tasks.map { task in
            TaskDTO(
                id: task.id!, reference: task.reference, text: task.text, dueOn: task.dueOn, weight: task.weight,
                assignments: (assignments[task.id!] ?? []).map { AssignmentDTO($0, today: today) })
        }
    }

    /// Assignments of units in the caller's subtree; `?status=`, `?overdue=true`.
    @Sendable static func assignments(req: Request) async throws -> APIUnitController.PageDTO<AssignmentDTO> {
        let user = try req.user
        let today = req.clock.today.iso
        let query = TaskAssignment.query(on: req.db).filter(UnitQuery.inSubtree(user.scopePath, table: TaskAssignment.schema))
        if let text: String = req.query["status"] {
            guard let status = AssignmentStatus(rawValue: text) else {
                throw AppError.invalid(L10n.Plans.trangThaiKhongHopLe(text), code: "invalid_status")
            }
            query.filter(\.$status == status)
        }
        if (req.query["overdue"] as Bool?) == true { query.filter(\.$status != .done).filter(\.$dueOn < today) }
        let page = try await query.sort(\.$dueOn).sort(\.$id).paginate(PageParams(from: req).fluent)
        return .init(
            items: page.items.map { AssignmentDTO($0, today: today) }, page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    struct UpdateBody: Content {
        let status: String
        let progress: Int
        let note: String?
    }

    @Sendable static func update(req: Request) async throws -> AssignmentDTO {
        let user = try req.require(\.canWrite)
        let assignment = try await AssignmentController.find(req, user: user)
        guard user.canSee(assignment.unit) else { throw AppError.outsideScope }
        let body = try req.content.decode(UpdateBody.self)
        guard let status = AssignmentStatus(rawValue: body.status) else {
            throw AppError.invalid(L10n.Plans.trangThaiKhongHopLe(body.status), code: "invalid_status")
        }
        try await AssignmentService.update(
            assignment, status: status, progress: body.progress, note: body.note ?? "", evidence: nil, by: user, at: req.clock.now, on: req.db)
        return AssignmentDTO(assignment, today: req.clock.today.iso)
    }
}
