import Vapor

/// Tiếp công dân: the schedules and sessions page and the API.
func registerReceptionRoutes(_ routes: RouteGroups) {
    routes.signedIn.get(.receptions, use: ReceptionController.index)
    routes.signedIn.post(.receptionSchedules, use: ReceptionController.createSchedule)
    routes.signedIn.post(.receptionSessions, use: ReceptionController.createSession)
    routes.api.get("reception-sessions", use: APIReceptionController.index)
    routes.api.post("reception-sessions", use: APIReceptionController.create)
}
