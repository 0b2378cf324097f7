import DanVanCore
import Fluent
import Vapor
import Views

/// Danh mục thông tin phải công khai — the list is data: the law's 14 items of Điều 11 (and the quarterly list of Điều 13)
/// for every commune, and what a province adds for its subtree, for communes ("xa") and for agencies ("co_quan", Chương III).
/// A province's administrator or coordinator adds, edits and retires its own categories; a category with published items is
/// never deleted. Every change is audited.
enum DisclosureCategoryController {

    /// A province-level administrator or coordinator may add categories for its subtree; the law's list is edited only at
    /// the root of the installation.
    static func canAdd(_ user: User) -> Bool { DemocracyController.canEditSettings(user) }

    static func canEdit(_ user: User, _ record: DisclosureCategoryRecord) -> Bool {
        guard canAdd(user) else { return false }
        if let owner = record.ownerUnitID { return owner == user.unit.id }
        return user.unit.$parent.id == nil
    }

    /// Every category that applies somewhere under `path`, retired ones included (for the list and for reading old items).
    static func records(under path: String, on db: any Database) async throws -> [DisclosureCategoryRecord] {
        let owners = DisclosureCategoryRules.owners(underPath: path)
        return try await DisclosureCategoryRecord.query(on: db).group(.or) { group in
            group.filter(\.$ownerUnitID == nil)
            if !owners.isEmpty { group.filter(\.$ownerUnitID ~~ owners.map { Optional($0) }) }
        }.sort(\.$scope, .descending).sort(\.$sortOrder).sort(\.$id).all()
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let user = try req.user
        return try await listPage(req, user: user, draft: .init(), errors: [:], status: .ok)
    }

    static func listPage(_ req: Request, user: User, draft: DisclosureCategoryRules.Draft, errors: [String: String], status: HTTPResponseStatus)
        async throws -> Response
    {
        let records = try await records(under: user.scopePath, on: req.db)
        let owners = try await PetitionController.names(ofUnits: Array(Set(records.compactMap(\.ownerUnitID))), on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.danhMucThongTinPhaiCong
        model.lead = L10n.Democracy.danhMucLaDuLieuMoi
        model.links = [(L10n.Democracy.danChuOCoSo, SiteURL.democracy.path), (L10n.Democracy.thamSoTheoLuat, SiteURL.democracySettings.path)]
        model.tables = DisclosureCategoryRules.scopes.map { scope in
            var table = DemocracyTable(
                title: scope.label,
                headers: [
                    L10n.Democracy.ma, L10n.Democracy.loaiThongTin, L10n.Democracy.canCu, L10n.Democracy.niemYetToiThieu, L10n.Democracy.tanSuat,
                    L10n.Democracy.quyDinhBoi, L10n.Democracy.tinhTrang
                ],
                empty: scope.code == "xa" ? L10n.Democracy.chuaCoLoaiThongTinNaoCuaXa : L10n.Democracy.chuaCoLoaiThongTinNao)
            table.rows = records.filter { $0.scope == scope.code }.map { record in
                [
                    DemocracyCell(record.code, url: SiteURL.democracyCategory(.value(record.id!)).path), DemocracyCell(record.title),
                    DemocracyCell(record.article),
                    DemocracyCell(record.minimumPostingDays.map { L10n.Democracy.soNgayNiemYet($0) } ?? L10n.Democracy.thuongXuyen),
                    DemocracyCell((DisclosureFrequency(rawValue: record.frequency) ?? .onEvent).label),
                    DemocracyCell(record.ownerUnitID.flatMap { owners[$0] } ?? L10n.Democracy.luat),
                    DemocracyCell(record.active ? L10n.Democracy.dangDung : L10n.Democracy.daNgungSuDung, css: record.active ? nil : "badge")
                ]
            }
            return table
        }
        if canAdd(user) {
            var form = DemocracyForm(
                heading: L10n.Democracy.themLoaiThongTinCho + user.unit.name, action: SiteURL.democracyCategories.path,
                controls: controls(isNew: true),
                submit: L10n.Democracy.themVaoDanhMuc)
            form.values = values(draft)
            form.errors = errors
            model.forms = [form]
        }
        return DemocracyController.render(req, model, status: status)
    }

    static func controls(isNew: Bool) -> [DemocracyForm.Control] {
        var controls: [DemocracyForm.Control] = [
            .select(
                label: L10n.Democracy.danhMuc, name: "scope", options: DisclosureCategoryRules.scopes.map { ($0.code, $0.label) }, required: true),
            .text(label: L10n.Democracy.tenLoaiThongTin, name: "title", hint: nil, required: true),
            .text(label: L10n.Democracy.canCuDieuKhoanVanBan, name: "article", hint: L10n.Democracy.viDuQuyetDinh122026, required: true),
            .number(label: L10n.Democracy.thoiGianNiemYetToiThieu, name: "minimum_posting_days", required: false),
            .note(L10n.Democracy.deTrongNeuNiemYetThuongXuyenCapNhat),
            .select(
                label: L10n.Democracy.tanSuatCongKhai, name: "frequency", options: DisclosureFrequency.allCases.map { ($0.rawValue, $0.label) },
                required: true),
            .checkboxes(legend: L10n.Democracy.phatTrenHeThongTruyenThanh, name: "loudspeaker", options: [("1", L10n.Democracy.coItNhat3NgayLien)]),
            .number(label: L10n.Democracy.thuTuTrongDanhMuc, name: "sort_order", required: false)
        ]
        if isNew { controls.insert(.text(label: L10n.Democracy.ma, name: "code", hint: L10n.Democracy.n220ChuCaiKhongDau, required: true), at: 1) }
        return controls
    }

    static func values(_ draft: DisclosureCategoryRules.Draft) -> [String: String] {
        [
            "code": draft.code, "title": draft.title, "article": draft.article, "minimum_posting_days": draft.minimumPostingDays,
            "frequency": draft.frequency, "scope": draft.scope, "sort_order": draft.sortOrder
        ]
    }

    struct CategoryForm: Content {
        var code: String?
        var title: String?
        var article: String?
        var minimum_posting_days: String?
        var frequency: String?
        var loudspeaker: [String]?
        var scope: String?
        var sort_order: String?

        var draft: DisclosureCategoryRules.Draft {
            .init(
                code: code ?? "", title: DemocracyService.clean(title ?? ""), article: DemocracyService.clean(article ?? ""),
                minimumPostingDays: minimum_posting_days ?? "", frequency: frequency ?? "", loudspeaker: loudspeaker?.contains("1") ?? false,
                scope: scope ?? "", sortOrder: sort_order ?? "")
        }
    }

    struct Snapshot: Codable {
        let code: String, title: String, article: String, minimumPostingDays: Int?, frequency: String, scope: String, active: Bool
        init(_ record: DisclosureCategoryRecord) {
            code = record.code
            title = record.title
            article = record.article
            minimumPostingDays = record.minimumPostingDays
            frequency = record.frequency
            scope = record.scope
            active = record.active
        }
    }

    static func apply(_ category: DisclosureCategory, to record: DisclosureCategoryRecord) {
        record.title = category.title
        record.article = category.article
        record.minimumPostingDays = category.minimumPostingDays
        record.frequency = category.frequency.rawValue
        record.loudspeaker = category.loudspeaker
        record.scope = category.scope
        record.sortOrder = category.sortOrder
    }

    /// Adds a category owned by the user's province; from the page and the API.
    static func create(_ draft: DisclosureCategoryRules.Draft, user: User, actor: Actor, on database: any Database) async throws
        -> DisclosureCategoryRecord
    {
        guard canAdd(user) else { throw AppError.forbidden }
        let taken = Set(try await DisclosureCategoryRecord.query(on: database).all().map(\.code))
        let (problems, category) = DisclosureCategoryRules.check(draft, takenCodes: taken, isNew: true)
        guard let category else { throw DemocracyService.fail(problems) }
        let record = DisclosureCategoryRecord(category)
        record.ownerUnitID = user.unit.id
        try await database.transaction { db in
            try await record.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "disclosure_category", id: "\(record.id!)", action: "create",
                before: Snapshot?.none, after: Snapshot(record))
        }
        return record
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.user
        guard canAdd(user) else { throw AppError.forbidden }
        let form = try req.content.decode(CategoryForm.self)
        do {
            _ = try await create(form.draft, user: user, actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await listPage(req, user: user, draft: form.draft, errors: [field(error.code): error.message], status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Democracy.daThemLoaiThongTinVao)
        return req.redirect(to: SiteURL.democracyCategories.path)
    }

    static func field(_ code: String) -> String {
        [
            "invalid_code": "code", "category_code_taken": "code", "missing_title": "title", "missing_article": "article",
            "invalid_days": "minimum_posting_days",
            "invalid_frequency": "frequency", "invalid_scope": "scope", "invalid_order": "sort_order"
        ][code] ?? "title"
    }

    static func find(_ req: Request, user: User) async throws -> DisclosureCategoryRecord {
        guard let record = try await DisclosureCategoryRecord.find(req.idParameter(), on: req.db) else {
            throw AppError.notFound(L10n.Democracy.loaiThongTin)
        }
        if let owner = record.ownerUnitID, !DisclosureCategoryRules.owners(underPath: user.scopePath).contains(owner) {
            // Another province's category: not part of this user's list.
            guard let unit = try await OrgUnit.find(owner, on: req.db) else { throw AppError.notFound(L10n.Democracy.loaiThongTin) }
            try user.ensureInScope(unit)
        }
        return record
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        return try await editPage(req, user: user, record: try await find(req, user: user), values: nil, errors: [:], status: .ok)
    }

    static func editPage(
        _ req: Request, user: User, record: DisclosureCategoryRecord, values: [String: String]?, errors: [String: String],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let used = try await DisclosureItem.query(on: req.db).filter(\.$categoryCode == record.code).count()
        var model = DemocracyPage.Model()
        model.title = record.title
        model.links = [(L10n.Democracy.danhMucThongTinPhaiCong, SiteURL.democracyCategories.path)]
        model.facts = [
            (L10n.Democracy.ma, record.code), (L10n.Democracy.danhMuc, DisclosureCategoryRules.scopeLabel(record.scope)),
            (L10n.Democracy.canCu, record.article),
            (L10n.Democracy.tinhTrang, record.active ? L10n.Democracy.dangDung : L10n.Democracy.daNgungSuDung),
            (L10n.Democracy.soThongTinDaCongKhai, String(used))
        ]
        if let notice = errors["_"] {
            model.notice = notice
            model.noticeStyle = "flash-error"
        }
        if canEdit(user, record) {
            var form = DemocracyForm(
                heading: L10n.Democracy.suaLoaiThongTin, action: SiteURL.democracyCategory(.value(record.id!)).path, controls: controls(isNew: false),
                submit: L10n.Democracy.luu)
            form.values =
                values ?? [
                    "title": record.title, "article": record.article, "minimum_posting_days": record.minimumPostingDays.map(String.init) ?? "",
                    "frequency": record.frequency, "scope": record.scope, "sort_order": String(record.sortOrder)
                ]
            if values == nil && record.loudspeaker { form.checked["loudspeaker"] = ["1"] }
            form.errors = errors.filter { $0.key != "_" }
            model.forms = [form]
            model.forms.append(
                DemocracyForm(
                    heading: record.active ? L10n.Democracy.ngungSuDung : L10n.Democracy.dungLai,
                    action: SiteURL.democracyCategoryToggle(.value(record.id!)).path,
                    controls: [
                        .note(
                            record.active
                                ? L10n.Democracy.loaiThongTinNgungSuDung
                                : L10n.Democracy.loaiThongTinDuocDungLai)
                    ], submit: record.active ? L10n.Democracy.ngungSuDung : L10n.Democracy.dungLai))
            if used == 0 {
                model.forms.append(
                    DemocracyForm(
                        heading: L10n.Democracy.xoaKhoiDanhMuc, action: SiteURL.democracyCategoryDelete(.value(record.id!)).path,
                        controls: [
                            .note(L10n.Democracy.chuaCoThongTinNaoThuoc)
                        ], submit: L10n.Democracy.xoa))
            }
        }
        return DemocracyController.render(req, model, status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.user
        let record = try await find(req, user: user)
        guard canEdit(user, record) else { throw AppError.forbidden }
        let form = try req.content.decode(CategoryForm.self)
        var draft = form.draft
        draft.code = record.code
        let (problems, category) = DisclosureCategoryRules.check(draft, takenCodes: [], isNew: false)
        guard let category else {
            var values = values(draft)
            values["minimum_posting_days"] = form.minimum_posting_days ?? ""
            return try await editPage(
                req, user: user, record: record, values: values, errors: problems.mapValues(\.message), status: .unprocessableEntity)
        }
        let before = Snapshot(record)
        apply(category, to: record)
        try await req.db.transaction { db in
            try await record.save(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "disclosure_category", id: "\(record.id!)", action: "update", before: before,
                after: Snapshot(record))
        }
        req.flash(.success, L10n.Democracy.daLuuLoaiThongTin)
        return req.redirect(to: SiteURL.democracyCategory(.value(record.id!)).path)
    }

    @Sendable static func toggle(req: Request) async throws -> Response {
        let user = try req.user
        let record = try await find(req, user: user)
        guard canEdit(user, record) else { throw AppError.forbidden }
        try await setActive(record, !record.active, actor: req.actor(user), on: req.db)
        req.flash(.success, record.active ? L10n.Democracy.daDungLaiLoaiThongTin : L10n.Democracy.daNgungSuDungLoaiThong)
        return req.redirect(to: SiteURL.democracyCategory(.value(record.id!)).path)
    }

    /// Retires or restores a category, audited; nothing when it already is so.
    static func setActive(_ record: DisclosureCategoryRecord, _ active: Bool, actor: Actor, on database: any Database) async throws {
        guard record.active != active else { return }
        let before = Snapshot(record)
        record.active = active
        try await database.transaction { db in
            try await record.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "disclosure_category", id: "\(record.id!)",
                action: active ? "restore" : "retire", before: before, after: Snapshot(record))
        }
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let user = try req.user
        let record = try await find(req, user: user)
        guard canEdit(user, record) else { throw AppError.forbidden }
        let used = try await DisclosureItem.query(on: req.db).filter(\.$categoryCode == record.code).count()
        if let problem = DisclosureCategoryRules.deleteProblem(itemsUsing: used) {
            return try await editPage(req, user: user, record: record, values: nil, errors: ["_": problem.message], status: .unprocessableEntity)
        }
        let before = Snapshot(record)
        try await req.db.transaction { db in
            try await record.delete(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "disclosure_category", id: "\(record.id!)", action: "delete",
                before: before, after: Snapshot?.none)
        }
        req.flash(.success, L10n.Democracy.daXoaLoaiThongTinKhoi)
        return req.redirect(to: SiteURL.democracyCategories.path)
    }
}
