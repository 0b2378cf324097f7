import Vapor

/// Nhật ký thay đổi.
func registerAuditRoutes(_ routes: RouteGroups) {
    routes.signedIn.get(.audit, use: AuditController.index)
}
