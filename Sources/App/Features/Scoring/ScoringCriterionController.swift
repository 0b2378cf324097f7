import DanVanCore
import Fluent
import Vapor
import Views

/// Editing a criteria set's tree while no round uses it: add, change or remove one line at a time.
enum ScoringCriterionController {
    struct CriterionForm: Content {
        var ma_cu: String?
        var ma: String?
        var ma_cha: String?
        var noi_dung: String?
        var diem_toi_da: String?
        var loai: String?
        var cach_cham: String?
        var muc: String?
        var nguong: String?
        var nguon: String?
        var kiem_chung: String?

        var values: [String: String] {
            [
                "ma_cu": ma_cu ?? "", "ma": ma ?? "", "ma_cha": ma_cha ?? "", "noi_dung": noi_dung ?? "", "diem_toi_da": diem_toi_da ?? "",
                "loai": loai ?? "", "cach_cham": cach_cham ?? "", "muc": muc ?? "", "nguong": nguong ?? "", "nguon": nguon ?? "",
                "kiem_chung": kiem_chung ?? ""
            ]
        }
    }

    /// The set, if this person may edit its tree: a manager of the issuing unit's tree; frozen and example sets refused.
    static func editable(_ req: Request) async throws -> (User, ScoringSet, CriteriaSet) {
        let user = try req.require { $0.canManageUnits && $0.canWrite }
        let (row, set, _) = try await ScoringSetStore.load(try req.idParameter(), on: req.db)
        guard !row.isExample else { throw AppError.invalid(L10n.Scoring.boTieuChiMauKhongSua, code: "set_is_example") }
        guard let issuerID = row.$issuer.id, let issuer = try await OrgUnit.find(issuerID, on: req.db), user.canSee(issuer) else {
            throw AppError.outsideScope
        }
        guard !row.frozen else { throw AppError.invalid(L10n.Scoring.boTieuChiDaDuocDung, code: "set_frozen") }
        return (user, row, set)
    }

    static func values(of node: CriterionNode) -> [String: String] {
        let row = CriteriaSetCSV.rows(CriteriaSet(nodes: [node], bands: [])).first ?? []
        var values = Dictionary(uniqueKeysWithValues: zip(CriteriaSetCSV.columns, row))
        values["ma_cu"] = node.code
        return values
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (_, row, set) = try await editable(req)
        let code: String? = req.query["ma"]
        var values = ["cach_cham": ScoringKind.yesNo.rawValue]
        if let code, !code.isEmpty {
            guard let node = set.nodes.first(where: { $0.code == code }) else { throw AppError.notFound(L10n.Scoring.tieuChi) }
            values = Self.values(of: node)
        }
        return try await page(req, row: row, set: set, values: values, error: nil, status: .ok)
    }

    static func page(_ req: Request, row: ScoringSet, set: CriteriaSet, values: [String: String], error: String?, status: HTTPResponseStatus)
        async throws -> Response
    {
        var model = ScoringCriterionPage.Model()
        model.setTitle = row.title
        model.setURL = SiteURL.scoringSet(.value(row.id!)).path
        model.action = SiteURL.scoringSetCriterion(.value(row.id!)).path
        let editing = !(values["ma_cu"] ?? "").isEmpty
        model.removeURL = editing ? SiteURL.scoringSetCriterionRemove(.value(row.id!)).path : nil
        model.values = values
        model.error = error
        model.parents = set.nodes.filter { $0.role == .regular && CriteriaTreeEdit.depth(of: $0.code, in: set) <= 2 && $0.code != values["ma_cu"] }
            .map { (value: $0.code, label: $0.code + ". " + String($0.text.prefix(70))) }
        model.kinds = ScoringKind.allCases.map { (value: $0.rawValue, label: $0.label) }
        model.roles = [
            ("", LineRole.regular.label), (LineRole.bonus.rawValue, LineRole.bonus.label), (LineRole.deduction.rawValue, LineRole.deduction.label)
        ]
        model.sources = ComputedSource.allCases.map { (value: $0.rawValue, label: $0.label) }
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringCriterionPage(model: model).render(), status: status)
    }

    /// Adds a line (no `ma_cu`) or changes the line `ma_cu`: the fields read as one row of the template table, then
    /// placed in the tree (`CriteriaTreeEdit.put`); a refusal shows the form again with what was typed.
    @Sendable static func save(req: Request) async throws -> Response {
        let (user, row, set) = try await editable(req)
        let form = try req.content.decode(CriterionForm.self)
        let values = form.values
        func refuse(_ message: String) async throws -> Response {
            try await page(req, row: row, set: set, values: values, error: message, status: .unprocessableEntity)
        }
        if ["diem_thuong", "diem_tru"].contains(values["loai"] ?? ""), !(values["ma_cha"] ?? "").isEmpty {
            return try await refuse(L10n.Scoring.diemThuongKhongCoMucCha)
        }
        let fields = CriteriaSetCSV.columns.map { values[$0] ?? "" }
        let parsed: CriteriaSet
        let errors: [CSVError]
        do { (parsed, errors) = try CriteriaSetCSV.read(header: CriteriaSetCSV.columns, rows: [(line: 1, fields: fields)]) } catch {
            return try await refuse(error.message)
        }
        if let first = errors.first {
            if case .invalidRow(_, let reason) = first { return try await refuse(reason.prefix(1).uppercased() + reason.dropFirst()) }
            return try await refuse(first.message)
        }
        guard let node = parsed.nodes.first else { return try await refuse(L10n.Scoring.vuiLongGhiMaVaDiem) }
        let oldCode = (form.ma_cu ?? "").isEmpty ? nil : form.ma_cu
        let updated: CriteriaSet
        do { updated = try CriteriaTreeEdit.put(node, replacing: oldCode, in: set) } catch { return try await refuse(error.message) }
        let before = oldCode.flatMap { code in set.nodes.first { $0.code == code } }
        let after = updated.nodes.first { $0.code == node.code.trimmingCharacters(in: .whitespaces) }
        try await ScoringSetStore.replaceTree(
            row.id!, with: updated, action: oldCode == nil ? "add_criterion" : "update_criterion",
            before: before, after: after, actor: req.actor(user), on: req.db)
        req.flash(.success, oldCode == nil ? L10n.Scoring.daThemTieuChi(node.code) : L10n.Scoring.daSuaTieuChi(node.code))
        return req.redirect(to: SiteURL.scoringSet(.value(row.id!)).path)
    }

    struct RemoveForm: Content { var ma: String? }

    @Sendable static func remove(req: Request) async throws -> Response {
        let (user, row, set) = try await editable(req)
        let code = try req.content.decode(RemoveForm.self).ma ?? ""
        let updated: CriteriaSet
        do { updated = try CriteriaTreeEdit.remove(code, from: set) } catch {
            guard let node = set.nodes.first(where: { $0.code == code }) else { throw AppError.notFound(L10n.Scoring.tieuChi) }
            return try await page(req, row: row, set: set, values: values(of: node), error: error.message, status: .unprocessableEntity)
        }
        try await ScoringSetStore.replaceTree(
            row.id!, with: updated, action: "remove_criterion", before: set.nodes.first { $0.code == code }, after: nil,
            actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daXoaTieuChi(code))
        return req.redirect(to: SiteURL.scoringSet(.value(row.id!)).path)
    }
}
