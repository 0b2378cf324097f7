import DanVanCore
import Fluent
import Vapor
import Views

/// Yêu cầu báo cáo — fill, save, submit, review one unit's report for one period.
enum ReportRequestController {
    struct SaveForm: Content {
        var base: String?
        var hanh_dong: String?
        var so_lieu: [String: String]?
        var noi_dung: [String: String]?
        var tep: File?

        /// Typed narrative by section id.
        var sectionTexts: [Int: String] {
            Dictionary(
                (noi_dung ?? [:]).compactMap { key, value in ReportRequestPage.sectionID(fromKey: key).map { ($0, value) } },
                uniquingKeysWith: { first, _ in first })
        }
    }

    struct ReviewForm: Content {
        var quyet_dinh: String?
        var ly_do: String?
    }

    static let maxAttachment = UploadLimits.document

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let request = try await find(req, user: user)
        return try await page(req, request, user: user)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try req.user
        let request = try await find(req, user: user)
        let form = try req.content.decode(SaveForm.self)
        let (indicators, _) = try await ReportConsolidation.template(of: request.schedule, on: req.db)
        var files: [(name: String, hash: String, size: Int)] = []
        if let file = form.tep, file.data.readableBytes > 0 {
            guard file.data.readableBytes <= maxAttachment else {
                return try await page(
                    req, request, user: user, typed: form, formError: L10n.Reports.tepDinhKemVuotQuaSo(UploadLimits.label(maxAttachment)),
                    status: .payloadTooLarge)
            }
            files.append(
                (PlanImportController.sanitized(file.filename), try req.application.fileStore.store(Data(buffer: file.data)), file.data.readableBytes)
            )
        }
        let input = ReportSubmission.Input(
            figures: form.so_lieu ?? [:],
            texts: form.sectionTexts,
            files: files, base: form.base ?? "")
        let submit = form.hanh_dong == "nop"
        do {
            _ = try await ReportSubmission.save(request, input, submit: submit, indicators: indicators, by: user, at: req.clock.now, on: req.db)
        } catch let invalid as ReportSubmission.Invalid {
            return try await page(
                req, request, user: user, typed: form, problems: invalid.problems,
                formError: L10n.Reports.coSoLieuChuaDungBao(invalid.problems.count),
                status: .unprocessableEntity)
        } catch let error as AppError where error.status == .conflict {
            return try await page(req, request, user: user, typed: form, formError: error.message, status: .conflict)
        }
        req.flash(.success, submit ? (request.late == true ? L10n.Reports.daNopBaoCaoTreHan : L10n.Reports.daNopBaoCao) : L10n.Reports.daLuuBanNhap)
        return req.redirect(to: SiteURL.reportRequest(.value(request.id!)).path)
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let user = try req.user
        let request = try await find(req, user: user)
        let form = try req.content.decode(ReviewForm.self)
        let target = SiteURL.reportRequest(.value(request.id!)).path
        do {
            switch form.quyet_dinh {
            case "chap_nhan":
                try await ReportSubmission.accept(request, by: user, at: req.clock.now, on: req.db)
                req.flash(.success, L10n.Reports.daChapNhanBaoCao)
            case "tra_lai":
                try await ReportSubmission.returnForCorrection(request, reason: form.ly_do ?? "", by: user, at: req.clock.now, on: req.db)
                req.flash(.success, L10n.Reports.daTraLaiBaoCaoCho)
            default:
                throw AppError.invalid(L10n.Reports.hayChonChapNhanHoacTra)
            }
        } catch let error as AppError where error.status != .forbidden {
            req.flash(.error, error.message)
        }
        return req.redirect(to: target)
    }

    @Sendable static func attachment(req: Request) async throws -> Response {
        let user = try req.user
        guard let file = try await ReportAttachment.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$version).first() else {
            throw AppError.notFound(L10n.Reports.tepDinhKem)
        }
        _ = try await find(file.version.$request.id, req: req, user: user)
        return Download.response(try req.application.fileStore.read(file.hash), name: file.name)
    }

    /// A request the user may open: their subtree's own, or one their subtree receives.
    static func find(_ req: Request, user: User) async throws -> ReportRequest {
        try await find(try req.idParameter(), req: req, user: user)
    }

    static func find(_ id: Int, req: Request, user: User) async throws -> ReportRequest {
        guard
            let request = try await ReportRequest.query(on: req.db).filter(\.$id == id)
                .with(\.$unit).with(\.$receiver).with(\.$schedule) { $0.with(\.$plan) }.first()
        else { throw AppError.notFound(L10n.Reports.yeuCauBaoCao) }
        guard user.canSee(request.unit) || user.canSee(request.receiver) else { throw AppError.outsideScope }
        return request
    }

    private static func page(
        _ req: Request, _ request: ReportRequest, user: User, typed: SaveForm? = nil, problems: [String: String] = [:],
        formError: String? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let db = req.db
        let (indicators, sections) = try await ReportConsolidation.template(of: request.schedule, on: db)
        let versions = try await ReportVersion.query(on: db).filter(\.$request.$id == request.id!).with(\.$author).with(\.$reviewer)
            .sort(\.$number, .descending).all()
        // Figures and texts of the two versions the page shows: the newest and the one it is compared with.
        let versionIDs = versions.prefix(2).compactMap(\.id)
        let values = versionIDs.isEmpty ? [] : try await ReportValue.query(on: db).filter(\.$version.$id ~~ versionIDs).all()
        let texts = versionIDs.isEmpty ? [] : try await ReportText.query(on: db).filter(\.$version.$id ~~ versionIDs).all()
        let files = versions.first.map { [$0.id!] } ?? []
        let attachments = files.isEmpty ? [] : try await ReportAttachment.query(on: db).filter(\.$version.$id ~~ files).all()
        let codeOf = Dictionary(indicators.map { ($0.id!, $0.code) }, uniquingKeysWith: { first, _ in first })
        func figures(of version: ReportVersion?) -> [String: Double] {
            guard let id = version?.id else { return [:] }
            return Dictionary(
                values.filter { $0.$version.id == id }.compactMap { value in codeOf[value.$indicator.id].map { ($0, value.value) } },
                uniquingKeysWith: { first, _ in first })
        }
        func narrative(of version: ReportVersion?) -> [Int: String] {
            guard let id = version?.id else { return [:] }
            return Dictionary(texts.filter { $0.$version.id == id }.map { ($0.$section.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        }
        let latest = versions.first
        let shown = figures(of: latest)
        let shownTexts = narrative(of: latest)
        let canEdit = ReportSubmission.canFill(user, request) && [.pending, .draft, .returned].contains(request.status)
        let today = req.clock.today.iso
        // A first draft starts from the "Dân vận khéo" registry's counts (issue 16); the unit may change them.
        var registry: [String: Double] = [:]
        if latest == nil, canEdit {
            registry = try await ExemplarReportFigures.figures(unitPath: request.unit.path, from: request.cutoffStart, to: request.cutoffEnd, on: db)
            registry.merge(
                try await DemocracyFiguresQuery.reportValues(
                    unitPath: request.unit.path, from: request.cutoffStart, to: request.cutoffEnd,
                    today: req.clock.today, on: db)
            ) { first, _ in first }
        }

        let figureRows = indicators.map { indicator -> ReportRequestPage.Figure in
            let definition = indicator.definition
            let value: String
            if !definition.isEntered {
                value =
                    ReportFigures.ratio(shown[definition.numerator ?? ""] ?? 0, shown[definition.denominator ?? ""] ?? 0)
                    .map { ReportFigures.format($0) + "%" } ?? ""
            } else if let typed {
                value = typed.so_lieu?[indicator.code] ?? ""
            } else {
                value = (shown[indicator.code] ?? registry[indicator.code]).map { canEdit ? ReportFigures.typed($0) : ReportFigures.format($0) } ?? ""
            }
            return .init(
                code: indicator.code, name: indicator.name, unitOfMeasure: indicator.unitOfMeasure, value: value,
                error: problems[indicator.code], isEntered: definition.isEntered)
        }
        let sectionRows = sections.map { section in
            ReportRequestPage.Section(
                id: section.id!, title: section.title, guidance: section.guidance,
                text: typed?.sectionTexts[section.id!] ?? shownTexts[section.id!] ?? "")
        }

        // Changes: the newest version against the one before it.
        let previous = versions.dropFirst().first
        var changes: [ReportRequestPage.Change] = []
        if let latest, let previous {
            let (after, before) = (figures(of: latest), figures(of: previous))
            for indicator in indicators where before[indicator.code] != after[indicator.code] {
                changes.append(
                    .init(
                        what: indicator.name, before: before[indicator.code].map(ReportFigures.format) ?? "—",
                        after: after[indicator.code].map(ReportFigures.format) ?? "—"))
            }
            let (textAfter, textBefore) = (narrative(of: latest), narrative(of: previous))
            for section in sections where textBefore[section.id!] != textAfter[section.id!] {
                changes.append(.init(what: section.title, before: textBefore[section.id!] ?? "—", after: textAfter[section.id!] ?? "—"))
            }
        }

        var facts: [(String, String)] = [
            (L10n.Reports.donViBaoCao, request.unit.name),
            (L10n.Reports.kyBaoCao, request.periodLabel),
            (L10n.Reports.soLieuTinhTu, L10n.Reports.tuNgayDenNgay(date(request.cutoffStart), date(request.cutoffEnd))),
            (L10n.Reports.hanNop, date(request.dueOn) + (request.isOverdue(today: req.clock.today) ? L10n.Reports.daQuaHan : "")),
            (L10n.Reports.noiNhan, request.receiver.name),
            (L10n.Reports.tinhTrang, request.status.label)
        ]
        if let submitted = request.submittedOn {
            facts.append(
                (L10n.Reports.ngayNopLanDau, date(submitted) + (request.late == true ? L10n.Reports.treHanSauNgay : L10n.Reports.dungHanSauNgay)))
        }
        if let note = request.note { facts.append((L10n.Reports.ghiChuVeHan, note)) }
        let regimeTitle = RegimeController.title(request.schedule)
        var model = ReportRequestPage.Model()
        model.title = L10n.Reports.baoCaoKyDonVi(request.periodLabel, request.unit.name)
        model.regimeTitle = regimeTitle
        model.regimeURL = SiteURL.reportRegime(.value(request.$schedule.id)).path
        model.facts = facts
        model.returnReason = request.status == .returned ? versions.first { $0.state == .returned }?.reviewNote : nil
        model.formError = formError
        model.canEdit = canEdit
        model.action = SiteURL.reportRequest(.value(request.id!)).path
        model.base = latest.map(ReportSubmission.stamp) ?? ""
        model.figures = figureRows
        model.sections = sectionRows
        model.attachments = attachments.map { ($0.name, SiteURL.reportAttachment(.value($0.id!)).path) }
        model.canReview = ReportSubmission.canReview(user, request) && request.status == .submitted
        model.reviewAction = SiteURL.reportRequestReview(.value(request.id!)).path
        model.versions = versions.map { version in
            [
                .text("\(version.number)"), .text(version.state.label + (version.consolidated ? L10n.Reports.tongHopTrongNgoac : "")),
                .text(version.author?.fullName ?? "—"), .text(version.submittedAt.map(VietnamTime.format) ?? "—"),
                .text(version.reviewer?.fullName ?? "—"), .text(version.reviewNote ?? "")
            ]
        }
        model.changesTitle = previous.map { L10n.Reports.thayDoiSoVoiLan($0.number) } ?? L10n.Reports.thayDoiSoVoiLanNop
        model.changes = changes
        model.layout = req.pageLayout()
        return HTMLResponse.make(ReportRequestPage(model: model).render(), status: status)
    }

    static func date(_ iso: String) -> String { CivilDate(iso: iso)?.vietnamese ?? iso }
}
