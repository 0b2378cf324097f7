import DanVanCore
import Fluent
import Vapor
import Views

/// Lịch báo cáo — one unit's due dates for a year, month by month (a unit owes a few dozen reports a year).
enum ReportCalendarController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let year = req.queryYear(fallback: req.clock.today.year)
        var unit = user.unit
        let typed = (req.query[String.self, at: "don_vi"] ?? "").trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty { unit = try await UnitChoice.required(typed, within: user.scopePath, on: req.db) }
        let today = req.clock.today.iso
        let requests = try await ReportRequest.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$dueOn, .custom("LIKE"), "\(year)-%").with(\.$schedule) { $0.with(\.$plan) }
            .sort(\.$dueOn).range(..<500).all()
        let months = Dictionary(grouping: requests, by: { Int($0.dueOn.dropFirst(5).prefix(2)) ?? 0 }).sorted { $0.key < $1.key }.map {
            month, items in
            ReportCalendarPage.Month(
                title: L10n.Reports.thang(month, year),
                rows: items.map { request in
                    let (text, style) = ReportHomeController.statusCell(request, today: today)
                    return [
                        .text(ReportRequestController.date(request.dueOn)),
                        .link(RegimeController.title(request.schedule), SiteURL.reportRequest(.value(request.id!)).path),
                        .text(request.periodLabel), .status(text, style: style)
                    ]
                })
        }
        var model = ReportCalendarPage.Model()
        model.unitName = unit.name
        model.unitChoice = try await UnitChoice.label(of: unit, on: req.db)
        model.year = String(year)
        model.months = months
        model.feedHint = L10n.Reports.muonThayCacHanNayTrong
        model.layout = req.pageLayout()
        return HTMLResponse.make(ReportCalendarPage(model: model).render())
    }
}
