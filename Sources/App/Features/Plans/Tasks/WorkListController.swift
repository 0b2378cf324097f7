import DanVanCore
import Fluent
import Vapor
import Views

/// Việc cần làm — a unit officer's tasks and a coordinator's overdue assignments, missing sub-plans and missing
/// "Dân vận khéo" registrations and scoring sheets not yet submitted, over the subtree.
enum WorkListController {
    enum Kind: String { case assignments = "phan-cong", subPlans = "ke-hoach-con", exemplarDrives = "dan-van-kheo", scoringSheets = "cham-diem" }
    static let exportLimit = 50_000

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let kind = Kind(rawValue: req.query["loai"] ?? "") ?? .assignments
        let due: String = req.query["han"] ?? ""
        let status: String = req.query["trang-thai"] ?? ""
        let export: String? = req.query["xuat"]
        let unitCode: String = (req.query["don-vi"] ?? "").trimmingCharacters(in: .whitespaces)
        let planID: Int? = req.query["ke-hoach"]
        let today = req.clock.today
        let params = export == nil ? PageParams(from: req) : .export(upTo: exportLimit)
        let header: [String]
        let rows: [WorkListPage.Row]
        let metadata: PageMetadata
        // Narrowed to one unit's subtree when asked, never wider than the user's own.
        var scopePath = user.scopePath
        if !unitCode.isEmpty { scopePath = try await UnitChoice.required(unitCode, within: user.scopePath, on: req.db).path }
        switch kind {
        case .assignments:
            let filter = AssignmentWorkList.Filter(
                scopePath: scopePath, planID: planID, status: AssignmentStatus(rawValue: status), due: due, today: today)
            let page = try await AssignmentWorkList.page(filter, page: params, on: req.db)
            header = [
                L10n.Plans.donVi, L10n.Plans.keHoach, L10n.Plans.nhiemVu, L10n.Plans.vaiTro, L10n.Plans.trangThai, L10n.Plans.tienDo,
                L10n.Plans.hanVietHoa
            ]
            rows = page.rows.map { item in
                WorkListPage.Row(
                    cells: [
                        item.unitName, item.planNumber ?? item.planTitle,
                        export == nil ? VietnameseText.excerpt(item.taskText, maxCharacters: 160) : item.taskText, item.assignmentRole.label,
                        item.assignmentStatus.label + (item.isOverdue(today: today.iso) ? L10n.Plans.quaHan : ""), "\(item.progress)%",
                        item.dueOn.flatMap(CivilDate.init(iso:))?.vietnamese ?? "—"
                    ],
                    url: SiteURL.assignment(.value(item.id)).path, isLate: item.isOverdue(today: today.iso))
            }
            metadata = page.metadata
        case .subPlans:
            let query = PlanObligation.query(on: req.db).filter(UnitQuery.inSubtree(scopePath, table: PlanObligation.schema)).filter(
                \.$fulfilledPlan.$id == nil)
            if let planID { query.filter(\.$plan.$id == planID) }
            if due == "qua-han" { query.filter(\.$dueOn < today.iso) }
            let page = try await query.with(\.$unit).with(\.$plan).sort(\.$dueOn).sort(\.$id).paginate(params.fluent)
            header = [L10n.Plans.donVi, L10n.Plans.theoKeHoach, L10n.Plans.viecPhaiLam, L10n.Plans.hanVietHoa, L10n.Plans.tinhTrang]
            rows = page.items.map { item in
                let late = (item.dueOn ?? "9999") < today.iso
                return WorkListPage.Row(
                    cells: [
                        item.unit.name, item.plan.number ?? item.plan.title, item.kind.label,
                        item.dueOn.flatMap(CivilDate.init(iso:))?.vietnamese ?? "—", late ? L10n.Plans.quaHanVietHoa : L10n.Plans.chuaDenHan
                    ],
                    url: SiteURL.plan(.value(item.$plan.id)).path, isLate: late)
            }
            metadata = page.metadata
        case .exemplarDrives:
            // Registration drives of "Dân vận khéo" the subtree's units have not answered (ExemplarDriveService.owed).
            let page = try await ExemplarDriveService.owed(scopePath: scopePath, due: due, today: today, page: params, on: req.db)
            header = [L10n.Plans.donVi, L10n.Plans.dotDangKyDanVanKheo, L10n.Plans.hanDangKy, L10n.Plans.tinhTrang]
            rows = page.rows.map { item in
                let deadline = CivilDate(iso: item.deadline)
                let standing = deadline.map { ExemplarDriveRules.standing(firstRegisteredOn: nil, deadline: $0, today: today) } ?? .pending
                return WorkListPage.Row(
                    cells: [item.unitName, item.title, deadline?.vietnamese ?? item.deadline, standing.label],
                    url: SiteURL.exemplarDrive(.value(item.driveID)).path, isLate: standing == .missing)
            }
            metadata = page.metadata
        case .scoringSheets:
            // Scoring sheets of the subtree's units not yet submitted (ScoringObligations.owed).
            let page = try await ScoringObligations.owed(scopePath: scopePath, due: due, today: today, page: params, on: req.db)
            header = [L10n.Plans.donVi, L10n.Plans.dotChamDiem, L10n.Plans.hanTuCham, L10n.Plans.tinhTrang]
            rows = page.rows.map { item in
                let deadline = CivilDate(iso: item.deadline)
                let standing = deadline.map { ScoringObligation.standing(owed: true, deadline: $0, today: today) } ?? .pending
                let returned = item.status == SheetStatus.returned.rawValue ? L10n.Plans.traLaiDeLamRo : ""
                return WorkListPage.Row(
                    cells: [item.unitName, item.roundTitle, deadline?.vietnamese ?? item.deadline, standing.label + returned],
                    url: SiteURL.scoringSheet(.value(item.sheetID)).path, isLate: standing == .overdue)
            }
            metadata = page.metadata
        }
        if let export {
            let table = rows.map(\.cells)
            if export == "xlsx" {
                let cells = [header.map(XLSXWriter.Cell.text)] + table.map { $0.map(XLSXWriter.Cell.text) }
                return Download.response(try XLSXWriter.workbook(sheetName: L10n.Plans.viecCanLam, rows: cells), name: "viec-can-lam.xlsx")
            }
            return Download.response(CSVWriter.csv(header: header, rows: table), name: "viec-can-lam.csv")
        }
        var query = ["loai": kind.rawValue, "han": due, "trang-thai": status, "don-vi": unitCode, "ke-hoach": planID.map(String.init) ?? ""]
        let base = SiteURL.workList.path
        var model = WorkListPage.Model()
        model.heading = L10n.Plans.viecCanLam
        model.tabs = [
            .init(label: L10n.Plans.nhiemVuDuocPhanCong, url: base + "?loai=phan-cong", isCurrent: kind == .assignments),
            .init(label: L10n.Plans.keHoachDonViCapDuoi, url: base + "?loai=ke-hoach-con", isCurrent: kind == .subPlans),
            .init(label: L10n.Plans.dangKyDanVanKheoCon, url: base + "?loai=dan-van-kheo", isCurrent: kind == .exemplarDrives),
            .init(label: L10n.Plans.phieuTuChamDiemChuaNop, url: base + "?loai=cham-diem", isCurrent: kind == .scoringSheets)
        ]
        model.filters =
            [
                (
                    L10n.Plans.thoiHan, "han",
                    [("", L10n.Plans.tatCa), ("qua-han", L10n.Plans.quaHanVietHoa), ("sap-den-han", L10n.Plans.denHanTrong14Ngay)], due
                )
            ]
            + (kind == .assignments
                ? [
                    (
                        L10n.Plans.trangThai, "trang-thai",
                        [("", L10n.Plans.tatCa)] + AssignmentStatus.allCases.map { ($0.rawValue, $0.label) }, status
                    )
                ] : [])
        model.kind = kind.rawValue
        model.header = header
        model.rows = rows
        model.pagination = pagination(metadata, base: base, query: &query)
        model.unitCode = unitCode
        model.planID = planID.map(String.init) ?? ""
        model.exportCSV = exportURL(base, query, format: "csv")
        model.exportXLSX = exportURL(base, query, format: "xlsx")
        model.layout = req.pageLayout()
        return HTMLResponse.make(WorkListPage(model: model).render())
    }

    private static func exportURL(_ base: String, _ query: [String: String], format: String) -> String {
        var query = query
        query["trang"] = nil
        query["xuat"] = format
        return base + "?"
            + query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
    }
}
