import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Registering models and moving them through their life, from the pages, the API and the demo alike. Every change is
/// written with its history row and its audit entry in one transaction.
enum ExemplarService {
    /// What a registration form or API body holds (DOMAIN.md §2.4).
    struct Draft: Sendable {
        var unitID: Int?
        /// The owning unit as typed (name or code), when `unitID` is not given.
        var unitText = ""
        var kind = ""
        var field = ""
        var subTopic = ""
        var name = ""
        var problem = ""
        var goals = ""
        var methods = ""
        var place = ""
        var forces = ""
        var resources = ""
        var outputs = ""
        var sustainability = ""
        var personName = ""
        var personConsent = false
        var driveID: Int?
        var replicatesID: Int?
        /// The original as typed (part of its name), when `replicatesID` is not given.
        var replicatesText = ""
        /// The person saw the similar models listed and says this one is different.
        var confirmedDifferent = false
    }

    struct Checked: Sendable {
        let unit: OrgUnit
        let kind: ExemplarKind
        let field: ExemplarField
        let drive: ExemplarDrive?
        let original: Exemplar?
    }

    struct Problems {
        var errors: [String: ExemplarProblem] = [:]
        /// Models of the same commune whose names share the idea; shown before saving.
        var similar: [Exemplar] = []
        /// Originals matching the typed name when there are several.
        var originals: [Exemplar] = []
    }

    static func clean(_ text: String) -> String { PetitionService.clean(text) }

    /// The problems of a draft, the similar models, and the resolved draft when it may be saved.
    static func check(_ draft: Draft, user: User, on db: any Database) async throws -> (Problems, Checked?) {
        var problems = Problems()
        func fail(_ field: String, _ code: String, _ message: String) { problems.errors[field] = ExemplarProblem(code, message) }
        var unit: OrgUnit?
        if let id = draft.unitID {
            unit = try await OrgUnit.find(id, on: db)
            if unit == nil { fail("unit", "invalid_unit", L10n.Exemplars.khongTimThayDonVi) }
        } else if draft.unitText.trimmingCharacters(in: .whitespaces).isEmpty {
            fail("unit", "missing_unit", L10n.Exemplars.vuiLongNhapDonViXay)
        } else {
            let outcome = try await UnitChoice.resolve(draft.unitText, within: user.scopePath, on: db)
            if case .unit(let found) = outcome {
                unit = found
            } else {
                fail("unit", "invalid_unit", UnitChoice.problem(outcome, typed: draft.unitText) ?? L10n.Exemplars.khongTimThayDonVi)
            }
        }
        if let found = unit, !ExemplarAccess.canChange(user, unit: found) {
            fail("unit", "outside_scope", L10n.Exemplars.donViNamNgoaiPhamVi(found.name))
            unit = nil
        }
        let kind = ExemplarKind(rawValue: draft.kind)
        if kind == nil { fail("kind", "invalid_kind", L10n.Exemplars.vuiLongChonMoHinhHay) }
        let field = ExemplarField(rawValue: draft.field)
        if field == nil { fail("field", "invalid_field", L10n.Exemplars.vuiLongChonMotTrongBon) }
        let required: [(String, String, String)] = [
            ("name", draft.name, L10n.Exemplars.tenMoHinhVietThuong), ("problem", draft.problem, L10n.Exemplars.thucTrangLyDoXayDung),
            ("goals", draft.goals, L10n.Exemplars.mucTieuTieuChi), ("methods", draft.methods, L10n.Exemplars.noiDungCachThucThucHien)
        ]
        for (key, value, what) in required where clean(value).isEmpty { fail(key, "missing_" + key, L10n.Exemplars.vuiLongNhap(what)) }
        if clean(draft.name).count > 300 { fail("name", "too_long", L10n.Exemplars.tenMoHinhToiDa300) }
        for (key, value) in [
            ("problem", draft.problem), ("goals", draft.goals), ("methods", draft.methods), ("place", draft.place),
            ("forces", draft.forces), ("resources", draft.resources), ("outputs", draft.outputs),
            ("sustainability", draft.sustainability), ("sub_topic", draft.subTopic), ("person_name", draft.personName)
        ]
        where clean(value).count > 5000 {
            fail(key, "too_long", L10n.Exemplars.toiDa5000KyTu)
        }
        var drive: ExemplarDrive?
        if let driveID = draft.driveID {
            drive = try await ExemplarDrive.find(driveID, on: db)
            if drive == nil { fail("drive", "invalid_drive", L10n.Exemplars.khongTimThayDotDangKy) }
            if let found = drive, let unit, !(try await ExemplarDriveService.asks(found, unit: unit, on: db)) {
                fail("drive", "not_asked", L10n.Exemplars.dotDangKyKhongGiaoCho(found.title, unit.name))
                drive = nil
            }
        }
        var original: Exemplar?
        if let id = draft.replicatesID {
            original = try await Exemplar.find(id, on: db)
            if original == nil { fail("replicates", "invalid_original", L10n.Exemplars.khongTimThayMoHinhGoc) }
        } else if !draft.replicatesText.trimmingCharacters(in: .whitespaces).isEmpty {
            let found = try await ExemplarQuery.originals(matching: draft.replicatesText, limit: 10, on: db)
            if found.count == 1 {
                original = found[0]
            } else if found.isEmpty {
                fail("replicates", "invalid_original", L10n.Exemplars.khongTimThayMoHinhNao(draft.replicatesText))
            } else {
                problems.originals = found
                fail("replicates", "several_originals", L10n.Exemplars.coMoHinhKhopVoiHay(found.count, draft.replicatesText))
            }
        }
        if let found = original {
            if case .failure(let problem) = ExemplarLifecycle.next(from: found.status, .replicate) {
                fail("replicates", problem.code, problem.message)
            }
            // A new registration cannot close a loop; the rule still checks it points somewhere real.
            if let problem = ExemplarRules.replicationProblem(copy: nil, original: found.id!, originalOf: { _ in nil }) {
                fail("replicates", problem.code, problem.message)
            }
        }
        let name = clean(draft.name)
        if let unit, !name.isEmpty {
            let neighbours = try await ExemplarQuery.inSameCommune(as: unit, on: db)
            if let twin = neighbours.first(where: { ExemplarRules.isDuplicate($0.name, name) }) {
                fail(
                    "name", "duplicate_registration",
                    L10n.Exemplars.moHinhDaDuocDangKy(twin.name, twin.year))
            } else if !draft.confirmedDifferent {
                problems.similar = neighbours.filter { ExemplarRules.isSimilar($0.name, name) }
            }
        }
        guard problems.errors.isEmpty, problems.similar.isEmpty, let unit, let kind, let field else { return (problems, nil) }
        return (problems, Checked(unit: unit, kind: kind, field: field, drive: drive, original: original))
    }

    /// Saves a registration, or throws its first problem (similar models unconfirmed: `similar_models`).
    static func register(_ draft: Draft, actor: Actor, user: User, on database: any Database) async throws -> Exemplar {
        let (problems, checked) = try await check(draft, user: user, on: database)
        guard let checked else {
            if let first = problems.errors.sorted(by: { $0.key < $1.key }).first?.value { throw AppError.invalid(first.message, code: first.code) }
            throw AppError.invalid(
                L10n.Exemplars.daCoMoHinhTuongTuLabel + problems.similar.map(\.name).joined(separator: "; ")
                    + L10n.Exemplars.xacNhanDayLaMoHinh, code: "similar_models")
        }
        let today = actor.today
        let exemplar = Exemplar()
        exemplar.$unit.id = checked.unit.id!
        exemplar.kind = checked.kind
        exemplar.field = checked.field
        exemplar.subTopic = clean(draft.subTopic)
        exemplar.setText(name: clean(draft.name), problem: clean(draft.problem), goals: clean(draft.goals), methods: clean(draft.methods))
        exemplar.place = clean(draft.place)
        exemplar.forces = clean(draft.forces)
        exemplar.resources = clean(draft.resources)
        exemplar.outputs = clean(draft.outputs)
        exemplar.sustainability = clean(draft.sustainability)
        exemplar.personName = clean(draft.personName)
        exemplar.personConsent = draft.personConsent && !exemplar.personName.isEmpty
        exemplar.status = .registered
        exemplar.level = nil
        exemplar.year = checked.drive?.year ?? today.year
        exemplar.registeredOn = today.iso
        exemplar.$drive.id = checked.drive?.id
        exemplar.isLate = ExemplarRules.isLate(registeredOn: today, deadline: checked.drive.flatMap { CivilDate(iso: $0.deadline) })
        exemplar.$replicates.id = checked.original?.id
        exemplar.createdBy = actor.username
        try await database.transaction { db in
            try await exemplar.create(on: db)
            let note = exemplar.isLate ? "Đăng ký sau hạn \(CivilDate(iso: checked.drive!.deadline)?.vietnamese ?? "")" : ""
            try await history(exemplar, step: "dang_ky", from: nil, to: .registered, note: note, actor: actor, on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "exemplar", id: "\(exemplar.id!)", action: "create",
                before: ExemplarSnapshot?.none, after: ExemplarSnapshot(exemplar))
            if let original = checked.original {
                let before = ExemplarSnapshot(original)
                let from = original.status
                if case .success(let next) = ExemplarLifecycle.next(from: from, .replicate) { original.status = next }
                try await original.save(on: db)
                try await history(
                    original, step: "nhan_rong", from: from, to: original.status,
                    note: L10n.Exemplars.nhanRongTai(checked.unit.name, exemplar.name), actor: actor, on: db)
                try await Audit.record(
                    on: db, actor: actor, entity: "exemplar", id: "\(original.id!)", action: "replicate",
                    before: before, after: ExemplarSnapshot(original))
            }
        }
        return exemplar
    }

    /// Triển khai, rà soát — a step without a decision.
    static func step(_ exemplar: Exemplar, _ step: ExemplarStep, on date: CivilDate, note: String, actor: Actor, on database: any Database)
        async throws
    {
        let from = exemplar.status
        let next: ExemplarStatus
        switch ExemplarLifecycle.next(from: from, step) {
        case .success(let status): next = status
        case .failure(let problem): throw AppError.invalid(problem.message, code: problem.code)
        }
        guard date <= actor.today else { throw AppError.invalid(L10n.Exemplars.ngayKhongTheSauHomNay, code: "impossible_date") }
        let before = ExemplarSnapshot(exemplar)
        exemplar.status = next
        let code: String
        switch step {
        case .launch: code = "trien_khai"
        case .review: code = "ra_soat"
        case .recognise: code = "cong_nhan"
        case .commend: code = "khen_thuong"
        case .replicate: code = "nhan_rong"
        }
        try await database.transaction { db in
            try await exemplar.save(on: db)
            try await history(exemplar, step: code, from: from, to: next, note: clean(note), date: date, actor: actor, on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "exemplar", id: "\(exemplar.id!)", action: code == "trien_khai" ? "launch" : "review",
                before: before, after: ExemplarSnapshot(exemplar))
        }
    }

    /// Công nhận at a level by a decision of the recognising body (the acting person's unit).
    static func recognise(
        _ exemplar: Exemplar, level: RecognitionLevel, by recogniser: OrgUnit, decisionNumber: String, decisionDate: CivilDate,
        actor: Actor, on database: any Database
    ) async throws -> ExemplarRecognition {
        if let problem = ExemplarRules.recognitionProblem(
            level: level, recogniser: ExemplarAccess.recognitionLevel(of: recogniser), current: exemplar.level)
        {
            throw AppError.invalid(problem.message, code: problem.code)
        }
        let next: ExemplarStatus
        switch ExemplarLifecycle.next(from: exemplar.status, .recognise) {
        case .success(let status): next = status
        case .failure(let problem): throw AppError.invalid(problem.message, code: problem.code)
        }
        let number = clean(decisionNumber)
        guard !number.isEmpty, number.count <= 100 else {
            throw AppError.invalid(L10n.Exemplars.vuiLongNhapSoQuyetDinh, code: "missing_decision_number")
        }
        guard decisionDate <= actor.today else { throw AppError.invalid(L10n.Exemplars.ngayQuyetDinhKhongTheSau, code: "impossible_date") }
        let before = ExemplarSnapshot(exemplar)
        let from = exemplar.status
        exemplar.status = next
        exemplar.level = level
        let recognition = ExemplarRecognition()
        recognition.$exemplar.id = exemplar.id!
        recognition.level = level
        recognition.$unit.id = recogniser.id!
        recognition.decisionNumber = number
        recognition.decisionDate = decisionDate.iso
        recognition.createdBy = actor.username
        try await database.transaction { db in
            try await exemplar.save(on: db)
            try await recognition.create(on: db)
            try await history(
                exemplar, step: "cong_nhan", from: from, to: next,
                note: L10n.Exemplars.quyetDinhSoNgayCua(level.label, number, decisionDate.vietnamese, recogniser.name),
                date: decisionDate, actor: actor, on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "exemplar", id: "\(exemplar.id!)", action: "recognise",
                before: before, after: ExemplarSnapshot(exemplar))
        }
        return recognition
    }

    /// Khen thưởng: a giấy khen or bằng khen with its decision.
    @discardableResult
    static func commend(
        _ exemplar: Exemplar, form: CommendationForm, grantedBy: String, decisionNumber: String, decisionDate: CivilDate,
        actor: Actor, on database: any Database
    ) async throws -> ExemplarCommendation {
        let next: ExemplarStatus
        switch ExemplarLifecycle.next(from: exemplar.status, .commend) {
        case .success(let status): next = status
        case .failure(let problem): throw AppError.invalid(problem.message, code: problem.code)
        }
        let number = clean(decisionNumber)
        let by = clean(grantedBy)
        guard !number.isEmpty, !by.isEmpty else { throw AppError.invalid(L10n.Exemplars.vuiLongNhapNguoiCoQuan, code: "missing_decision_number") }
        guard number.count <= 100, by.count <= 300 else {
            throw AppError.invalid(L10n.Exemplars.soQuyetDinhToiDa100, code: "too_long")
        }
        guard decisionDate <= actor.today else { throw AppError.invalid(L10n.Exemplars.ngayQuyetDinhKhongTheSau, code: "impossible_date") }
        let before = ExemplarSnapshot(exemplar)
        let from = exemplar.status
        exemplar.status = next
        let commendation = ExemplarCommendation()
        commendation.$exemplar.id = exemplar.id!
        commendation.form = form
        commendation.grantedBy = by
        commendation.decisionNumber = number
        commendation.decisionDate = decisionDate.iso
        commendation.createdBy = actor.username
        try await database.transaction { db in
            try await exemplar.save(on: db)
            try await commendation.create(on: db)
            try await history(
                exemplar, step: "khen_thuong", from: from, to: next,
                note: L10n.Exemplars.cuaQuyetDinhSoNgay(form.label, by, number, decisionDate.vietnamese), date: decisionDate, actor: actor, on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "exemplar", id: "\(exemplar.id!)", action: "commend",
                before: before, after: ExemplarSnapshot(exemplar))
        }
        return commendation
    }

    struct Figures: Sendable {
        var reportedOn: CivilDate
        var households = 0
        var moneyVND: Int64 = 0
        var landSquareMetres = 0
        var casesSettled = 0
        var note = ""
    }

    /// A result update, with a photo or document if given (checked by content before anything is saved).
    static func addUpdate(
        _ exemplar: Exemplar, figures: Figures, file: (data: Data, name: String)?, store: FileStore,
        actor: Actor, on database: any Database
    ) async throws -> ExemplarUpdate {
        guard exemplar.status != .registered else {
            throw AppError.invalid(L10n.Exemplars.moHinhChuaTrienKhaiHay, code: "not_launched")
        }
        guard exemplar.status != .stopped else {
            throw AppError.invalid(L10n.Exemplars.moHinhDaDungThucHien, code: "exemplar_stopped")
        }
        guard figures.reportedOn <= actor.today else { throw AppError.invalid(L10n.Exemplars.ngayCapNhatKhongTheSau, code: "impossible_date") }
        guard figures.households >= 0, figures.moneyVND >= 0, figures.landSquareMetres >= 0, figures.casesSettled >= 0 else {
            throw AppError.invalid(L10n.Exemplars.cacSoLieuKhongDuocAm, code: "negative_figure")
        }
        // Far above any commune's figures, so sums over thousands of updates cannot overflow.
        guard figures.households <= 10_000_000, figures.landSquareMetres <= 100_000_000, figures.casesSettled <= 1_000_000,
            figures.moneyVND <= 1_000_000_000_000_000
        else {
            throw AppError.invalid(L10n.Exemplars.soLieuQuaLonHayKiem, code: "figure_too_large")
        }
        let note = clean(figures.note)
        guard note.count <= 5000 else { throw AppError.invalid(L10n.Exemplars.ghiChuToiDa5000, code: "too_long") }
        guard note.count > 0 || figures.households + figures.landSquareMetres + figures.casesSettled > 0 || figures.moneyVND > 0 || file != nil else {
            throw AppError.invalid(L10n.Exemplars.vuiLongNhapItNhatMot, code: "empty_update")
        }
        var stored: (hash: String, type: ExemplarFileRules.FileType, size: Int)?
        if let file, !(file.data.isEmpty && file.name.isEmpty) {
            switch ExemplarFileRules.check(file.data) {
            case .success(let type):
                let data = type.isImage ? try await safeImage(file.data, type: type) : file.data
                stored = (try store.store(data), type, data.count)
            case .failure(let problem):
                throw AppError(
                    problem.code == "file_too_large"
                        ? .payloadTooLarge : problem.code == "file_missing" ? .unprocessableEntity : .unsupportedMediaType,
                    code: problem.code, message: problem.message)
            }
        }
        let storedFile = stored
        let update = ExemplarUpdate()
        update.$exemplar.id = exemplar.id!
        update.reportedOn = figures.reportedOn.iso
        update.households = figures.households
        update.moneyVND = figures.moneyVND
        update.landSquareMetres = figures.landSquareMetres
        update.casesSettled = figures.casesSettled
        update.note = note
        update.createdBy = actor.username
        try await database.transaction { db in
            try await update.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "exemplar", id: "\(exemplar.id!)", action: "add_update",
                before: UpdateSnapshot?.none, after: UpdateSnapshot(update))
            if let stored = storedFile, let file {
                let record = ExemplarFile()
                record.$exemplar.id = exemplar.id!
                record.$update.id = update.id
                record.fileHash = stored.hash
                let base = (PlanImportController.sanitized(file.name) as NSString).deletingPathExtension
                record.fileName = (base.isEmpty ? "tep" : base) + "." + stored.type.fileExtension
                record.contentType = stored.type.contentType
                record.sizeBytes = stored.size
                record.createdBy = actor.username
                try await record.create(on: db)
            }
        }
        return update
    }

    /// A photo re-encoded to a safe size without its metadata (`ExemplarImages`), off the event loop. A file the encoder
    /// cannot read is refused; without the encoder installed the checked original is kept and a warning logged.
    static func safeImage(_ data: Data, type: ExemplarFileRules.FileType) async throws -> Data {
        let outcome = try await NIOThreadPool.singleton.runIfActive { ExemplarImages.reencode(data, type: type) }
        switch outcome {
        case .reencoded(let result):
            return result
        case .toolMissing:
            Logger(label: "danvan.exemplars").warning(
                "Chưa cài \(ExemplarImages.toolName) (gói libvips-tools): ảnh được lưu nguyên bản, không thu nhỏ và không xóa siêu dữ liệu.")
            return data
        case .unreadable:
            throw AppError(
                .unprocessableEntity, code: "image_unreadable",
                message: L10n.Exemplars.khongDocDuocAnhNayTep)
        }
    }

    static func history(
        _ exemplar: Exemplar, step: String, from: ExemplarStatus?, to: ExemplarStatus, note: String, date: CivilDate? = nil,
        actor: Actor, on db: any Database
    ) async throws {
        let row = ExemplarTransition()
        row.$exemplar.id = exemplar.id!
        row.step = step
        row.fromStatus = from?.rawValue
        row.toStatus = to.rawValue
        row.onDate = (date ?? actor.today).iso
        row.note = note
        row.createdBy = actor.username
        try await row.create(on: db)
    }
}

/// What the audit log keeps of a model: its standing — not the name of a person it is about.
struct ExemplarSnapshot: Codable {
    let name: String
    let unitID: Int
    let field: String
    let status: String
    let level: String?
    let isLate: Bool
    let replicatesID: Int?

    init(_ exemplar: Exemplar) {
        name = exemplar.name
        unitID = exemplar.$unit.id
        field = exemplar.field.rawValue
        status = exemplar.status.rawValue
        level = exemplar.level?.rawValue
        isLate = exemplar.isLate
        replicatesID = exemplar.$replicates.id
    }
}

struct UpdateSnapshot: Codable {
    let reportedOn: String
    let households: Int
    let moneyVND: Int64
    let landSquareMetres: Int
    let casesSettled: Int

    init(_ update: ExemplarUpdate) {
        reportedOn = update.reportedOn
        households = update.households
        moneyVND = update.moneyVND
        landSquareMetres = update.landSquareMetres
        casesSettled = update.casesSettled
    }
}
