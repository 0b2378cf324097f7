import DanVanCore
import Fluent
import Vapor
import Views

/// Thống kê đơn thư — the page and its .xlsx export; the period defaults to the current year up to today.
enum PetitionStatisticsController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let (from, to, error) = period(req)
        let report = try await PetitionStatistics.report(
            scopePath: PetitionAccess.scopePath(of: user), from: from, to: to,
            today: req.clock.today, on: req.db)
        var model = PetitionStatisticsPage.Model()
        model.scopeName = try await scopeName(user, on: req.db)
        // A period that spans a reorganisation: the successor with its predecessors, and how the period is counted (issue 14).
        if let scope = try await OrgUnit.query(on: req.db).filter(\.$path == PetitionAccess.scopePath(of: user)).first(),
            let entry = try await UnitPredecessors.of([scope.id!], from: from, to: to, on: req.db)[scope.id!]
        {
            model.scopeName = UnitPredecessors.label(scope.name, entry)
            model.note = UnitPredecessors.note(entry.effective)
        }
        model.from = from.vietnamese
        model.to = to.vietnamese
        model.headers = PetitionStatistics.headers
        model.rows = PetitionStatistics.table(report).map { ($0.0, $0.1.map(VietnameseNumber.format)) }
        model.exportURL = SiteURL.petitionStatisticsExport.path + "?tu=\(from.vietnamese)&den=\(to.vietnamese)"
        model.action = SiteURL.petitionStatistics.path
        model.error = error
        model.layout = req.pageLayout()
        return HTMLResponse.make(PetitionStatisticsPage(model: model).render())
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let user = try req.user
        let (from, to, _) = period(req)
        let report = try await PetitionStatistics.report(
            scopePath: PetitionAccess.scopePath(of: user), from: from, to: to,
            today: req.clock.today, on: req.db)
        let rows: [[XLSXWriter.Cell]] =
            [
                [
                    .text(
                        L10n.Petitions.thongKeDonThuTieuDe + (try await scopeName(user, on: req.db))
                            + L10n.Petitions.tuDen(from.vietnamese, to.vietnamese)
                    )
                ], []
            ]
            + [PetitionStatistics.headers.map { .text($0) }]
            + PetitionStatistics.table(report).map { [.text($0.0)] + $0.1.map { .number($0) } }
        let data = try XLSXWriter.workbook(sheetName: L10n.Petitions.thongKeDonThu, rows: rows, headerRow: 2)
        return Download.response(data, name: "thong-ke-don-thu-\(from.iso)-\(to.iso).xlsx")
    }

    /// `?tu=&den=` as dd/MM/yyyy; bad or reversed dates fall back to this year with a message.
    static func period(_ req: Request) -> (CivilDate, CivilDate, String?) {
        let today = req.clock.today
        let defaults = (CivilDate(year: today.year, month: 1, day: 1)!, today)
        let typedFrom: String? = req.query["tu"]
        let typedTo: String? = req.query["den"]
        guard typedFrom != nil || typedTo != nil else { return (defaults.0, defaults.1, nil) }
        guard let from = typedFrom.flatMap({ CivilDate(vietnamese: $0) }), let to = typedTo.flatMap({ CivilDate(vietnamese: $0) }), from <= to else {
            return (defaults.0, defaults.1, L10n.Petitions.khoangThoiGianKhongHopLe)
        }
        return (from, to, nil)
    }

    private static func scopeName(_ user: User, on db: any Database) async throws -> String {
        let path = PetitionAccess.scopePath(of: user)
        return try await OrgUnit.query(on: db).filter(\.$path == path).first()?.name ?? user.unit.name
    }
}
