import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Báo cáo định kỳ — the reports the user's units owe, the ones waiting for the user's review, and the regimes in scope.
enum ReportHomeController {
    /// Reports sent to the user's units and waiting for review: the queue on this page and the count on the home page.
    static func reviewQueueCount(for user: User, on db: any Database) async throws -> Int {
        try await (db as! any SQLDatabase).count(
            """
            SELECT COUNT(*) AS n FROM report_requests r JOIN units u ON u.id = r.receiver_unit_id \
            WHERE u.path LIKE \(bind: user.scopePath + "%") AND r.status = \(bind: ReportStatus.submitted.rawValue)
            """)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let params = PageParams(from: req)
        let status = req.query[String.self, at: "tinh_trang"].flatMap(ReportStatus.init(rawValue:))
        let period = (req.query[String.self, at: "ky"] ?? "").trimmingCharacters(in: .whitespaces)
        let due = req.query[String.self, at: "han"] ?? ""
        let today = req.clock.today.iso

        // The user's own unit by default, a few dozen a year; the units below on request (`?pham_vi=cay`), and in the grid.
        let subtree = req.query[String.self, at: "pham_vi"] == "cay"
        let (scopePath, narrowedTo) = try await req.narrowedScope(user.scopePath)
        let mine = ReportRequest.query(on: req.db)
        if subtree || narrowedTo != nil {
            mine.filter(UnitQuery.inSubtree(scopePath, table: ReportRequest.schema))
        } else {
            mine.filter(\.$unit.$id == user.$unit.id)
        }
        if let status { mine.filter(\.$status == status) }
        if !period.isEmpty { mine.filter(\.$periodKey == period) }
        switch due {
        case "qua-han": mine.filter(.sql(embed: ReportTimelinessSQL.missing(today: today)))
        case "sap-den-han": mine.filter(.sql(embed: ReportTimelinessSQL.dueSoon(today: req.clock.today)))
        default: break
        }
        let page = try await mine.with(\.$unit).with(\.$schedule).sort(\.$dueOn, .descending).sort(\.$id).paginate(params.fluent)

        // The review queue and the regimes have their own page numbers (`trang_duyet`, `trang_che_do`).
        let queueParams = PageParams(page: req.query["trang_duyet"], per: nil)
        var queue = Page<ReportRequest>(items: [], metadata: PageMetadata(page: 1, per: queueParams.per, total: 0))
        if user.role == .coordinator || user.role == .admin {
            // Counted with COUNT(*) on the join: Fluent's COUNT(id) kept PostgreSQL from the index-only scan of
            // (receiver_unit_id, status), and it scanned every request in parallel instead (Thanh Hóa: 40 → 7 ms).
            let total = try await reviewQueueCount(for: user, on: req.db)
            let start = queueParams.offset
            let items = try await ReportRequest.query(on: req.db).join(OrgUnit.self, on: \ReportRequest.$receiver.$id == \OrgUnit.$id)
                .filter(OrgUnit.self, \.$path, .custom("LIKE"), user.scopePath + "%").filter(\.$status == .submitted)
                .with(\.$unit).sort(\.$dueOn).sort(\.$id).range(start..<(start + queueParams.per)).all()
            queue = Page(items: items, metadata: PageMetadata(page: queueParams.page, per: queueParams.per, total: total))
        }
        let regimePage = try await PlanAccess.visibleRegimes(for: user, on: req.db)
            .with(\.$plan) { $0.with(\.$unit) }.with(\.$receiverUnit).sort(\.$plan.$id).sort(\.$id)
            .paginate(PageParams(page: req.query["trang_che_do"], per: nil).fluent)
        let regimes = regimePage.items
        let counts = try await reporterCounts(regimes.compactMap(\.id), on: req.db)

        // Each list's links keep the other lists on the pages they show.
        func shown(_ page: Int) -> String { page > 1 ? String(page) : "" }
        let filters = [
            "tinh_trang": status?.rawValue ?? "", "ky": period, "pham_vi": subtree ? "cay" : "", "han": due, "don_vi": narrowedTo?.code ?? ""
        ]
        let pages = ["trang": shown(params.page), "trang_duyet": shown(queueParams.page), "trang_che_do": shown(regimePage.metadata.page)]
        var query = filters.merging(pages) { $1 }
        let myPagination = pagination(page.metadata, base: SiteURL.reports.path, query: &query)
        query = filters.merging(pages) { $1 }
        let reviewPagination = pagination(queue.metadata, base: SiteURL.reports.path, query: &query, parameter: "trang_duyet")
        query = filters.merging(pages) { $1 }
        let regimePagination = pagination(regimePage.metadata, base: SiteURL.reports.path, query: &query, parameter: "trang_che_do")
        var model = ReportHomePage.Model()
        model.statuses = ReportStatus.allCases.map { ($0.rawValue, $0.label) }
        model.status = status?.rawValue ?? ""
        model.period = period
        model.subtree = subtree
        model.due = due
        model.myRequests = page.items.map { request in
            let (text, style) = statusCell(request, today: today)
            return [
                .text(request.unit.name), .text(ReportPeriod.label(of: request.schedule.period)),
                .link(request.periodLabel, SiteURL.reportRequest(.value(request.id!)).path),
                .text(ReportRequestController.date(request.dueOn)), .status(text, style: style)
            ]
        }
        model.pagination = myPagination
        model.reviewQueue = queue.items.map { request in
            [
                .link(request.unit.name, SiteURL.reportRequest(.value(request.id!)).path), .text(request.periodLabel),
                .text(ReportRequestController.date(request.dueOn)), .text(request.submittedOn.map(ReportRequestController.date) ?? "—"),
                .status(request.late == true ? L10n.Reports.treHan : L10n.Reports.dungHan, style: request.late == true ? "late" : "ok")
            ]
        }
        model.reviewPagination = reviewPagination
        model.regimes = regimes.map { schedule in
            [
                .link(schedule.plan.displayName, SiteURL.reportRegime(.value(schedule.id!)).path),
                .text(ReportPeriod.label(of: schedule.period)), .text(DueRule.label(of: schedule.dueRule)),
                .text(schedule.receiverUnit?.name ?? schedule.plan.unit.name), .number(String(counts[schedule.id!] ?? 0))
            ]
        }
        model.regimePagination = regimePagination
        model.layout = req.pageLayout()
        return HTMLResponse.make(ReportHomePage(model: model).render())
    }

    static func statusCell(_ request: ReportRequest, today: String) -> (String, String) {
        switch request.status {
        case .accepted: return (request.late == true ? L10n.Reports.daChapNhanTreHan : L10n.Reports.daChapNhan, request.late == true ? "late" : "ok")
        case .submitted: return (request.late == true ? L10n.Reports.choDuyetTreHan : L10n.Reports.choDuyet, "waiting")
        case .returned: return (L10n.Reports.biTraLai, "returned")
        case .pending, .draft:
            return request.dueOn < today ? (request.status.label + L10n.Reports.quaHan, "missing") : (request.status.label, "future")
        }
    }

    private static func reporterCounts(_ scheduleIDs: [Int], on db: any Database) async throws -> [Int: Int] {
        guard !scheduleIDs.isEmpty else { return [:] }
        struct Row: Decodable {
            let scheduleID: Int
            let n: Int
        }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT schedule_id AS "scheduleID", COUNT(*) AS n FROM report_schedule_reporters WHERE schedule_id IN (\(binds: scheduleIDs)) GROUP BY\
             schedule_id
            """
        ).all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.scheduleID, $0.n) })
    }
}
