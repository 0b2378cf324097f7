import DanVanCore
import Fluent
import Vapor
import Views

/// Thống kê — counts by field, status and level for the user's subtree and a year; the same as .xlsx.
enum ExemplarCountsController {
    static func year(_ req: Request) -> Int? {
        req.query[String.self, at: "nam"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap { (1990...2200).contains($0) ? $0 : nil }
    }

    static func scopeName(_ scope: ExemplarController.Scope, user: User, on db: any Database) async throws -> String {
        if let name = scope.name { return name }
        return try await OrgUnit.find(user.$unit.id, on: db)?.name ?? ""
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let year = Self.year(req)
        let scope = try await ExemplarController.scope(req, user: user)
        let counts = try await ExemplarCounts.load(scopePath: scope.path, year: year, on: req.db)
        var model = ExemplarCountsPage.Model()
        model.scope = try await scopeName(scope, user: user, on: req.db)
        model.unit = scope.typed
        model.unitError = scope.error
        model.year = year.map(String.init) ?? ""
        model.statusHeaders = ExemplarStatus.allCases.map(\.label)
        model.grid =
            ExemplarField.allCases.map { field in
                [field.label] + ExemplarStatus.allCases.map { String(counts.grid[field]?[$0] ?? 0) } + [String(counts.byField[field] ?? 0)]
            } + [[L10n.Exemplars.tong] + ExemplarStatus.allCases.map { String(counts.byStatus[$0] ?? 0) } + [String(counts.total)]]
        model.levels = RecognitionLevel.allCases.map { ($0.label, String(counts.byLevel[$0] ?? 0)) }
        model.total = String(counts.total)
        model.action = SiteURL.exemplarCounts.path
        let unitQuery = scope.name == nil ? "" : "&don_vi=" + (scope.typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        model.exportURL = SiteURL.exemplarCountsXlsx.path + "?nam=" + (year.map(String.init) ?? "") + unitQuery
        model.appendixURL = SiteURL.exemplarRecognisedDocx.path + "?nam=\(year ?? req.clock.today.year)" + unitQuery
        model.listURL = SiteURL.exemplars.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ExemplarCountsPage(model: model).render())
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let user = try req.user
        let year = Self.year(req)
        let chosen = try await ExemplarController.scope(req, user: user)
        let counts = try await ExemplarCounts.load(scopePath: chosen.path, year: year, on: req.db)
        let scope = try await scopeName(chosen, user: user, on: req.db)
        var rows: [[XLSXWriter.Cell]] = [
            [.text(L10n.Exemplars.thongKeMoHinhDanVanTieuDe + scope + (year.map { L10n.Exemplars.namSauDauPhay($0) } ?? ""))], []
        ]
        rows.append([.text(L10n.Exemplars.linhVuc)] + ExemplarStatus.allCases.map { .text($0.label) } + [.text(L10n.Exemplars.tong)])
        for field in ExemplarField.allCases {
            rows.append(
                [.text(field.label)] + ExemplarStatus.allCases.map { .number(counts.grid[field]?[$0] ?? 0) } + [.number(counts.byField[field] ?? 0)])
        }
        rows.append([.text(L10n.Exemplars.tong)] + ExemplarStatus.allCases.map { .number(counts.byStatus[$0] ?? 0) } + [.number(counts.total)])
        rows.append([])
        rows.append([.text(L10n.Exemplars.capCongNhan), .text(L10n.Exemplars.soMoHinh)])
        for level in RecognitionLevel.allCases { rows.append([.text(level.label), .number(counts.byLevel[level] ?? 0)]) }
        let data = try XLSXWriter.workbook(sheetName: L10n.Exemplars.danVanKheo, rows: rows, headerRow: 2)
        return Download.response(data, name: "thong-ke-dan-van-kheo\(year.map { "-\($0)" } ?? "").xlsx")
    }
}
