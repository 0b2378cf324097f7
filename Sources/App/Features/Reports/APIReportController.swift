import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/report-regimes and /api/v1/report-requests — regimes, their calendars, submissions, reviews and consolidated figures.
/// Figures travel as lists of {code, value}: indicator codes are data and must not be touched by key case conversion.
enum APIReportController {
    struct RegimeDTO: Content {
        let id: Int
        let planID: Int
        let period: String
        let dueRule: String?
        let cutoffDay: Int
        let dayOffPolicy: String
        let receiverUnitID: Int?
        let templateID: Int?
        let reporterUnitIDs: [Int]
    }

    struct RequestDTO: Content {
        let id: Int
        let regimeID: Int
        let unitID: Int
        let receiverUnitID: Int
        let periodKey: String
        let periodLabel: String
        let cutoffStart: String
        let cutoffEnd: String
        let dueOn: String
        let status: String
        let submittedOn: String?
        let late: Bool?

        init(_ request: ReportRequest) {
            id = request.id!
            regimeID = request.$schedule.id
            unitID = request.$unit.id
            receiverUnitID = request.$receiver.id
            periodKey = request.periodKey
            periodLabel = request.periodLabel
            cutoffStart = request.cutoffStart
            cutoffEnd = request.cutoffEnd
            dueOn = request.dueOn
            status = request.status.rawValue
            submittedOn = request.submittedOn
            late = request.late
        }
    }

    struct FigureDTO: Content {
        let code: String
        let value: Double?
    }

    struct TextDTO: Content {
        let sectionID: Int
        let text: String
    }

    struct RequestDetailDTO: Content {
        let request: RequestDTO
        let version: Int?
        let versionState: String?
        /// Send it back with a submission: a change made meanwhile by someone else is refused, not overwritten.
        let versionStamp: String
        let figures: [FigureDTO]
        let texts: [TextDTO]
    }

    struct SubmissionBody: Content {
        let figures: [FigureDTO]
        let texts: [TextDTO]?
        let submit: Bool
        let versionStamp: String?
    }

    struct ReviewBody: Content {
        let decision: String
        let reason: String?
    }

    struct CalendarBody: Content {
        let year: Int
    }

    struct CalendarDTO: Content {
        let created: Int
        let notes: [String]
    }

    struct ConsolidationDTO: Content {
        let regimeID: Int
        let periodKey: String
        let expected: Int
        let accepted: Int
        let figures: [FigureDTO]
        let missingUnits: [String]
        let lateUnits: [String]
    }

    @Sendable static func regimes(req: Request) async throws -> APIUnitController.PageDTO<RegimeDTO> {
        let user = try req.user
        let query = PlanAccess.visibleRegimes(for: user, on: req.db)
        if let plan: Int = req.query["plan_id"] { query.filter(\.$plan.$id == plan) }
        let page = try await query.sort(\.$id).paginate(PageParams(from: req).fluent)
        let reporters = try await ReportScheduleReporter.query(on: req.db).filter(\.$schedule.$id ~~ page.items.compactMap(\.id)).all()
        let byRegime = Dictionary(grouping: reporters, by: { $0.$schedule.id })
        return .init(
            items: page.items.map { regime($0, reporters: byRegime[$0.id!] ?? []) }, page: page.metadata.page,
            per: page.metadata.per, total: page.metadata.total)
    }

    @Sendable static func regime(req: Request) async throws -> RegimeDTO {
        let schedule = try await RegimeController.find(req, user: try req.user)
        return regime(schedule, reporters: try await ReportScheduleReporter.query(on: req.db).filter(\.$schedule.$id == schedule.id!).all())
    }

    @Sendable static func calendar(req: Request) async throws -> Response {
        let user = try req.user
        let schedule = try await RegimeController.find(req, user: user)
        guard RegimeController.canManage(user, schedule) else { throw AppError.forbidden }
        let body = try req.content.decode(CalendarBody.self)
        guard (2000...2100).contains(body.year) else { throw AppError.invalid(L10n.Reports.namKhongHopLe, code: "invalid_year") }
        let outcome = try await ReportRequestGenerator.generate([schedule], year: body.year, on: req.db)
        if let problem = outcome.skipped[schedule.id!] { throw AppError.invalid(problem, code: "regime_without_dates") }
        try await Audit.record(
            on: req.db, actor: req.actor(user), entity: "report_schedule", id: "\(schedule.id!)", action: "generate",
            before: String?.none, after: ["year": body.year, "created": outcome.created])
        return try await CalendarDTO(created: outcome.created, notes: outcome.notes).encodeResponse(status: .created, for: req)
    }

    /// Requests of units in the caller's subtree; `?status=`, `?period=`, `?regime_id=`.
    @Sendable static func requests(req: Request) async throws -> APIUnitController.PageDTO<RequestDTO> {
        let user = try req.user
        let query = ReportRequest.query(on: req.db).filter(UnitQuery.inSubtree(user.scopePath, table: ReportRequest.schema))
        if let text: String = req.query["status"] {
            guard let status = ReportStatus(rawValue: text) else {
                throw AppError.invalid(L10n.Reports.tinhTrangKhongHopLe(text), code: "invalid_status")
            }
            query.filter(\.$status == status)
        }
        if let period: String = req.query["period"] { query.filter(\.$periodKey == period) }
        if let regime: Int = req.query["regime_id"] { query.filter(\.$schedule.$id == regime) }
        let page = try await query.sort(\.$dueOn).sort(\.$id).paginate(PageParams(from: req).fluent)
        return .init(items: page.items.map(RequestDTO.init), page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    @Sendable static func request(req: Request) async throws -> RequestDetailDTO {
        let request = try await ReportRequestController.find(req, user: try req.user)
        return try await detail(request, on: req.db)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let user = try req.user
        let request = try await ReportRequestController.find(req, user: user)
        let body = try req.content.decode(SubmissionBody.self)
        let (indicators, _) = try await ReportConsolidation.template(of: request.schedule, on: req.db)
        var figures: [String: String] = [:]
        for figure in body.figures { figures[figure.code] = figure.value.map(ReportFigures.typed) ?? "" }
        let input = ReportSubmission.Input(
            figures: figures,
            texts: Dictionary((body.texts ?? []).map { ($0.sectionID, $0.text) }, uniquingKeysWith: { first, _ in first }),
            files: [], base: body.versionStamp ?? "")
        do {
            _ = try await ReportSubmission.save(request, input, submit: body.submit, indicators: indicators, by: user, at: req.clock.now, on: req.db)
        } catch let invalid as ReportSubmission.Invalid {
            let names = Dictionary(indicators.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            throw AppError.invalid(
                invalid.problems.sorted { $0.key < $1.key }.map { "\(names[$0.key] ?? $0.key) (\($0.key)): \($0.value)" }
                    .joined(separator: " "), code: "invalid_figures")
        }
        return try await detail(request, on: req.db).encodeResponse(status: .created, for: req)
    }

    @Sendable static func review(req: Request) async throws -> RequestDetailDTO {
        let user = try req.user
        let request = try await ReportRequestController.find(req, user: user)
        let body = try req.content.decode(ReviewBody.self)
        switch body.decision {
        case "accept": try await ReportSubmission.accept(request, by: user, at: req.clock.now, on: req.db)
        case "return": try await ReportSubmission.returnForCorrection(request, reason: body.reason ?? "", by: user, at: req.clock.now, on: req.db)
        default: throw AppError.invalid(L10n.Reports.quyetDinhPhaiLaAcceptHoac, code: "invalid_decision")
        }
        return try await detail(request, on: req.db)
    }

    @Sendable static func consolidation(req: Request) async throws -> ConsolidationDTO {
        let user = try req.user
        let schedule = try await RegimeController.find(req, user: user)
        let receiver = try await RegimeController.receiverUnit(of: schedule, on: req.db)
        guard user.canSee(receiver) || user.canSee(schedule.plan.unit) else { throw AppError.outsideScope }
        guard let period: String = req.query["period"] else { throw AppError.invalid(L10n.Reports.thieuKyBaoCaoPeriod2026, code: "period_required") }
        let result = try await ReportConsolidation.build(schedule, periodKey: period, on: req.db)
        return ConsolidationDTO(
            regimeID: schedule.id!, periodKey: period, expected: result.expected, accepted: result.accepted,
            figures: result.figures.map { FigureDTO(code: $0.indicator.code, value: $0.value) },
            missingUnits: result.missing.map(\.unit), lateUnits: result.late)
    }

    private static func regime(_ schedule: ReportSchedule, reporters: [ReportScheduleReporter]) -> RegimeDTO {
        RegimeDTO(
            id: schedule.id!, planID: schedule.$plan.id, period: schedule.period, dueRule: schedule.dueRule, cutoffDay: schedule.cutoffDay,
            dayOffPolicy: schedule.dayOffPolicy, receiverUnitID: schedule.$receiverUnit.id, templateID: schedule.$template.id,
            reporterUnitIDs: reporters.map { $0.$unit.id }.sorted())
    }

    private static func detail(_ request: ReportRequest, on db: any Database) async throws -> RequestDetailDTO {
        guard let fresh = try await ReportRequest.find(request.id!, on: db) else { throw AppError.notFound(L10n.Reports.yeuCauBaoCao) }
        let version = try await ReportSubmission.latestVersion(of: request.id!, on: db)
        var figures: [FigureDTO] = []
        var texts: [TextDTO] = []
        if let version {
            let values = try await ReportValue.query(on: db).filter(\.$version.$id == version.id!).with(\.$indicator).all()
            figures = values.map { FigureDTO(code: $0.indicator.code, value: $0.value) }.sorted { $0.code < $1.code }
            texts = try await ReportText.query(on: db).filter(\.$version.$id == version.id!).all().map {
                TextDTO(sectionID: $0.$section.id, text: $0.text)
            }
        }
        return RequestDetailDTO(
            request: RequestDTO(fresh), version: version?.number, versionState: version?.state.rawValue,
            versionStamp: version.map(ReportSubmission.stamp) ?? "", figures: figures, texts: texts)
    }
}
