import DanVanCore
import Fluent
import Vapor
import Views

/// Phân công — one unit's part in a task: progress updates with evidence.
enum AssignmentController {
    struct UpdateForm: Content {
        var status: String?
        var progress: String?
        var note: String?
        var evidence: File?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let assignment = try await find(req, user: user)
        let updates = try await AssignmentUpdate.query(on: req.db).filter(\.$assignment.$id == assignment.id!).with(\.$user)
            .sort(\.$id, .descending).range(..<100).all()
        let today = req.clock.today.iso
        var model = AssignmentPage.Model()
        model.planTitle = assignment.plan.displayName
        model.planURL = SiteURL.plan(.value(assignment.$plan.id)).path
        model.task = assignment.task.text
        model.unit = assignment.unit.name
        model.role = assignment.role.label
        model.status = assignment.status.rawValue
        model.progress = assignment.progress
        model.due = (assignment.dueOn ?? assignment.task.dueOn).flatMap(CivilDate.init(iso:))?.vietnamese ?? L10n.Plans.khongGhi
        model.isOverdue = assignment.isOverdue(today: today)
        model.statuses = AssignmentStatus.allCases.map { ($0.rawValue, $0.label) }
        model.canUpdate = user.role.canWrite && user.canSee(assignment.unit)
        model.action = SiteURL.assignment(.value(assignment.id!)).path
        model.updates = updates.map { update in
            .init(
                at: VietnamTime.format(update.at), by: update.user?.fullName ?? "—", status: update.status.label, progress: "\(update.progress)%",
                note: update.note, evidence: update.evidenceName.map { ($0, SiteURL.assignmentEvidence(.value(update.id!)).path) })
        }
        model.layout = req.pageLayout()
        return HTMLResponse.make(AssignmentPage(model: model).render())
    }

    /// Records an update and moves the assignment's status and progress with it, audited, in one transaction.
    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.require(\.canWrite)
        let assignment = try await find(req, user: user)
        guard user.canSee(assignment.unit) else { throw AppError.outsideScope }
        let form = try req.content.decode(UpdateForm.self)
        let target = SiteURL.assignment(.value(assignment.id!)).path
        guard let status = AssignmentStatus(rawValue: form.status ?? ""),
            let progress = Int((form.progress ?? "").trimmingCharacters(in: .whitespaces)), (0...100).contains(progress)
        else {
            req.flash(.error, L10n.Plans.tienDoPhaiLaSoNguyen)
            return req.redirect(to: target)
        }
        let evidence: (hash: String, name: String)? = try form.evidence.flatMap { file in
            file.data.readableBytes > 0
                ? (try req.application.fileStore.store(Data(buffer: file.data)), PlanImportController.sanitized(file.filename)) : nil
        }
        do {
            try await AssignmentService.update(
                assignment, status: status, progress: progress, note: form.note ?? "", evidence: evidence, by: user,
                at: req.clock.now, on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            req.flash(.error, error.message)
            return req.redirect(to: target)
        }
        req.flash(.success, status == .done ? L10n.Plans.daCapNhatNhiemVuHoan : L10n.Plans.daCapNhatTienDo)
        return req.redirect(to: target)
    }

    @Sendable static func evidence(req: Request) async throws -> Response {
        let user = try req.user
        guard let update = try await AssignmentUpdate.find(try req.idParameter(), on: req.db), let hash = update.evidenceHash else {
            throw AppError.notFound(L10n.Plans.tepMinhChung)
        }
        let assignment = try await TaskAssignment.query(on: req.db).filter(\.$id == update.$assignment.id).with(\.$plan).first()!
        _ = try await PlanAccess.find(assignment.$plan.id, for: user, on: req.db)
        return Download.response(try req.application.fileStore.read(hash), name: update.evidenceName ?? "minh-chung")
    }

    /// An assignment the user may see: their subtree's own, or any of a plan they may open.
    static func find(_ req: Request, user: User) async throws -> TaskAssignment {
        guard
            let assignment = try await TaskAssignment.query(on: req.db).filter(\.$id == req.idParameter())
                .with(\.$unit).with(\.$task).with(\.$plan).first()
        else { throw AppError.notFound(L10n.Plans.phanCong) }
        if !user.canSee(assignment.unit) { _ = try await PlanAccess.find(assignment.$plan.id, for: user, on: req.db) }
        return assignment
    }
}
