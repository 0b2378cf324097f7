import Vapor

/// Tổng quan: each role's home.
func registerDashboardRoutes(_ routes: RouteGroups) {
    routes.signedIn.get(.dashboard, use: DashboardController.show)
}
