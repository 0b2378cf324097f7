import DanVanCore
import Fluent
import Vapor
import Views

/// Văn bản căn cứ — "which plans implement Chỉ thị 33/CT-TTg?"
enum LegalDocumentController {
    @Sendable static func index(req: Request) async throws -> Response {
        _ = try req.user
        let search: String = req.query["q"] ?? ""
        let query = LegalDocument.query(on: req.db)
        let key = VietnameseText.searchKey(search)
        if !key.isEmpty { query.filter(\.$searchKey, .custom("LIKE"), "%" + UnitQuery.escapeLike(key) + "%") }
        let page = try await query.sort(\.$issuedOn, .descending).sort(\.$id).paginate(PageParams(from: req).fluent)
        let ids = page.items.compactMap(\.id)
        let citations = ids.isEmpty ? [] : try await PlanCitation.query(on: req.db).filter(\.$legalDocument.$id ~~ ids).all()
        let counts = Dictionary(grouping: citations, by: { $0.$legalDocument.id }).mapValues(\.count)
        var params = ["q": search]
        var model = LegalDocumentIndexPage.Model()
        model.query = search
        model.rows = page.items.map { ($0.citation, String(counts[$0.id!] ?? 0), SiteURL.legalDocument(.value($0.id!)).path) }
        model.pagination = pagination(page.metadata, base: SiteURL.legalDocuments.path, query: &params)
        model.layout = req.pageLayout()
        return HTMLResponse.make(LegalDocumentIndexPage(model: model).render())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        guard let document = try await LegalDocument.find(try req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Plans.vanBan) }
        let plans = try await PlanAccess.visiblePlans(for: user, on: req.db)
            .join(PlanCitation.self, on: \Plan.$id == \PlanCitation.$plan.$id)
            .filter(PlanCitation.self, \.$legalDocument.$id == document.id!)
            .with(\.$unit).sort(\.$issuedOn).range(..<500).all()
        var model = LegalDocumentShowPage.Model()
        model.citation = document.citation
        model.plans = plans.map { ($0.displayName, $0.unit.name, SiteURL.plan(.value($0.id!)).path) }
        model.layout = req.pageLayout()
        return HTMLResponse.make(LegalDocumentShowPage(model: model).render())
    }
}
