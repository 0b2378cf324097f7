import DanVanCore
import Fluent
import Vapor
import Views

/// Số liệu dân chủ ở cơ sở — the figures of the user's subtree (or a unit in it, chosen by name) for a year: a page, the
/// same as .xlsx, the yearly summary report as a Nghị định 30/2020 .docx, and the API. Counted once
/// (`DemocracyFiguresQuery`), named and rated once (`DemocracyFigures`).
enum DemocracyFiguresController {

    static func year(_ req: Request, key: String = "nam") -> Int {
        req.query[String.self, at: key].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap { (2000...2100).contains($0) ? $0 : nil }
            ?? req.clock.today.year
    }

    struct Loaded {
        let scope: ExemplarController.Scope
        let name: String
        let year: Int
        let figures: DemocracyFigures
    }

    static func load(_ req: Request) async throws -> Loaded {
        let user = try req.user
        let scope = try await ExemplarController.scope(req, user: user)
        let name = try await ExemplarCountsController.scopeName(scope, user: user, on: req.db)
        let year = Self.year(req)
        let figures = try await DemocracyFiguresQuery.load(scopePath: scope.path, year: year, today: req.clock.today, on: req.db)
        return Loaded(scope: scope, name: name, year: year, figures: figures)
    }

    static func query(_ loaded: Loaded) -> String {
        "?nam=\(loaded.year)"
            + (loaded.scope.name == nil ? "" : "&don_vi=" + (loaded.scope.typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let loaded = try await load(req)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.soLieuDanChuOCo(loaded.name, loaded.year)
        model.lead = L10n.Democracy.soLieuTinhTuSoCong
        model.links = [
            (L10n.Democracy.danChuOCoSo, SiteURL.democracy.path), (L10n.Democracy.tinhHinhCongKhai, SiteURL.democracyGrid.path),
            (L10n.Democracy.taiBangSoLieuXlsx, SiteURL.democracyFiguresXlsx.path + query(loaded)),
            (L10n.Democracy.taiBaoCaoNamDocx, SiteURL.democracyFiguresDocx.path + query(loaded))
        ]
        if let error = loaded.scope.error {
            model.notice = error
            model.noticeStyle = "flash-error"
        }
        let years: [(value: String, label: String)] = (min(loaded.year, 2023)...max(loaded.year, req.clock.today.year)).reversed().map {
            (String($0), L10n.Democracy.namSo($0))
        }
        model.filter = DemocracyFilter(
            action: SiteURL.democracyFigures.path,
            fields: [
                .init(label: L10n.Democracy.nam, name: "nam", value: String(loaded.year), options: years),
                .init(label: L10n.Democracy.donViGoTenDeTrong, name: "don_vi", value: loaded.scope.typed)
            ], submit: "Xem")
        let lines = loaded.figures.lines
        model.tables = DemocracyFigures.groups.map { group in
            DemocracyTable(
                title: group, headers: [L10n.Democracy.chiTieu, L10n.Democracy.soLieu],
                rows: lines.filter { $0.group == group }.map { [DemocracyCell($0.label), DemocracyCell($0.text)] }, empty: "")
        }
        return DemocracyController.render(req, model)
    }

    @Sendable static func xlsx(req: Request) async throws -> Response {
        let loaded = try await load(req)
        var rows: [[XLSXWriter.Cell]] = [[.text(L10n.Democracy.soLieuThucHienDanChu(loaded.name, loaded.year))], []]
        rows.append([.text(L10n.Democracy.nhom), .text(L10n.Democracy.chiTieu), .text(L10n.Democracy.soLieu)])
        for line in loaded.figures.lines {
            let value: XLSXWriter.Cell = line.value.map { line.isPercent ? .percent($0) : .number(Int($0)) } ?? .text("—")
            rows.append([.text(line.group), .text(line.label), value])
        }
        let data = try XLSXWriter.workbook(sheetName: L10n.Democracy.danChuOCoSo, rows: rows, headerRow: 2)
        return Download.response(data, name: "so-lieu-dan-chu-co-so-\(loaded.year).xlsx")
    }

    @Sendable static func docx(req: Request) async throws -> Response {
        let loaded = try await load(req)
        guard let unit = try await OrgUnit.query(on: req.db).filter(\.$path == loaded.scope.path).first() else { throw AppError.forbidden }
        let administrative = [.province, .district, .commune].contains(unit.kind)
        let parent = try await unit.$parent.id.asyncFlatMap { try await OrgUnit.find($0, on: req.db) }
        let parentBody = parent.flatMap { p in [.province, .district, .commune].contains(p.kind) ? "UBND " + p.name.uppercased() : nil }
        var document = OfficialReport(
            parentBody: parentBody, issuingBody: administrative ? "UBND " + unit.name.uppercased() : unit.name.uppercased(),
            number: nil, symbol: "BC-UBND", place: ConsolidatedReport.placeName((administrative ? unit : (parent ?? unit)).name),
            date: nil, year: loaded.year,
            title: L10n.Democracy.ketQuaThucHienDanChu(loaded.year),
            recipients: [], body: loaded.figures.reportBody(scope: unit.name, year: loaded.year),
            signature: .init(lines: [L10n.Democracy.tmUyBanNhanDan, L10n.Democracy.chuTich], name: ""),
            distribution: [L10n.Democracy.nhuTren, L10n.Democracy.luuVt])
        if let signer = try await UnitSigner.find(unitID: unit.id!, on: req.db) { document.signature = signer.signature }
        return Download.response(try OfficialReportDocx.data(document), name: "bao-cao-dan-chu-co-so-\(loaded.year).docx")
    }

    struct LineDTO: Content {
        let group: String
        let label: String
        let value: Double?
        let percent: Bool
    }
    struct FiguresDTO: Content {
        let unitID: Int?
        let year: Int
        let itemsPublished, itemsOnTime, itemsLate, itemsWithdrawn, categoriesMissing, communes: Int
        let decisions, decisionsPassed, householdsEligible, householdsVoting: Int
        let consultations, consultationsAnswered, opinions, opinionsOnline: Int
        let findings, findingsAnsweredOnTime, findingsAnsweredLate, findingsOverdue, findingsOpen: Int
        let ratings, ratingsSatisfied: Int
        let onTimeRate, turnout, findingsOnTimeRate, satisfactionRate: Double?
        let lines: [LineDTO]
    }

    /// `GET /api/v1/democracy/figures?year=&unit_id=`: the figures of the user's subtree, or of a unit in it.
    @Sendable static func api(req: Request) async throws -> FiguresDTO {
        let user = try req.user
        var path = user.scopePath
        var unitID: Int?
        if let id = req.query[Int.self, at: "unit_id"] {
            guard let unit = try await OrgUnit.find(id, on: req.db), unit.path.hasPrefix(user.scopePath) else {
                throw AppError.notFound(L10n.Democracy.donVi)
            }
            path = unit.path
            unitID = id
        }
        let year = Self.year(req, key: "year")
        let f = try await DemocracyFiguresQuery.load(scopePath: path, year: year, today: req.clock.today, on: req.db)
        return FiguresDTO(
            unitID: unitID, year: year, itemsPublished: f.itemsPublished, itemsOnTime: f.itemsOnTime, itemsLate: f.itemsLate,
            itemsWithdrawn: f.itemsWithdrawn, categoriesMissing: f.categoriesMissing, communes: f.communes,
            decisions: f.decisions, decisionsPassed: f.decisionsPassed, householdsEligible: f.householdsEligible,
            householdsVoting: f.householdsVoting, consultations: f.consultations, consultationsAnswered: f.consultationsAnswered,
            opinions: f.opinions, opinionsOnline: f.opinionsOnline, findings: f.findings, findingsAnsweredOnTime: f.findingsAnsweredOnTime,
            findingsAnsweredLate: f.findingsAnsweredLate, findingsOverdue: f.findingsOverdue, findingsOpen: f.findingsOpen,
            ratings: f.ratings, ratingsSatisfied: f.ratingsSatisfied, onTimeRate: f.onTimeRate, turnout: f.turnout,
            findingsOnTimeRate: f.findingsOnTimeRate, satisfactionRate: f.satisfactionRate,
            lines: f.lines.map { LineDTO(group: $0.group, label: $0.label, value: $0.value, percent: $0.isPercent) })
    }
}
