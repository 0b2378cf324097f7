import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Tổng quan — each role's home answers the question that role comes with, and every count links to exactly the list
/// it counts (the lists' own queries give the counts).
enum DashboardController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let today = req.clock.today
        let counts = DashboardCounts(user: user, today: today, db: req.db)
        let heading: String
        var tiles: [DashboardPage.Tile]
        var behind: [DashboardPage.UnitRow] = []
        switch user.role {
        case .leader:
            heading = L10n.Dashboard.donViNaoDangCham
            tiles = try await [counts.overdueTasks(), counts.missingReports(), counts.petitions(.overdue)]
            behind = try await counts.unitsBehind()
        case .coordinator, .admin:
            heading = L10n.Dashboard.viecCanToiXuLy
            tiles = try await [
                counts.waitingForReview(), counts.missingReports(), counts.missingSubPlans(), counts.overdueTasks(),
                counts.missingExemplarRegistrations(), counts.scoringSheets(due: "qua-han")
            ]
            if user.role.canManageUsers { tiles.append(try await counts.users()) }
        case .inspector:
            heading = L10n.Dashboard.donThuCanXuLy
            tiles = try await [counts.petitions(.overdue), counts.petitions(.dueSoon), counts.petitions(.massOrOverLevel)]
        case .unitOfficer:
            heading = L10n.Dashboard.viecCuaDonViToi
            tiles = try await [
                counts.overdueTasks(), counts.tasksDueSoon(), counts.ownReports(due: "qua-han"), counts.ownReports(due: "sap-den-han"),
                counts.returnedReports(), counts.missingExemplarRegistrations(), counts.scoringSheets(due: "")
            ]
        }
        let trend = try await ReportTrends.year(today.year, scopePath: user.scopePath, today: today.iso, on: req.db)
        var model = DashboardPage.Model()
        model.greeting = L10n.Dashboard.xinChao(user.fullName)
        model.scopeName = user.unit.name
        model.heading = heading
        model.tiles = tiles
        model.behind = behind
        model.reports = trend
        model.layout = req.pageLayout()
        return HTMLResponse.make(DashboardPage(model: model).render())
    }
}
