import Vapor

/// Tiếp công dân: the schedules and sessions page and the API.
func registerReceptionRoutes(_ routes: RouteGroups) {
    routes.signedIn.get(.receptions, use: ReceptionController.index)
    routes.signedIn.post(.receptionSchedules, use: ReceptionController.createSchedule)
    routes.signedIn.post(.receptionSessions, use: ReceptionController.createSession)
    routes.api.get(.receptionSessions, use: APIReceptionController.index)
    routes.api.post(.receptionSessions, use: APIReceptionController.create)
}
