import DanVanCore
import Fluent
import Vapor
import Views

/// Đơn vị — browse the tree, search, add, rename, move, close and reopen units.
enum UnitController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let search: String = req.query["q"] ?? ""
        let includeClosed = (req.query["ca-giai-the"] as String?) == "1"
        var parent: OrgUnit?
        if let parentID: Int = req.query["cap-tren"] {
            guard let found = try await OrgUnit.find(parentID, on: req.db) else { throw AppError.notFound(L10n.Units.donVi) }
            try user.ensureInScope(found)
            parent = found
        }
        let pageParams = PageParams(from: req)
        let scope = UnitQuery.Filter(
            scopePath: parent?.path ?? user.scopePath, search: search,
            parentID: search.isEmpty ? (parent?.id ?? user.unit.id) : nil, includeClosed: includeClosed)
        let page = try await UnitQuery.page(scope, page: pageParams, on: req.db)
        let rows = try await rowModels(page.items, on: req.db)
        let root = parent ?? user.unit
        let breadcrumb = try await UnitQuery.ancestors(of: root, on: req.db).filter(user.canSee) + [root]
        var query = ["q": search, "cap-tren": parent.map { String($0.id!) } ?? "", "ca-giai-the": includeClosed ? "1" : ""]
        var model = UnitIndexPage.Model()
        model.heading = search.isEmpty ? L10n.Units.donViTrucThuocTieuDe + root.name : L10n.Units.ketQuaTim(search)
        model.query = search
        model.includeClosed = includeClosed
        model.parentID = parent.map { String($0.id!) }
        model.breadcrumb = breadcrumb.map { ($0.name, SiteURL.unit(.value($0.id!)).path) }
        model.rows = rows
        model.pagination = pagination(page.metadata, base: SiteURL.units.path, query: &query)
        model.newUnitURL = user.role.canManageUnits ? SiteURL.unitNew.path : nil
        model.importURL = user.role.canManageUsers ? SiteURL.unitImport.path : nil
        model.layout = req.pageLayout()
        return HTMLResponse.make(UnitIndexPage(model: model).render())
    }

    /// Up to ten units in the user's scope matching what was typed, for the unit fields' suggestions.
    @Sendable static func suggestions(req: Request) async throws -> [Suggestion] {
        let user = try req.user
        let typed: String = req.query["q"] ?? ""
        return try await UnitChoice.search(String(typed.prefix(200)), within: user.scopePath, limit: 10, on: req.db)
            .map { Suggestion(label: $0.label, code: $0.code) }
    }

    struct Suggestion: Content {
        let label: String
        let code: String
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let unit = try await findInScope(req)
        let children = try await UnitQuery.page(
            .init(scopePath: unit.path, parentID: unit.id, includeClosed: true),
            page: PageParams(page: 1, per: 50), on: req.db)
        let history = try await UnitChange.query(on: req.db).filter(\.$unit.$id == unit.id!).with(\.$user).sort(\.$id).all()
        let ancestors = try await UnitQuery.ancestors(of: unit, on: req.db)
        let successions = try await UnitSuccessionHistory.rows(of: unit, on: req.db)
        var model = UnitShowPage.Model()
        model.unit = try await rowModels([unit], on: req.db)[0]
        model.activeFrom = unit.activeFrom.flatMap(CivilDate.init(iso:))?.vietnamese ?? "—"
        model.activeUntil = unit.activeUntil.flatMap(CivilDate.init(iso:))?.vietnamese
        model.breadcrumb = ancestors.filter(user.canSee).map { ($0.name, SiteURL.unit(.value($0.id!)).path) }
        model.children = try await rowModels(children.items, on: req.db)
        model.childrenTotal = children.metadata.total
        model.childrenURL = SiteURL.units.path + "?cap-tren=\(unit.id!)&ca-giai-the=1"
        model.subtreeCount = try await UnitQuery.subtreeCount(path: unit.path, on: req.db)
        model.history =
            history.map { change in
                .init(
                    date: CivilDate(iso: change.effectiveOn)?.vietnamese ?? change.effectiveOn, label: change.kind.label,
                    detail: [change.oldValue, change.newValue].compactMap { $0 }.joined(separator: " → "),
                    by: change.user?.fullName ?? L10n.Units.heThong)
            } + successions
        model.canEdit = user.role.canManageUnits && unit.id != user.unit.id
        model.unitID = unit.id!
        model.today = req.clock.today.vietnamese
        model.layout = req.pageLayout()
        return HTMLResponse.make(UnitShowPage(model: model).render())
    }

    struct NewUnitForm: Content {
        var code: String?
        var name: String?
        var kind: String?
        var parent_code: String?
        var active_from: String?
    }

    @Sendable static func new(req: Request) async throws -> Response {
        _ = try req.require(\.canManageUnits)
        let parentCode: String = req.query["cap-tren"] ?? ""
        return newPage(req, form: NewUnitForm(parent_code: parentCode, active_from: req.clock.today.vietnamese), errors: [:], status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(\.canManageUnits)
        let form = try req.content.decode(NewUnitForm.self)
        var errors: [String: String] = [:]
        var parent: OrgUnit?
        do {
            parent = try await UnitChoice.required(form.parent_code ?? "", within: user.scopePath, on: req.db)
        } catch let error as AppError {
            errors["parent_code"] = error.message
        }
        let activeFrom = CivilDate(vietnamese: form.active_from ?? "")
        if activeFrom == nil { errors["active_from"] = L10n.Units.ngayKhongHopLeNhapTheo }
        if (form.code ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors["code"] = L10n.Units.vuiLongNhapMaDonVi }
        if (form.name ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors["name"] = L10n.Units.vuiLongNhapTenDonVi }
        guard errors.isEmpty, let parent, let activeFrom else { return newPage(req, form: form, errors: errors, status: .unprocessableEntity) }
        do {
            let unit = try await UnitService.create(
                .init(
                    code: form.code!, name: form.name!, kind: UnitKind(rawValue: form.kind ?? "") ?? .other, parentID: parent.id,
                    activeFrom: activeFrom),
                actor: req.actor(user), on: req.db)
            req.flash(.success, L10n.Units.daThemDonVi(unit.name))
            return req.redirect(to: SiteURL.unit(.value(unit.id!)).path)
        } catch let error as AppError {
            return newPage(req, form: form, errors: [error.code == "duplicate_code" ? "code" : "name": error.message], status: error.status)
        }
    }

    struct ChangeForm: Content {
        var name: String?
        var parent_code: String?
        var effective: String?
        var confirm: String?
    }

    @Sendable static func rename(req: Request) async throws -> Response {
        try await change(req) { unit, form, date, actor in
            try await UnitService.rename(unit, to: form.name ?? "", effectiveOn: date, actor: actor, on: req.db)
            return L10n.Units.daDoiTenDonViThanh(unit.name)
        }
    }

    @Sendable static func move(req: Request) async throws -> Response {
        try await change(req) { unit, form, date, actor in
            let parent = try await UnitChoice.required(form.parent_code ?? "", within: try req.user.scopePath, on: req.db)
            try await UnitService.move(unit, under: parent.id!, effectiveOn: date, actor: actor, on: req.db)
            return L10n.Units.daChuyenVe(unit.name, parent.name)
        }
    }

    @Sendable static func close(req: Request) async throws -> Response {
        try await change(req) { unit, form, date, actor in
            guard form.confirm == "1" else { throw AppError.invalid(L10n.Units.vuiLongDanhDauOXac, code: "confirmation_required") }
            try await UnitService.close(unit, on: date, actor: actor, on: req.db)
            return L10n.Units.daGiaiTheTuNgay(unit.name, date.vietnamese)
        }
    }

    @Sendable static func reopen(req: Request) async throws -> Response {
        try await change(req) { unit, _, date, actor in
            try await UnitService.reopen(unit, on: date, actor: actor, on: req.db)
            return L10n.Units.daHoatDongTroLai(unit.name)
        }
    }

    /// Runs one change from a unit page; errors come back as a message on the same page, nothing half-saved.
    private static func change(_ req: Request, _ body: (OrgUnit, ChangeForm, CivilDate, Actor) async throws -> String) async throws -> Response {
        let user = try req.require(\.canManageUnits)
        let unit = try await findInScope(req)
        let target = SiteURL.unit(.value(unit.id!)).path
        guard unit.id != user.unit.id else { throw AppError.forbidden }
        let form = try req.content.decode(ChangeForm.self)
        guard let date = CivilDate(vietnamese: form.effective ?? "") else {
            req.flash(.error, L10n.Units.ngayHieuLucKhongHopLe)
            return req.redirect(to: target)
        }
        do {
            req.flash(.success, try await body(unit, form, date, req.actor(user)))
        } catch let error as AppError {
            req.flash(.error, error.message)
        }
        return req.redirect(to: target)
    }

    static func findInScope(_ req: Request) async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(try req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Units.donVi) }
        try req.user.ensureInScope(unit)
        return unit
    }

    private static func newPage(_ req: Request, form: NewUnitForm, errors: [String: String], status: HTTPResponseStatus) -> Response {
        var model = UnitNewPage.Model()
        model.code = form.code ?? ""
        model.name = form.name ?? ""
        model.kind = form.kind ?? UnitKind.office.rawValue
        model.parentCode = form.parent_code ?? ""
        model.activeFrom = form.active_from ?? ""
        model.kinds = UnitKind.allCases.map { ($0.rawValue, $0.label) }
        model.errors = errors
        model.layout = req.pageLayout()
        return HTMLResponse.make(UnitNewPage(model: model).render(), status: status)
    }

    /// Row models with parent names fetched in one query for the whole page.
    static func rowModels(_ units: [OrgUnit], on db: any Database) async throws -> [UnitRow] {
        let parentIDs = Set(units.compactMap { $0.$parent.id })
        let parents = parentIDs.isEmpty ? [] : try await OrgUnit.query(on: db).filter(\.$id ~~ parentIDs).all()
        let names = Dictionary(uniqueKeysWithValues: parents.map { ($0.id!, $0.name) })
        return units.map { unit in
            UnitRow(
                code: unit.code, name: unit.name, kindLabel: unit.kind.label, parentName: unit.$parent.id.flatMap { names[$0] },
                isActive: unit.isActive, url: SiteURL.unit(.value(unit.id!)).path)
        }
    }
}

/// Page links that keep the current filters.
/// Links to the previous and next pages; `parameter` names the page number, so one page can hold several lists.
func pagination(_ metadata: PageMetadata, base: String, query: inout [String: String], parameter: String = "trang") -> PaginationModel {
    func url(_ page: Int) -> String {
        query[parameter] = String(page)
        let items = query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        return base + "?" + items.joined(separator: "&")
    }
    return PaginationModel(
        page: metadata.page, pageCount: metadata.pageCount, total: metadata.total,
        previousURL: metadata.page > 1 ? url(metadata.page - 1) : nil,
        nextURL: metadata.page < metadata.pageCount ? url(metadata.page + 1) : nil)
}
