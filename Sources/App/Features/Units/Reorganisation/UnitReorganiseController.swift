import DanVanCore
import Fluent
import Vapor
import Views

/// Tổ chức lại đơn vị hành chính in the browser: upload → preview → apply, and the split communes' open items.
/// Administrators only; the whole reorganisation runs over the units the database holds (as the command does).
enum UnitReorganiseController {
    struct PreviewForm: Content {
        var table: File?
        var table_hash: String?
        var effective: String?
        var agencies: File?
        var agencies_text: String?
        var skip_unknown: String?
        var confirm: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try req.require(\.canManageUsers)
        return try await page(req, effective: "01/07/2025", skipUnknown: false, error: nil, preview: nil, applied: nil)
    }

    /// Reads the form's files (an uploaded table is kept in the file store, so the apply step reads the same bytes).
    private static func input(_ req: Request, _ form: PreviewForm) throws -> (UnitReorganisation.Input, tableHash: String, agencyText: String?) {
        guard let text = form.effective?.trimmingCharacters(in: .whitespaces), let effective = CivilDate(vietnamese: text) ?? CivilDate(iso: text)
        else {
            throw AppError.invalid(L10n.Units.ngayHieuLucPhaiCoDang, code: "invalid_effective_date")
        }
        let store = req.application.fileStore
        let tableData: Data
        if let file = form.table, file.data.readableBytes > 0 {
            tableData = Data(buffer: file.data)
        } else if let hash = form.table_hash, FileStore.isHash(hash) {
            tableData = try store.read(hash)
        } else {
            guard let shipped = FileManager.default.contents(atPath: DataFiles.conversionTable) else {
                throw AppError.invalid(L10n.Units.chuaChonBangChuyenDoi, code: "csv_empty")
            }
            tableData = shipped
        }
        let hash = try store.store(tableData)
        var agencyText: String?
        if let file = form.agencies, file.data.readableBytes > 0 {
            agencyText = String(decoding: Data(buffer: file.data), as: UTF8.self)
        } else if let typed = form.agencies_text, !typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            agencyText = typed
        }
        do {
            let table = try ConversionTable(csv: tableData)
            guard let listData = FileManager.default.contents(atPath: DataFiles.unitList(structure: "2025")) else {
                throw AppError.invalid(L10n.Units.khongDocDuocDanhMucDon, code: "file_not_found")
            }
            let list = try AdministrativeUnitList(csv: listData)
            let mapping: [AgencyMapping.Row]?
            do {
                mapping = try agencyText.map { try AgencyMapping(csv: Data($0.utf8)).rows }
            } catch let error as CSVError {
                throw AppError.invalid(L10n.Units.anhXaCoQuanLabel + error.message, code: error.code)
            }
            var input = UnitReorganisation.Input(table: table, newList: list, agencyMapping: mapping, effective: effective)
            input.skipUnknownOldCodes = form.skip_unknown == "1"
            return (input, hash, agencyText)
        } catch let error as CSVError {
            throw AppError.invalid(L10n.Units.bangChuyenDoiLabel + error.message, code: error.code)
        }
    }

    @Sendable static func preview(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let form = try req.content.decode(PreviewForm.self)
        let effective = form.effective ?? ""
        let skip = form.skip_unknown == "1"
        do {
            let (input, hash, agencyText) = try input(req, form)
            let (plan, summary) = try await UnitReorganisation.apply(input, actor: req.actor(admin), dryRun: true, on: req.db)
            return try await page(
                req, effective: effective, skipUnknown: skip, error: nil, preview: preview(plan, summary, hash: hash, agencyText: agencyText),
                applied: nil)
        } catch let error as AppError {
            return try await page(
                req, effective: effective, skipUnknown: skip, error: error.message, preview: nil, applied: nil, status: error.status)
        }
    }

    @Sendable static func apply(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let form = try req.content.decode(PreviewForm.self)
        let effective = form.effective ?? ""
        let skip = form.skip_unknown == "1"
        do {
            let (input, hash, agencyText) = try input(req, form)
            guard form.confirm == "1" else {
                let (plan, summary) = try await UnitReorganisation.apply(input, actor: req.actor(admin), dryRun: true, on: req.db)
                return try await page(
                    req, effective: effective, skipUnknown: skip, error: L10n.Units.hayXemLaiAnhXaCo,
                    preview: preview(plan, summary, hash: hash, agencyText: agencyText), applied: nil, status: .unprocessableEntity)
            }
            do {
                let (_, summary) = try await UnitReorganisation.apply(input, actor: req.actor(admin), dryRun: false, on: req.db)
                // Committed; the petition index catches up before the page answers (a national reorganisation only).
                if summary.searchIndexPending { try await PetitionSearchIndex.catchUp(on: req.db) }
                return try await page(req, effective: effective, skipUnknown: skip, error: nil, preview: nil, applied: summary.lines)
            } catch is UnitReorganisation.Refused {
                let (plan, summary) = try await UnitReorganisation.apply(input, actor: req.actor(admin), dryRun: true, on: req.db)
                return try await page(
                    req, effective: effective, skipUnknown: skip, error: L10n.Units.bangChuyenDoiCoLoiChua,
                    preview: preview(plan, summary, hash: hash, agencyText: agencyText), applied: nil, status: .unprocessableEntity)
            }
        } catch let error as AppError {
            return try await page(
                req, effective: effective, skipUnknown: skip, error: error.message, preview: nil, applied: nil, status: error.status)
        }
    }

    private static func preview(_ plan: Reorganisation, _ summary: UnitReorganisation.Summary, hash: String, agencyText: String?)
        -> UnitReorganisePage.Preview
    {
        UnitReorganisePage.Preview(
            summary: summary.lines, issues: plan.issues.map(\.description),
            agencies: plan.agencyGuesses.map {
                .init(oldCode: $0.oldCode, oldName: $0.oldName, newCode: $0.newCode ?? "", newName: $0.newName ?? "")
            },
            agencyText: agencyText ?? (plan.agencyGuesses.isEmpty ? "" : AgencyMapping.csv(plan.agencyGuesses)),
            tableHash: hash)
    }

    private static func page(
        _ req: Request, effective: String, skipUnknown: Bool, error: String?, preview: UnitReorganisePage.Preview?,
        applied: [String]?, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.user
        let accounts = try await UnitSuccessionHistory.closedAccounts(scopePath: user.scopePath, limit: 200, on: req.db).map {
            UnitReorganisePage.AccountRow(
                userID: $0.user_id, username: $0.username, fullName: $0.full_name, unitName: $0.unit_name, successorName: $0.successor_name)
        }
        var model = UnitReorganisePage.Model()
        model.accounts = accounts
        model.effective = effective
        model.skipUnknown = skipUnknown
        model.error = error
        model.preview = preview
        model.applied = applied
        model.splitURL = UnitSplitItemsPage.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(UnitReorganisePage(model: model).render(), status: status)
    }

    struct MoveAccountForm: Content { var user_id: Int? }

    @Sendable static func moveAccount(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let form = try req.content.decode(MoveAccountForm.self)
        do {
            let message = try await UnitSuccessionHistory.moveAccount(
                userID: form.user_id ?? 0, scopePath: admin.scopePath, actor: req.actor(admin), on: req.db)
            return try await page(req, effective: "01/07/2025", skipUnknown: false, error: nil, preview: nil, applied: [message])
        } catch let error as AppError {
            return try await page(
                req, effective: "01/07/2025", skipUnknown: false, error: error.message, preview: nil, applied: nil, status: error.status)
        }
    }

    // MARK: Split communes

    @Sendable static func splitItems(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        return try await splitPage(req, admin: admin, message: nil, error: nil)
    }

    @Sendable static func assignSplitItems(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let fields = try req.content.decode([String: String].self)
        let outcome: (moved: Int, refused: [String])
        if fields["action"] == "defaults" {
            outcome = try await SplitCommuneWork.assignDefaults(scopePath: admin.scopePath, actor: req.actor(admin), on: req.db)
        } else {
            let choices = fields.compactMap { key, value -> SplitCommuneWork.Choice? in
                guard key.hasPrefix("to_"), let dash = key.lastIndex(of: "-"), let id = Int(key[key.index(after: dash)...]),
                    let successor = Int(value)
                else { return nil }
                return .init(table: String(key.dropFirst(3)[..<dash]), id: id, successorID: successor)
            }
            outcome = try await SplitCommuneWork.assign(choices, scopePath: admin.scopePath, actor: req.actor(admin), on: req.db)
        }
        return try await splitPage(
            req, admin: admin, message: L10n.Units.daGiaoViecChoDonVi(VietnameseNumber.format(outcome.moved)),
            error: outcome.refused.isEmpty ? nil : outcome.refused.prefix(20).joined(separator: " "))
    }

    private static func splitPage(_ req: Request, admin: User, message: String?, error: String?) async throws -> Response {
        let params = PageParams(from: req)
        let (items, total) = try await SplitCommuneWork.items(scopePath: admin.scopePath, limit: params.per, offset: params.offset, on: req.db)
        let successors = try await SplitCommuneWork.successors(of: items.map(\.unit_id), on: req.db)
        let kinds = Dictionary(UnitReorganisation.OpenWork.all.map { ($0.table, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let rows = items.map { item in
            let options = (successors[item.unit_id] ?? []).map {
                (value: String($0.successor_id), label: $0.name + ($0.main == 1 ? L10n.Units.macDinh : ""))
            }
            return UnitSplitItemsPage.Item(
                key: "\(item.tbl)-\(item.id)", kind: kinds[item.tbl] ?? item.tbl, label: item.title ?? "#\(item.id)",
                commune: item.commune, options: options, selected: options.first?.value ?? "")
        }
        let pageCount = max(1, (total + params.per - 1) / params.per)
        let pagination = PaginationModel(
            page: params.page, pageCount: pageCount, total: total,
            previousURL: params.page > 1 ? UnitSplitItemsPage.path + "?trang=\(params.page - 1)" : nil,
            nextURL: params.page < pageCount ? UnitSplitItemsPage.path + "?trang=\(params.page + 1)" : nil)
        var model = UnitSplitItemsPage.Model()
        model.items = rows
        model.total = total
        model.message = message
        model.error = error
        model.pagination = pagination
        model.layout = req.pageLayout()
        return HTMLResponse.make(UnitSplitItemsPage(model: model).render(), status: error == nil ? .ok : .unprocessableEntity)
    }
}
