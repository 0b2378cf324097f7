import DanVanCore
import Fluent
import Vapor
import Views

/// Mẫu báo cáo — read-only list of templates with their indicators and sections.
enum ReportTemplateController {
    @Sendable static func index(req: Request) async throws -> Response {
        _ = try req.user
        let templates = try await ReportTemplate.query(on: req.db).with(\.$indicators).with(\.$sections).sort(\.$id).all()
        let pages = templates.map { template in
            let names = Dictionary(template.indicators.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
            return ReportTemplatesPage.Template(
                name: template.name,
                indicators: template.indicators.sorted { $0.position < $1.position }.map { indicator -> [TableCell] in
                    let definition = indicator.definition
                    var check = definition.isEntered ? "Số không âm" : ""
                    if let limit = definition.notAbove { check += "; không lớn hơn \"\(names[limit] ?? limit)\"" }
                    if let target = definition.target { check = "Chỉ tiêu ≥ \(ReportFigures.format(target))%" }
                    let how = definition.aggregation == .ratio
                        ? "\(names[definition.numerator ?? ""] ?? "?") ÷ \(names[definition.denominator ?? ""] ?? "?") × 100"
                        : definition.aggregation.label
                    return [.text(indicator.code), .text(indicator.name), .text(indicator.unitOfMeasure), .text(how), .text(check)]
                },
                sections: template.sections.sorted { $0.position < $1.position }.map { [.number(String($0.position)), .text($0.title), .text($0.guidance)] })
        }
        return HTMLResponse.make(ReportTemplatesPage(templates: pages, layout: req.layoutModel).render())
    }
}
