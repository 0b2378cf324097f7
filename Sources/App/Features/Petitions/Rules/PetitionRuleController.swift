import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Bộ thời hạn và danh mục lĩnh vực — pages where the inspectorate and administrators keep the citizens feature's rules.
enum PetitionRuleController {
    // MARK: Deadline profiles

    @Sendable static func profiles(req: Request) async throws -> Response {
        let user = try req.user
        let profiles = try await PetitionRuleStore.profiles(on: req.db)
        let records = try await DeadlineProfileRecord.query(on: req.db).all()
        let idByCode = Dictionary(uniqueKeysWithValues: records.map { ($0.code, $0.id!) })
        var model = DeadlineProfileIndexPage.Model()
        for kind in PetitionKind.allCases {
            for instance in PetitionInstance.allCases where profiles.current[kind.rawValue + "/" + instance.rawValue] != nil {
                let profile = profiles.current(for: kind, instance: instance)
                var row = DeadlineProfileIndexPage.Current()
                row.kind = kind.label
                row.instance = instance.label
                row.code = profile.id
                row.accept = stepText(profile.accept)
                row.acceptUnconfirmed = !profile.accept.isConfirmed
                row.resolve = stepText(profile.resolve)
                row.resolveUnconfirmed = !profile.resolve.isConfirmed
                row.extensions = profile.extensions.map { L10n.Petitions.lanNgay($0.maxCount, $0.days, $0.citation) } ?? L10n.Petitions.khong
                row.editURL = SiteURL.deadlineProfile(.value(idByCode[profile.id] ?? 0)).path
                model.current.append(row)
            }
        }
        let versions = try await DeadlineProfileRecord.query(on: req.db).sort(\.$createdAt, .descending).sort(\.$id, .descending)
            .paginate(PageParams(from: req).fluent)
        model.versions = versions.items.map { record in
            var row = DeadlineProfileIndexPage.Version()
            row.code = record.code
            row.createdAt = record.createdAt.map(VietnamTime.format) ?? ""
            row.createdBy = record.createdBy
            row.note = record.note
            return row
        }
        var query: [String: String] = [:]
        model.pagination = pagination(versions.metadata, base: SiteURL.deadlineProfiles.path, query: &query)
        model.canEdit = PetitionRuleService.canEdit(user)
        model.fieldsURL = SiteURL.petitionFields.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(DeadlineProfileIndexPage(model: model).render())
    }

    /// "30 ngày; phức tạp 45; … — Luật Khiếu nại 2011, Điều 28".
    static func stepText(_ step: StepRule) -> String {
        var text = "\(step.days) \(step.counting.label)"
        if step.complexDays != step.days { text += L10n.Petitions.phucTap(step.complexDays) }
        if step.remoteDays != step.days { text += L10n.Petitions.vungSauVungXaSoNgay(step.remoteDays) }
        if step.remoteComplexDays != step.complexDays { text += L10n.Petitions.vungSauVungXaPhucTap(step.remoteComplexDays) }
        return text + " — " + step.citation
    }

    @Sendable static func editProfile(req: Request) async throws -> Response {
        _ = try PetitionRuleService.requireEditor(req)
        let record = try await findProfile(req)
        return try await profilePage(req, record: record, input: .init(record), errors: [:], status: .ok)
    }

    @Sendable static func saveProfile(req: Request) async throws -> Response {
        let user = try PetitionRuleService.requireEditor(req)
        let record = try await findProfile(req)
        let input = try req.content.decode(ProfileForm.self).input
        let (errors, _) = PetitionRuleService.check(input, basedOn: record)
        guard errors.isEmpty else { return try await profilePage(req, record: record, input: input, errors: errors, status: .unprocessableEntity) }
        let saved: DeadlineProfileRecord
        do {
            saved = try await PetitionRuleService.newVersion(of: record, input, user: user, at: req.clock.now, on: req.db)
        } catch let error as AppError where error.status == .conflict {
            return try await profilePage(req, record: record, input: input, errors: ["phien_ban": error.message], status: .conflict)
        }
        req.flash(.success, L10n.Petitions.daLuuPhienBanDonPhan(saved.code))
        return req.redirect(to: SiteURL.deadlineProfiles.path)
    }

    struct ProfileForm: Content {
        var accept_days, accept_complex_days, accept_remote_days, accept_remote_complex_days, accept_counting, accept_citation: String?
        var accept_confirmed: Bool?
        var resolve_days, resolve_complex_days, resolve_remote_days, resolve_remote_complex_days, resolve_counting, resolve_citation: String?
        var resolve_confirmed: Bool?
        var extension_max_count, extension_days, extension_citation, note: String?

        var input: PetitionRuleService.ProfileInput {
            var input = PetitionRuleService.ProfileInput()
            input.accept = .init(
                days: accept_days ?? "", complexDays: accept_complex_days ?? "", remoteDays: accept_remote_days ?? "",
                remoteComplexDays: accept_remote_complex_days ?? "", counting: accept_counting ?? "", citation: accept_citation ?? "",
                confirmed: accept_confirmed ?? false)
            input.resolve = .init(
                days: resolve_days ?? "", complexDays: resolve_complex_days ?? "", remoteDays: resolve_remote_days ?? "",
                remoteComplexDays: resolve_remote_complex_days ?? "", counting: resolve_counting ?? "", citation: resolve_citation ?? "",
                confirmed: resolve_confirmed ?? false)
            input.extensionMaxCount = extension_max_count ?? "0"
            input.extensionDays = extension_days ?? ""
            input.extensionCitation = extension_citation ?? ""
            input.note = note ?? ""
            return input
        }
    }

    private static func findProfile(_ req: Request) async throws -> DeadlineProfileRecord {
        guard let record = try await DeadlineProfileRecord.find(try req.idParameter(), on: req.db) else {
            throw AppError.notFound(L10n.Petitions.boThoiHanDoiTuong)
        }
        return record
    }

    private static func profilePage(
        _ req: Request, record: DeadlineProfileRecord, input: PetitionRuleService.ProfileInput,
        errors: [String: String], status: HTTPResponseStatus
    ) async throws -> Response {
        func step(_ s: PetitionRuleService.StepInput) -> DeadlineProfileEditPage.Step {
            var step = DeadlineProfileEditPage.Step()
            step.days = s.days
            step.complexDays = s.complexDays
            step.remoteDays = s.remoteDays
            step.remoteComplexDays = s.remoteComplexDays
            step.counting = s.counting
            step.citation = s.citation
            step.confirmed = s.confirmed
            return step
        }
        var model = DeadlineProfileEditPage.Model()
        model.title = record.kind.label + ", " + record.instance.label.lowercased()
        model.code = record.code
        model.accept = step(input.accept)
        model.resolve = step(input.resolve)
        model.acceptLabel = record.kind == .recommendation || record.kind == .feedback ? L10n.Petitions.xuLyDon : L10n.Petitions.thuLy
        model.extensionMaxCount = input.extensionMaxCount
        model.extensionDays = input.extensionDays
        model.extensionCitation = input.extensionCitation
        model.note = input.note
        model.countings = [(DayCounting.calendar.rawValue, L10n.Petitions.ngayLich), (DayCounting.working.rawValue, L10n.Petitions.ngayLamViec)]
        model.errors = errors
        model.action = SiteURL.deadlineProfile(.value(record.id!)).path
        model.backURL = SiteURL.deadlineProfiles.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(DeadlineProfileEditPage(model: model).render(), status: status)
    }

    // MARK: Fields

    @Sendable static func fields(req: Request) async throws -> Response {
        try await fieldsPage(req, error: nil, status: .ok)
    }

    private static func fieldsPage(_ req: Request, error: String?, status: HTTPResponseStatus) async throws -> Response {
        let user = try req.user
        let fields = try await PetitionFieldRecord.query(on: req.db).sort(\.$position).sort(\.$id).all()
        let counts = try await (req.db as! any SQLDatabase).select().column("field").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Petition.schema).groupBy("field").all()
        var caseCount: [String: Int] = [:]
        for row in counts {
            let n = (try? row.decode(column: "n", as: Int.self)) ?? Int((try? row.decode(column: "n", as: Int64.self)) ?? 0)
            caseCount[try row.decode(column: "field", as: String.self)] = n
        }
        var model = PetitionFieldIndexPage.Model()
        model.rows = fields.map { field in
            var row = PetitionFieldIndexPage.Row()
            row.code = field.code
            row.label = field.label
            row.isRetired = field.isRetired
            row.cases = caseCount[field.code] ?? 0
            row.renameURL = SiteURL.petitionField(.value(field.id!)).path
            row.toggleURL = SiteURL.petitionFieldToggle(.value(field.id!)).path
            return row
        }
        model.canEdit = PetitionRuleService.canEdit(user)
        model.addURL = SiteURL.petitionFields.path
        model.profilesURL = SiteURL.deadlineProfiles.path
        model.error = error
        model.layout = req.pageLayout()
        return HTMLResponse.make(PetitionFieldIndexPage(model: model).render(), status: status)
    }

    struct LabelForm: Content { var label: String? }

    @Sendable static func addField(req: Request) async throws -> Response {
        let user = try PetitionRuleService.requireEditor(req)
        do {
            let field = try await PetitionRuleService.addField(
                label: try req.content.decode(LabelForm.self).label ?? "", user: user, at: req.clock.now, on: req.db)
            req.flash(.success, L10n.Petitions.daThemLinhVuc(field.label))
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await fieldsPage(req, error: error.message, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.petitionFields.path)
    }

    @Sendable static func renameField(req: Request) async throws -> Response {
        let user = try PetitionRuleService.requireEditor(req)
        let field = try await findField(req)
        do {
            try await PetitionRuleService.renameField(
                field, to: try req.content.decode(LabelForm.self).label ?? "", user: user, at: req.clock.now, on: req.db)
            req.flash(.success, L10n.Petitions.daDoiTenLinhVuc)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await fieldsPage(req, error: error.message, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.petitionFields.path)
    }

    @Sendable static func toggleField(req: Request) async throws -> Response {
        let user = try PetitionRuleService.requireEditor(req)
        let field = try await findField(req)
        do {
            try await PetitionRuleService.setRetired(field, !field.isRetired, user: user, at: req.clock.now, on: req.db)
            req.flash(.success, field.isRetired ? L10n.Petitions.linhVucNgungSuDungDon(field.label) : L10n.Petitions.linhVucDuocDungLai(field.label))
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await fieldsPage(req, error: error.message, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.petitionFields.path)
    }

    private static func findField(_ req: Request) async throws -> PetitionFieldRecord {
        guard let field = try await PetitionFieldRecord.find(try req.idParameter(), on: req.db) else {
            throw AppError.notFound(L10n.Petitions.linhVuc)
        }
        return field
    }
}
