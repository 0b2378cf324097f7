import Vapor

/// Every route: the groups by who may reach them, then each feature's own, in order.
func routes(_ app: Application) throws {
    app.get(.health, use: OperationsController.health)
    app.get(.metrics, use: OperationsController.metrics)
    app.get(.stylesheet, use: OperationsController.stylesheet)
    app.get(.script, use: OperationsController.script)

    let pages = app.grouped(app.sessions.middleware, MarkSession(), UserSessionAuthenticator(), CSRFMiddleware())
    let groups = RouteGroups(
        app: app, pages: pages, signedIn: pages.grouped(RequireUser()),
        api: APIRoutes(group: app.grouped(APITokenAuthenticator(), RequireUser())), publicAPI: APIRoutes(group: app))
    registerUserRoutes(groups)
    registerDashboardRoutes(groups)
    registerUnitRoutes(groups)
    registerAuditRoutes(groups)
    registerPetitionRoutes(groups)
    registerReceptionRoutes(groups)
    registerDialogueRoutes(groups)
    registerPlanRoutes(groups)
    registerReportRoutes(groups)
    registerNotificationRoutes(groups)
    registerDemocracyRoutes(groups)
    registerScoringRoutes(groups)
    registerExemplarRoutes(groups)
}
