import DanVanCore
import Fluent
import Vapor
import Views

/// Tổng quan — figures for the user's subtree, a few indexed counts.
enum DashboardController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let units = try await UnitQuery.subtreeCount(path: user.scopePath, on: req.db)
        let communes = try await Unit.query(on: req.db).filter(\.$path, .custom("LIKE"), user.scopePath + "%")
            .filter(\.$kind == .commune).filter(\.$activeUntil == nil).count()
        var tiles = [
            DashboardPage.Tile(label: "Đơn vị trong phạm vi", value: VietnameseNumber.format(units), url: SiteURL.units.path),
            DashboardPage.Tile(label: "Xã, phường, thị trấn đang hoạt động", value: VietnameseNumber.format(communes), url: nil),
        ]
        let today = req.clock.today.iso
        let overdue = try await TaskAssignment.query(on: req.db).filter(UnitQuery.inSubtree(user.scopePath, table: TaskAssignment.schema)).filter(\.$status != .done).filter(\.$dueOn < today).count()
        let missing = try await PlanObligation.query(on: req.db).filter(UnitQuery.inSubtree(user.scopePath, table: PlanObligation.schema)).filter(\.$fulfilledPlan.$id == nil).filter(\.$dueOn < today).count()
        tiles.append(.init(label: "Nhiệm vụ quá hạn", value: VietnameseNumber.format(overdue), url: SiteURL.workList.path + "?loai=phan-cong&han=qua-han"))
        tiles.append(.init(label: "Kế hoạch cấp dưới quá hạn chưa có", value: VietnameseNumber.format(missing), url: SiteURL.workList.path + "?loai=ke-hoach-con&han=qua-han"))
        if user.role.canManageUsers {
            let users = try await User.query(on: req.db).join(Unit.self, on: \User.$unit.$id == \Unit.$id)
                .filter(Unit.self, \.$path, .custom("LIKE"), user.scopePath + "%").count()
            tiles.append(.init(label: "Người dùng", value: VietnameseNumber.format(users), url: SiteURL.users.path))
        }
        let reportsDue = try await ReportRequest.query(on: req.db).filter(UnitQuery.inSubtree(user.scopePath, table: ReportRequest.schema))
            .filter(\.$submittedOn == nil).filter(\.$dueOn < today).count()
        tiles.append(.init(label: "Báo cáo quá hạn chưa nộp", value: VietnameseNumber.format(reportsDue), url: SiteURL.reports.path))
        let trend = try await ReportTrends.year(req.clock.today.year, scopePath: user.scopePath, today: today, on: req.db)
        let model = DashboardPage.Model(greeting: "Xin chào, \(user.fullName)", scopeName: user.unit.name, tiles: tiles, reports: trend, layout: req.layoutModel)
        return HTMLResponse.make(DashboardPage(model: model).render())
    }
}
