import DanVanCore
import Fluent
import Vapor
import Views

/// Changing the deadline profiles and the field list: each change is one transaction with its audit entry.
/// A profile is never updated in place; a field is never deleted.
enum PetitionRuleService {
    /// The rules hold for the whole country, so they are kept by administrators and a province's inspectorate, not by
    /// the inspectorate of a district (whose scope is below a province).
    static func canEdit(_ user: User) -> Bool {
        user.role == .admin || (user.role == .inspector && UnitQuery.isProvince(PetitionAccess.scopePath(of: user)))
    }

    /// The signed-in user, when they may keep the rules.
    static func requireEditor(_ req: Request) throws -> User {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        return user
    }

    /// One step's values as typed in the form.
    struct StepInput: Sendable {
        var days = "", complexDays = "", remoteDays = "", remoteComplexDays = "", counting = "", citation = ""
        var confirmed = false
    }

    struct ProfileInput: Sendable {
        var accept = StepInput()
        var resolve = StepInput()
        var extensionMaxCount = "", extensionDays = "", extensionCitation = ""
        var note = ""

        init() {}

        init(_ record: DeadlineProfileRecord) {
            accept = StepInput(
                days: String(record.acceptDays), complexDays: String(record.acceptComplexDays), remoteDays: String(record.acceptRemoteDays),
                remoteComplexDays: String(record.acceptRemoteComplexDays), counting: record.acceptCounting.rawValue,
                citation: record.acceptCitation, confirmed: record.acceptConfirmed)
            resolve = StepInput(
                days: String(record.resolveDays), complexDays: String(record.resolveComplexDays), remoteDays: String(record.resolveRemoteDays),
                remoteComplexDays: String(record.resolveRemoteComplexDays), counting: record.resolveCounting.rawValue,
                citation: record.resolveCitation, confirmed: record.resolveConfirmed)
            extensionMaxCount = String(record.extensionMaxCount)
            extensionDays = String(record.extensionDays)
            extensionCitation = record.extensionCitation
        }
    }

    /// Field name → Vietnamese message, and the profile the input describes when there is none.
    static func check(_ input: ProfileInput, basedOn base: DeadlineProfileRecord) -> ([String: String], DeadlineProfile?) {
        var errors: [String: String] = [:]
        func days(_ name: String, _ text: String, range: ClosedRange<Int> = 1...365) -> Int {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                errors[name] = L10n.Petitions.soNgayPhaiLaSoNguyen(range.lowerBound, range.upperBound)
                return 0
            }
            return value
        }
        func step(_ prefix: String, _ step: StepInput) -> StepRule? {
            let values = [
                days(prefix + "_days", step.days), days(prefix + "_complex_days", step.complexDays),
                days(prefix + "_remote_days", step.remoteDays), days(prefix + "_remote_complex_days", step.remoteComplexDays)
            ]
            let counting = DayCounting(rawValue: step.counting)
            if counting == nil { errors[prefix + "_counting"] = L10n.Petitions.vuiLongChonCachTinhNgay }
            let citation = PetitionService.clean(step.citation)
            if citation.isEmpty || citation.count > 300 { errors[prefix + "_citation"] = L10n.Petitions.vuiLongGhiCanCuToi }
            guard let counting, !values.contains(0), !citation.isEmpty else { return nil }
            return StepRule(
                days: values[0], complexDays: values[1], remoteDays: values[2], remoteComplexDays: values[3], counting: counting,
                citation: citation, isConfirmed: step.confirmed)
        }
        let accept = step("accept", input.accept)
        let resolve = step("resolve", input.resolve)
        let maxCount = days("extension_max_count", input.extensionMaxCount, range: 0...5)
        var extensions: ExtensionRule?
        if maxCount > 0 {
            let extra = days("extension_days", input.extensionDays)
            let citation = PetitionService.clean(input.extensionCitation)
            if citation.isEmpty { errors["extension_citation"] = L10n.Petitions.vuiLongGhiCanCuGia }
            extensions = ExtensionRule(maxCount: maxCount, days: extra, citation: citation)
        }
        let note = PetitionService.clean(input.note)
        if note.isEmpty || note.count > 1000 { errors["note"] = L10n.Petitions.vuiLongGhiLyDoSua }
        guard errors.isEmpty, let accept, let resolve else { return (errors, nil) }
        return (
            [:], DeadlineProfile(id: base.code, kind: base.kind, instance: base.instance, accept: accept, resolve: resolve, extensions: extensions)
        )
    }

    /// Saves the input as the next version of `base`'s kind and instance; cases already running keep their version.
    static func newVersion(of base: DeadlineProfileRecord, _ input: ProfileInput, user: User, at now: Date, on database: any Database) async throws
        -> DeadlineProfileRecord
    {
        let (errors, profile) = check(input, basedOn: base)
        guard let profile else {
            let first = errors.sorted { $0.key < $1.key }.first!
            throw AppError.invalid(first.value, code: "invalid_" + first.key)
        }
        let changed = AppError(
            .conflict, code: "stale_profile",
            message: L10n.Petitions.boThoiHanNayVuaDuoc)
        do {
            return try await database.transaction { db in
                let latest = try await DeadlineProfileRecord.query(on: db).filter(\.$kind == base.kind).filter(\.$instance == base.instance)
                    .sort(\.$version, .descending).first()
                // Saving over a version someone else made since the form was opened would silently drop their change.
                guard latest?.id == base.id else { throw changed }
                return try await store(profile, after: latest, base: base, input, user: user, at: now, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw changed
        }
    }

    private static func store(
        _ profile: DeadlineProfile, after latest: DeadlineProfileRecord?, base: DeadlineProfileRecord, _ input: ProfileInput,
        user: User, at now: Date, on db: any Database
    ) async throws -> DeadlineProfileRecord {
        let version = (latest?.version ?? 0) + 1
        let record = DeadlineProfileRecord(profile, version: version, note: PetitionService.clean(input.note), createdBy: user.username)
        record.code = versionCode(base.code, version)
        try await record.create(on: db)
        try await Audit.record(
            on: db, actor: .user(user, at: now), entity: "deadline_profile", id: record.code, action: "create_version",
            before: latest, after: record)
        return record
    }

    /// "khieu_nai/lan_dau/2011-v1" → "khieu_nai/lan_dau/2011-v3".
    static func versionCode(_ code: String, _ version: Int) -> String {
        let base = code.replacingOccurrences(of: #"-v[0-9]+$"#, with: "", options: .regularExpression)
        return base + "-v\(version)"
    }

    // MARK: Fields

    static func addField(label typed: String, user: User, at now: Date, on database: any Database) async throws -> PetitionFieldRecord {
        let label = try fieldLabel(typed)
        var code = VietnameseText.searchKey(label).map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            .split(separator: "_").joined(separator: "_")
        code = String(code.prefix(40))
        guard !code.isEmpty else { throw AppError.invalid(L10n.Petitions.tenLinhVucPhaiCoChu, code: "invalid_label") }
        let existing = try await PetitionFieldRecord.query(on: database).all()
        if existing.contains(where: { VietnameseText.searchKey($0.label) == VietnameseText.searchKey(label) }) {
            throw AppError.invalid(L10n.Petitions.daCoLinhVuc(label), code: "duplicate_field")
        }
        var unique = code
        var counter = 2
        while existing.contains(where: { $0.code == unique }) {
            unique = code + "_\(counter)"
            counter += 1
        }
        let field = PetitionFieldRecord(code: unique, label: label, position: (existing.map(\.position).max() ?? 0) + 10)
        try await database.transaction { db in
            try await field.create(on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "petition_field", id: field.code, action: "create",
                before: String?.none, after: field.label)
        }
        return field
    }

    static func renameField(_ field: PetitionFieldRecord, to typed: String, user: User, at now: Date, on database: any Database) async throws {
        let label = try fieldLabel(typed)
        let before = field.label
        guard before != label else { return }
        if try await PetitionFieldRecord.query(on: database).filter(\.$id != field.id!).all()
            .contains(where: { VietnameseText.searchKey($0.label) == VietnameseText.searchKey(label) })
        {
            throw AppError.invalid(L10n.Petitions.daCoLinhVuc(label), code: "duplicate_field")
        }
        try await database.transaction { db in
            field.label = label
            try await field.save(on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "petition_field", id: field.code, action: "rename", before: before, after: label)
        }
    }

    /// Ngừng sử dụng / dùng lại — a retired field is no longer offered; cases and statistics keep it.
    static func setRetired(_ field: PetitionFieldRecord, _ retired: Bool, user: User, at now: Date, on database: any Database) async throws {
        guard field.isRetired != retired else { return }
        if retired, try await PetitionFieldRecord.query(on: database).filter(\.$isRetired == false).count() <= 1 {
            throw AppError.invalid(L10n.Petitions.phaiConItNhatMotLinh, code: "last_field")
        }
        try await database.transaction { db in
            field.isRetired = retired
            try await field.save(on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "petition_field", id: field.code, action: retired ? "retire" : "restore",
                before: !retired, after: retired)
        }
    }

    private static func fieldLabel(_ typed: String) throws -> String {
        let label = PetitionService.clean(typed)
        guard !label.isEmpty, label.count <= 200 else { throw AppError.invalid(L10n.Petitions.vuiLongNhapTenLinhVuc, code: "invalid_label") }
        return label
    }
}
