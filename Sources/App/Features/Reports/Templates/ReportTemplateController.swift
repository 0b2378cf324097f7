import DanVanCore
import Fluent
import Vapor
import Views

/// Mẫu báo cáo — templates with their indicators and sections. Indicators and sections are added, never removed:
/// accepted reports refer to them.
enum ReportTemplateController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let templates = try await ReportTemplate.query(on: req.db).with(\.$indicators).with(\.$sections).sort(\.$id).all()
        let nationalID = templates.first?.id
        let pages = templates.map { template in
            let indicators = template.indicators.sorted { $0.position < $1.position }
            let names = Dictionary(indicators.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            return ReportTemplatesPage.Template(
                name: template.name,
                indicators: indicators.map { indicator -> [TableCell] in
                    let definition = indicator.definition
                    var check = definition.isEntered ? L10n.Reports.soKhongAm : ""
                    if let limit = definition.notAbove { check += L10n.Reports.khongLonHon(names[limit] ?? limit) }
                    if let target = definition.target { check = L10n.Reports.chiTieuToiThieu(ReportFigures.format(target)) }
                    let how =
                        definition.aggregation == .ratio
                        ? "\(names[definition.numerator ?? ""] ?? "?") ÷ \(names[definition.denominator ?? ""] ?? "?") × 100"
                        : definition.aggregation.label
                    return [.text(indicator.code), .text(indicator.name), .text(indicator.unitOfMeasure), .text(how), .text(check)]
                },
                sections: template.sections.sorted { $0.position < $1.position }.map {
                    [.number(String($0.position)), .text($0.title), .text($0.guidance)]
                },
                id: template.id!,
                codes: indicators.filter { $0.definition.isEntered }.map { ($0.code, $0.name) },
                canChange: template.id != nationalID || canKeepNationalDefault(user))
        }
        var model = ReportTemplatesPage.Model()
        model.templates = pages
        model.aggregations = IndicatorAggregation.allCases.filter { $0 != .ratio }.map { ($0.rawValue, $0.label) }
        model.canEdit = canEdit(user)
        model.layout = req.pageLayout()
        return HTMLResponse.make(ReportTemplatesPage(model: model).render())
    }

    @Sendable static func addIndicator(req: Request) async throws -> Response {
        let (user, template) = try await editable(req, changing: true)
        let code = req.formText("ma")
        let name = req.formText("ten")
        let unit = req.formText("don_vi_tinh")
        let aggregation = IndicatorAggregation(rawValue: req.formText("tong_hop")) ?? .sum
        let limit = req.formText("khong_qua")
        let existing = try await ReportIndicator.query(on: req.db).filter(\.$template.$id == template.id!).all()
        var problems: [String] = []
        if code.range(of: #"^[a-z][a-z0-9_]{1,39}$"#, options: .regularExpression) == nil {
            problems.append(L10n.Reports.maChiGomChuThuongKhong)
        }
        if existing.contains(where: { $0.code == code }) { problems.append(L10n.Reports.maDaCoTrongMau(code)) }
        if name.isEmpty || unit.isEmpty { problems.append(L10n.Reports.hayNhapTenChiTieuVa) }
        if let problem = Limits.problem(name, max: Limits.name, field: L10n.Reports.tenChiTieu)
            ?? Limits.problem(unit, max: Limits.unit, field: L10n.Reports.donViTinh)
        {
            problems.append(problem)
        }
        if aggregation == .ratio { problems.append(L10n.Reports.chiTieuTyLeChuaThem) }
        if !limit.isEmpty && !existing.contains(where: { $0.code == limit }) { problems.append(L10n.Reports.chiTieuSoSanhKhongCo) }
        guard problems.isEmpty else {
            req.flash(.error, problems.joined(separator: " "))
            return req.redirect(to: SiteURL.reportTemplates.path)
        }
        let indicator = ReportIndicator(
            templateID: template.id!, position: (existing.map(\.position).max() ?? 0) + 1,
            definition: IndicatorDefinition(
                code: code, name: name, unitOfMeasure: unit, aggregation: aggregation,
                notAbove: limit.isEmpty ? nil : limit))
        try await req.db.transaction { db in
            try await indicator.create(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "report_template", id: "\(template.id!)", action: "add_indicator",
                before: String?.none, after: ["code": code, "name": name, "unit": unit, "aggregation": aggregation.rawValue])
        }
        req.flash(.success, L10n.Reports.daThemChiTieuVaoMau(name, template.name))
        return req.redirect(to: SiteURL.reportTemplates.path)
    }

    @Sendable static func addSection(req: Request) async throws -> Response {
        let (user, template) = try await editable(req, changing: true)
        let title = req.formText("tieu_de")
        let guidance = req.formText("huong_dan")
        guard !title.isEmpty else {
            req.flash(.error, L10n.Reports.hayNhapTieuDePhanNoi)
            return req.redirect(to: SiteURL.reportTemplates.path)
        }
        if let problem = Limits.problem(title, max: Limits.title, field: L10n.Reports.tieuDePhan)
            ?? Limits.problem(guidance, max: Limits.guidance, field: L10n.Reports.huongDan)
        {
            req.flash(.error, problem)
            return req.redirect(to: SiteURL.reportTemplates.path)
        }
        let last = try await ReportSection.query(on: req.db).filter(\.$template.$id == template.id!).max(\.$position) ?? 0
        let section = ReportSection(templateID: template.id!, position: last + 1, title: title, guidance: guidance)
        try await req.db.transaction { db in
            try await section.create(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "report_template", id: "\(template.id!)", action: "add_section",
                before: String?.none, after: ["title": title])
        }
        req.flash(.success, L10n.Reports.daThemPhan(title))
        return req.redirect(to: SiteURL.reportTemplates.path)
    }

    @Sendable static func copy(req: Request) async throws -> Response {
        let (user, template) = try await editable(req, changing: false)
        let name = req.formText("ten")
        guard !name.isEmpty else {
            req.flash(.error, L10n.Reports.hayDatTenChoMauMoi)
            return req.redirect(to: SiteURL.reportTemplates.path)
        }
        if let problem = Limits.problem(name, max: Limits.name, field: L10n.Reports.tenMau) {
            req.flash(.error, problem)
            return req.redirect(to: SiteURL.reportTemplates.path)
        }
        let indicators = try await ReportIndicator.query(on: req.db).filter(\.$template.$id == template.id!).all()
        let sections = try await ReportSection.query(on: req.db).filter(\.$template.$id == template.id!).all()
        try await req.db.transaction { db in
            let copy = ReportTemplate(name: name)
            try await copy.create(on: db)
            try await indicators.map { ReportIndicator(templateID: copy.id!, position: $0.position, definition: $0.definition) }.create(on: db)
            try await sections.map { ReportSection(templateID: copy.id!, position: $0.position, title: $0.title, guidance: $0.guidance) }.create(
                on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "report_template", id: "\(copy.id!)", action: "copy",
                before: String?.none, after: ["from": String(template.id!), "name": name])
        }
        req.flash(.success, L10n.Reports.daTaoMauChonMauNay(name))
        return req.redirect(to: SiteURL.reportTemplates.path)
    }

    /// The template to work on. Copying reads it; `changing` it adds to it, and the national default (the first template,
    /// the one new regimes get) is changed only by those who keep the national calendar of days off.
    private static func editable(_ req: Request, changing: Bool) async throws -> (User, ReportTemplate) {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        guard let template = try await ReportTemplate.find(try req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Reports.mauBaoCao) }
        if changing, try await ReportTemplate.query(on: req.db).sort(\.$id).first()?.id == template.id, !canKeepNationalDefault(user) {
            throw AppError(
                .forbidden, code: "national_template",
                message: L10n.Reports.mauMacDinhDungChungToan)
        }
        return (user, template)
    }

    static func canEdit(_ user: User) -> Bool { user.role == .coordinator || user.role == .admin }

    /// The same people who keep the national rules of the report calendar (days off).
    static func canKeepNationalDefault(_ user: User) -> Bool { HolidayController.canEdit(user) }

    /// Longest text a template field takes, so one form cannot fill the database or break every report built from it.
    enum Limits {
        static let name = 200, unit = 50, title = 300, guidance = 2_000

        static func problem(_ text: String, max: Int, field: String) -> String? {
            text.count > max ? L10n.Reports.daiToiDaKyTuDang(field, max, text.count) : nil
        }
    }
}
