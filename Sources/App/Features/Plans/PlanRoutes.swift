import Vapor
import Views

/// Routes of plans, tasks and the cascade.
func registerPlanRoutes(_ routes: RouteGroups) {
    let (signedIn, api) = (routes.signedIn, routes.api)
    signedIn.get(.plans, use: PlanController.index)
    signedIn.get(.planNew, use: PlanImportController.manual)
    signedIn.get(.planUpload, use: PlanImportController.form)
    signedIn.on(.POST, .planUpload, body: .collect(maxSize: .upload), use: PlanImportController.upload)
    signedIn.get(.planReview(":hash"), use: PlanImportController.review)
    signedIn.on(.POST, .planConfirm, body: .collect(maxSize: "8mb"), use: PlanImportController.confirm)
    signedIn.get(.plan(.key), use: PlanController.show)
    signedIn.get(.planTree(.key), use: PlanController.tree)
    signedIn.get(.planFile(.key), use: PlanController.file)
    signedIn.get(.planEdit(.key), use: PlanEditController.show)
    signedIn.post(.planEdit(.key), use: PlanEditController.update)
    signedIn.post(.planTaskWeight(.key), use: PlanTaskController.setWeight)
    signedIn.post(.planTaskAssignment(.key), use: PlanTaskController.addAssignment)
    signedIn.post(.planAssignmentDue(.key), use: PlanTaskController.setAssignmentDue)
    signedIn.get(.assignment(.key), use: AssignmentController.show)
    signedIn.on(.POST, .assignment(.key), body: .collect(maxSize: .upload), use: AssignmentController.update)
    signedIn.get(.assignmentEvidence(.key), use: AssignmentController.evidence)
    signedIn.get(.legalDocuments, use: LegalDocumentController.index)
    signedIn.get(.legalDocument(.key), use: LegalDocumentController.show)
    signedIn.get(.workList, use: WorkListController.index)
    api.get(.plans, use: APIPlanController.index)
    api.post(.plans, use: APIPlanController.create)
    api.get(.plan(.key), use: APIPlanController.show)
    api.get(.planTasks(.key), use: APIPlanController.tasks)
    api.get(.assignments, use: APIPlanController.assignments)
    api.post(.assignmentUpdates(.key), use: APIPlanController.update)
}
