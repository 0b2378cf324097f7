import DanVanCore
import Fluent
import Vapor
import Views

/// Trang công khai — recognised models for everyone, without an account: searchable, each with its own link; the name
/// of a person only with that person's recorded consent.
enum PublicExemplarController {
    @Sendable static func index(req: Request) async throws -> Response {
        var filter = ExemplarQuery.Filter()
        filter.text = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        filter.recognisedOnly = true
        let page = try await ExemplarQuery.page(filter, page: PageParams(from: req, defaultPer: 20), on: req.db)
        let totals = try await ExemplarController.totals(page.items.map { $0.id! }, on: req.db)
        var model = PublicExemplarIndexPage.Model()
        model.rows = page.items.map { e in
            let results = ExemplarController.describe(totals[e.id!])
            return (
                e.name, SiteURL.publicExemplar(.value(e.id!)).path, e.$unit.value?.name ?? "", e.field.label,
                L10n.Exemplars.congNhanCap + (e.level?.label.lowercased() ?? ""),
                VietnameseText.excerpt(e.methods, maxCharacters: 240) + (results.isEmpty ? "" : L10n.Exemplars.ketQuaLabel + results + ".")
            )
        }
        var query = ["q": filter.text]
        model.pagination = pagination(page.metadata, base: SiteURL.publicExemplars.path, query: &query)
        model.text = filter.text
        model.action = SiteURL.publicExemplars.path
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: nil, on: req)
        model.layout = req.pageLayout()
        return HTMLResponse.make(PublicExemplarIndexPage(model: model).render())
    }

    static func recognised(_ req: Request, id: Int) async throws -> Exemplar {
        guard let exemplar = try await Exemplar.query(on: req.db).filter(\.$id == id).with(\.$unit).first(), exemplar.status.isRecognised else {
            throw AppError.notFound(L10n.Exemplars.moHinh)
        }
        return exemplar
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let exemplar = try await recognised(req, id: try req.idParameter())
        let id = exemplar.id!
        var model = PublicExemplarShowPage.Model()
        model.name = exemplar.name
        var facts: [(String, String)] = [
            (L10n.Exemplars.donVi, try await UnitChoice.label(of: exemplar.unit, on: req.db)), (L10n.Exemplars.loai, exemplar.kind.label),
            (L10n.Exemplars.linhVuc, exemplar.field.label), (L10n.Exemplars.capCongNhan, exemplar.level?.label ?? "")
        ]
        if !exemplar.personName.isEmpty, exemplar.personConsent { facts.append((L10n.Exemplars.nguoiDuocNeuGuong, exemplar.personName)) }
        model.facts = facts
        model.sections = [
            (L10n.Exemplars.cachLam, exemplar.methods), (L10n.Exemplars.mucTieu, exemplar.goals),
            (L10n.Exemplars.sanPhamKetQuaDauRa, exemplar.outputs)
        ].filter { !$0.1.isEmpty }
        model.results = ExemplarController.describe(try await ExemplarController.totals([id], on: req.db)[id])
        let photos = try await ExemplarFile.query(on: req.db).filter(\.$exemplar.$id == id).filter(\.$contentType ~~ ["image/jpeg", "image/png"])
            .sort(\.$id).limit(24).all()
        model.photos = photos.map { (L10n.Exemplars.anhMoHinh + exemplar.name, SiteURL.publicExemplarFile(.value($0.id!)).path) }
        model.spreadCount = try await Exemplar.query(on: req.db).filter(\.$replicates.$id == id).count()
        model.listURL = SiteURL.publicExemplars.path
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: exemplar.$unit.id, on: req)
        model.layout = req.pageLayout()
        return HTMLResponse.make(PublicExemplarShowPage(model: model).render())
    }

    /// A photo of a recognised model; documents stay inside.
    @Sendable static func file(req: Request) async throws -> Response {
        guard let file = try await ExemplarFile.find(try req.idParameter(), on: req.db), file.contentType.hasPrefix("image/") else {
            throw AppError.notFound(L10n.Exemplars.anh)
        }
        _ = try await recognised(req, id: file.$exemplar.id)
        return try ExemplarController.serve(file, req: req)
    }
}
