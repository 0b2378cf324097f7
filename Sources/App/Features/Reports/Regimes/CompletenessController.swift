import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Tình hình nộp báo cáo — completeness and timeliness of a regime over a subtree: counts per period, and a units × periods grid.
enum CompletenessController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let schedule = try await RegimeController.find(req, user: user)
        let year = req.queryYear(fallback: req.clock.today.year)
        let scope = try await scopeUnit(req.query[String.self, at: "don_vi"], schedule: schedule, user: user, on: req.db)
        let today = req.clock.today.iso
        let params = PageParams(from: req, defaultPer: 50)
        let sql = req.db as! any SQLDatabase
        // A regime's reporting units all lie under its plan's issuer: a scope at or above the issuer needs no subtree filter.
        let filter: String? = schedule.plan.unit.path.hasPrefix(scope.path) ? nil : scope.path

        let counts = try await periodCounts(scheduleID: schedule.id!, year: year, scopePath: filter, today: today, on: sql)
        let unitTotal = try await unitCount(scheduleID: schedule.id!, year: year, scopePath: filter, on: sql)
        let units = try await unitPage(scheduleID: schedule.id!, year: year, scopePath: scope.path, page: params, on: sql)
        let cells = try await cells(scheduleID: schedule.id!, year: year, unitIDs: units.map(\.id), on: sql)
        let byUnit = Dictionary(grouping: cells, by: \.unitID)
        // A year that spans a reorganisation: each successor named with its predecessors, each predecessor with the date
        // it closed and its successor (issue 14).
        let yearStart = CivilDate(year: year, month: 1, day: 1)!
        let yearEnd = CivilDate(year: year, month: 12, day: 31)!
        let predecessors = try await UnitPredecessors.of(units.map(\.id), from: yearStart, to: yearEnd, on: req.db)
        let rows: [[TableCell]] = units.map { unit in
            let mine = Dictionary((byUnit[unit.id] ?? []).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            // Drill down: the unit's own subtree in the same grid.
            let drill =
                SiteURL.reportGrid(.value(schedule.id!)).path + "?nam=\(year)&don_vi="
                + (unit.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? unit.code)
            var name = predecessors[unit.id].map { UnitPredecessors.label(unit.name, $0) } ?? unit.name
            if let until = unit.activeUntil.flatMap(CivilDate.init(iso:)), until > yearStart, until <= yearEnd {
                name += L10n.Reports.den(until.adding(days: -1).vietnamese) + (unit.successorName.map { L10n.Reports.nayThuoc + $0 } ?? "") + ")"
            }
            return [.link(name, drill)]
                + counts.map { period in
                    guard let cell = mine[period.key] else { return .text("—") }
                    let (text, style) = describe(cell, today: today)
                    return .status(text, style: style, url: SiteURL.reportRequest(.value(cell.id)).path)
                }
        }
        var query = ["nam": String(year), "don_vi": scope.code]
        let metadata = PageMetadata(page: params.page, per: params.per, total: unitTotal)
        var model = CompletenessPage.Model()
        model.title = RegimeController.title(schedule)
        model.regimeID = schedule.id!
        model.scopeName = scope.name
        model.year = String(year)
        model.scopeChoice = try await UnitChoice.label(of: scope, on: req.db)
        model.counts = counts.map {
            .init(
                label: $0.label, expected: $0.expected, onTime: $0.onTime, late: $0.late, returned: $0.returned,
                missing: $0.missing, notDue: $0.notDue)
        }
        model.columns = counts.map(\.label)
        model.rows = rows
        model.pagination = pagination(metadata, base: SiteURL.reportGrid(.value(schedule.id!)).path, query: &query)
        model.layout = req.pageLayout()
        model.note = try await reorganisedOn(scopePath: scope.path, from: yearStart, to: yearEnd, on: sql).map(UnitPredecessors.note)
        return HTMLResponse.make(CompletenessPage(model: model).render())
    }

    /// The subtree asked for, kept inside what the user may see: a unit above the user's own narrows to the user's unit.
    static func scopeUnit(_ code: String?, schedule: ReportSchedule, user: User, on db: any Database) async throws -> OrgUnit {
        let typed = (code ?? "").trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty {
            if let unit = try await OrgUnit.query(on: db).filter(\.$code == typed).first(), user.unit.path.hasPrefix(unit.path) { return user.unit }
            return try await UnitChoice.required(typed, within: user.scopePath, on: db)
        }
        return user.canSee(schedule.plan.unit) ? schedule.plan.unit : user.unit
    }

    /// How a cell reads: words first, the colour only repeats them.
    static func describe(_ cell: Cell, today: String) -> (String, String) {
        if cell.status == ReportStatus.returned.rawValue { return (L10n.Reports.biTraLai, "returned") }
        if cell.submittedOn != nil {
            let waiting = cell.status == ReportStatus.submitted.rawValue ? L10n.Reports.choDuyetTrongNgoac : ""
            return cell.late == true ? (L10n.Reports.treHan + waiting, "late") : (L10n.Reports.dungHan + waiting, waiting.isEmpty ? "ok" : "waiting")
        }
        return cell.dueOn < today ? (L10n.Reports.chuaNop, "missing") : (L10n.Reports.chuaDenHan, "future")
    }

    struct Counts: Decodable {
        let key: String
        let label: String
        let expected: Int
        let onTime: Int
        let late: Int
        let returned: Int
        let missing: Int
        let notDue: Int
    }

    /// Counts per period in one GROUP BY. On time and late come from the stored flag, never from today's rules.
    static func periodCounts(scheduleID: Int, year: Int, scopePath: String?, today: String, on sql: any SQLDatabase) async throws -> [Counts] {
        try await sql.raw(
            """
            SELECT period_key AS key, period_label AS label, COUNT(*) AS expected, \(ReportTimelinessSQL.sums(today: today)), \
            SUM(CASE WHEN submitted_on IS NULL AND due_on >= \(bind: today) THEN 1 ELSE 0 END) AS "notDue" \
            FROM report_requests WHERE schedule_id = \(bind: scheduleID) AND period_key LIKE \(bind: "\(year)-%") \(subtree(scopePath)) \(inForce) \
            GROUP BY period_key, period_label ORDER BY period_key
            """
        ).all(decoding: Counts.self)
    }

    struct UnitRow: Decodable {
        let id: Int
        let code: String
        let name: String
        let activeUntil: String?
        /// The main successor of a closed unit.
        let successorName: String?
    }

    /// The last reorganisation within the year that closed a unit of the subtree, if any.
    static func reorganisedOn(scopePath: String, from: CivilDate, to: CivilDate, on sql: any SQLDatabase) async throws -> CivilDate? {
        struct Row: Decodable { let effective: String? }
        return try await sql.raw(
            """
            SELECT MAX(s.effective_on) AS effective FROM unit_successions s JOIN units u ON u.id = s.predecessor_id \
            WHERE u.path LIKE \(bind: scopePath + "%") AND s.effective_on > \(bind: from.iso) AND s.effective_on <= \(bind: to.iso)
            """
        ).first(decoding: Row.self)?.effective.flatMap(CivilDate.init(iso:))
    }

    /// A request counts where its unit existed for the period: one not submitted by a unit closed before its period
    /// ended (left there because its successor has the same one) does not; what was submitted always does.
    static let inForce: SQLQueryString = """
        AND (submitted_on IS NOT NULL OR NOT EXISTS (SELECT 1 FROM units c WHERE c.id = report_requests.unit_id \
        AND c.active_until IS NOT NULL AND c.active_until <= report_requests.cutoff_end))
        """

    static func unitCount(scheduleID: Int, year: Int, scopePath: String?, on sql: any SQLDatabase) async throws -> Int {
        try await sql.count(
            """
            SELECT COUNT(DISTINCT unit_id) AS n FROM report_requests WHERE schedule_id = \(bind: scheduleID) \
            AND period_key LIKE \(bind: "\(year)-%") \(subtree(scopePath)) \(inForce)
            """)
    }

    /// `AND unit_id IN (…subtree…)`, or nothing when the whole regime is in scope.
    private static func subtree(_ path: String?) -> SQLQueryString {
        guard let path else { return "" }
        return "AND unit_id IN (SELECT id FROM units WHERE path LIKE \(bind: path + "%"))"
    }

    static func unitPage(scheduleID: Int, year: Int, scopePath: String, page: PageParams, on sql: any SQLDatabase) async throws -> [UnitRow] {
        try await sql.raw(
            """
            SELECT u.id AS id, u.code AS code, u.name AS name, u.active_until AS "activeUntil", \
            (SELECT su.name FROM unit_successions s JOIN units su ON su.id = s.successor_id WHERE s.predecessor_id = u.id AND s.is_main \
             ORDER BY s.effective_on DESC LIMIT 1) AS "successorName" \
            FROM units u WHERE u.path LIKE \(bind: scopePath + "%") AND u.id IN \
            (SELECT unit_id FROM report_requests WHERE schedule_id = \(bind: scheduleID) AND period_key LIKE \(bind: "\(year)-%") \(inForce)) \
            ORDER BY u.depth, u.sort_key LIMIT \(bind: page.per) OFFSET \(bind: page.offset)
            """
        ).all(decoding: UnitRow.self)
    }

    struct Cell: Decodable {
        let id: Int
        let unitID: Int
        let key: String
        let status: String
        let late: Bool?
        let submittedOn: String?
        let dueOn: String
    }

    static func cells(scheduleID: Int, year: Int, unitIDs: [Int], on sql: any SQLDatabase) async throws -> [Cell] {
        guard !unitIDs.isEmpty else { return [] }
        return try await sql.raw(
            """
            SELECT id, unit_id AS "unitID", period_key AS key, status, late, submitted_on AS "submittedOn", due_on AS "dueOn" \
            FROM report_requests WHERE schedule_id = \(bind: scheduleID) AND period_key LIKE \(bind: "\(year)-%") \
            AND unit_id IN (\(binds: unitIDs)) \(inForce)
            """
        ).all(decoding: Cell.self)
    }
}
