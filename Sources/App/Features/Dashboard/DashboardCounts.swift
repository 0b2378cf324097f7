import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// The counters of the home pages. Each runs the query of the list it links to, so the number is the list's length.
struct DashboardCounts {
    let user: User
    let today: CivilDate
    let db: any Database

    /// A counter; `alerting` when a count above zero means something is late.
    private func tile(_ label: String, _ count: Int, _ url: String, alerting: Bool = true) -> DashboardPage.Tile {
        .init(label: label, value: VietnameseNumber.format(count), url: url, isAlert: alerting && count > 0)
    }

    func overdueTasks() async throws -> DashboardPage.Tile {
        let filter = AssignmentWorkList.Filter(scopePath: user.scopePath, planID: nil, status: nil, due: "qua-han", today: today)
        let total = try await AssignmentWorkList.page(filter, page: PageParams(page: 1, per: 1), on: db).metadata.total
        return tile(L10n.Dashboard.nhiemVuQuaHan, total, SiteURL.workList.path + "?loai=phan-cong&han=qua-han")
    }

    func tasksDueSoon() async throws -> DashboardPage.Tile {
        let filter = AssignmentWorkList.Filter(scopePath: user.scopePath, planID: nil, status: nil, due: "sap-den-han", today: today)
        let total = try await AssignmentWorkList.page(filter, page: PageParams(page: 1, per: 1), on: db).metadata.total
        return tile(
            L10n.Dashboard.nhiemVuDenHanTrongNgay(DueSoon.days), total, SiteURL.workList.path + "?loai=phan-cong&han=sap-den-han", alerting: false)
    }

    func missingSubPlans() async throws -> DashboardPage.Tile {
        let count = try await PlanObligation.query(on: db).filter(UnitQuery.inSubtree(user.scopePath, table: PlanObligation.schema))
            .filter(\.$fulfilledPlan.$id == nil).filter(\.$dueOn < today.iso).count()
        return tile(L10n.Dashboard.keHoachCapDuoiQuaHan, count, SiteURL.workList.path + "?loai=ke-hoach-con&han=qua-han")
    }

    /// Units of the subtree a "Dân vận khéo" registration drive still waits for, past its deadline.
    func missingExemplarRegistrations() async throws -> DashboardPage.Tile {
        let total = try await ExemplarDriveService.owed(
            scopePath: user.scopePath, due: "qua-han", today: today, page: PageParams(page: 1, per: 1),
            on: db
        ).metadata.total
        return tile(L10n.Dashboard.dangKyDanVanKheoQua, total, SiteURL.workList.path + "?loai=dan-van-kheo&han=qua-han")
    }

    /// Scoring sheets of the subtree not yet submitted (`due`: "qua-han" past the self-assessment deadline, "" all).
    func scoringSheets(due: String) async throws -> DashboardPage.Tile {
        let total = try await ScoringObligations.owed(scopePath: user.scopePath, due: due, today: today, page: PageParams(page: 1, per: 1), on: db)
            .metadata.total
        let label = due == "qua-han" ? L10n.Dashboard.phieuTuChamDiemQuaHan : L10n.Dashboard.phieuTuChamDiemChuaNop
        return tile(label, total, SiteURL.workList.path + "?loai=cham-diem" + (due.isEmpty ? "" : "&han=" + due), alerting: due == "qua-han")
    }

    /// Reports of the subtree past their due date with nothing sent.
    func missingReports() async throws -> DashboardPage.Tile {
        let count = try await ReportRequest.query(on: db).filter(UnitQuery.inSubtree(user.scopePath, table: ReportRequest.schema))
            .filter(.sql(embed: ReportTimelinessSQL.missing(today: today.iso))).count()
        return tile(L10n.Dashboard.baoCaoQuaHanChuaNopCaTrucThuoc, count, SiteURL.reports.path + "?pham_vi=cay&han=qua-han")
    }

    /// The user's own unit's reports, overdue or due soon.
    func ownReports(due: String) async throws -> DashboardPage.Tile {
        let query = ReportRequest.query(on: db).filter(\.$unit.$id == user.$unit.id)
        let overdue = due == "qua-han"
        query.filter(.sql(embed: overdue ? ReportTimelinessSQL.missing(today: today.iso) : ReportTimelinessSQL.dueSoon(today: today)))
        let count = try await query.count()
        let label = overdue ? L10n.Dashboard.baoCaoCuaDonViQua : L10n.Dashboard.baoCaoCuaDonViDen(DueSoon.days)
        return tile(label, count, SiteURL.reports.path + "?han=" + due, alerting: overdue)
    }

    func returnedReports() async throws -> DashboardPage.Tile {
        let count = try await ReportRequest.query(on: db).filter(\.$unit.$id == user.$unit.id).filter(\.$status == .returned).count()
        return tile(L10n.Dashboard.baoCaoBiTraLaiCan, count, SiteURL.reports.path + "?tinh_trang=" + ReportStatus.returned.rawValue)
    }

    func waitingForReview() async throws -> DashboardPage.Tile {
        tile(
            L10n.Dashboard.baoCaoChoToiDuyet, try await ReportHomeController.reviewQueueCount(for: user, on: db), SiteURL.reports.path + "#cho-duyet")
    }

    func petitions(_ list: PetitionQuery.WorkList) async throws -> DashboardPage.Tile {
        let filter = PetitionQuery.Filter(scopePath: PetitionAccess.scopePath(of: user), list: list, search: "", today: today)
        let total = try await PetitionQuery.page(filter, page: PageParams(page: 1, per: 1), on: db).metadata.total
        let label =
            switch list {
            case .overdue: L10n.Dashboard.donQuaHanGiaiQuyet
            case .dueSoon: L10n.Dashboard.donSapDenHanNgay(DeadlineStatus.dueSoonDays)
            case .massOrOverLevel: L10n.Dashboard.donDongNguoiVuotCap
            case .all: L10n.Dashboard.donThu
            }
        return tile(label, total, SiteURL.petitions.path + "?ds=" + list.rawValue, alerting: list != .dueSoon)
    }

    func users() async throws -> DashboardPage.Tile {
        let count = try await User.query(on: db).join(OrgUnit.self, on: \User.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), user.scopePath + "%").count()
        return tile(L10n.Dashboard.nguoiDung, count, SiteURL.users.path, alerting: false)
    }

    /// The units directly under the leader's, each with its whole subtree's overdue tasks, missing reports and overdue
    /// petitions, most behind first; one grouped query a kind.
    func unitsBehind() async throws -> [DashboardPage.UnitRow] {
        let sql = db as! any SQLDatabase
        let root = user.$unit.id
        func perChild(_ table: String, alias: String, _ condition: SQLQueryString) async throws -> [Int: Int] {
            let rows = try await sql.raw(
                """
                SELECT c.id AS id, COUNT(*) AS n FROM \(ident: table) \(ident: alias) JOIN units u ON u.id = \(ident: alias).unit_id \
                JOIN units c ON c.parent_id = \(bind: root) AND u.path LIKE c.path || '%' \
                WHERE \(condition) GROUP BY c.id
                """
            ).all(decoding: Counted.self)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.n) })
        }
        let tasks = try await perChild("assignments", alias: "a", AssignmentWorkList.overdue(today: today))
        let reports = try await perChild("report_requests", alias: "r", "r." + ReportTimelinessSQL.missing(today: today.iso))
        let petitions = try await perChild("petitions", alias: "p", "p." + PetitionQuery.overdue(today: today))
        let ids = Set(tasks.keys).union(reports.keys).union(petitions.keys)
        guard !ids.isEmpty else { return [] }
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ ids).all()
        return units.map { unit -> DashboardPage.UnitRow in
            let id = unit.id!
            let code = unit.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? unit.code
            return DashboardPage.UnitRow(
                unit: unit.name, url: SiteURL.unit(.value(id)).path,
                overdueTasks: tasks[id] ?? 0, tasksURL: SiteURL.workList.path + "?loai=phan-cong&han=qua-han&don-vi=" + code,
                missingReports: reports[id] ?? 0, reportsURL: SiteURL.reports.path + "?han=qua-han&don_vi=" + code,
                overduePetitions: petitions[id] ?? 0, petitionsURL: SiteURL.petitions.path + "?ds=qua-han&don_vi=" + code)
        }
        .sorted { ($0.total, $1.unit) > ($1.total, $0.unit) }
        .prefix(20).map { $0 }
    }

    private struct Counted: Decodable {
        let id: Int
        let n: Int
    }
}
