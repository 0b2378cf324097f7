import DanVanCore
import Fluent
import Vapor
import Views

/// The steps after intake: classify, accept or decide otherwise, resolve, extend, close. Each checks the status machine,
/// then saves the case, a history line and an audit entry in one transaction.
enum PetitionWorkflow {
    /// Phân loại — kinds, instance, field, competence, flags and the responsible unit.
    struct Classification: Sendable {
        var kinds: [PetitionKind]
        var instance: PetitionInstance
        var field: String
        var inCompetence: Bool
        var flags: Set<PetitionFlag>
        var unitID: Int
    }

    static func classify(_ petition: Petition, _ input: Classification, actor: Actor, rules: PetitionRules, on database: any Database) async throws {
        guard let kind = PetitionKind.governing(input.kinds) else {
            throw AppError.invalid(L10n.Petitions.vuiLongChonItNhatMot, code: "invalid_kinds")
        }
        guard try await PetitionRuleStore.fields(on: database).isSelectable(input.field, current: petition.field) else {
            throw AppError.invalid(L10n.Petitions.linhVucKhongHopLeHoac, code: "invalid_field")
        }
        let profiles = try await PetitionRuleStore.profiles(on: database)
        try await step(
            petition, to: .classified, note: L10n.Petitions.phanLoaiLabel + input.kinds.map(\.label).joined(separator: ", "),
            on: actor.today, actor: actor, on: database
        ) { db in
            guard try await OrgUnit.find(input.unitID, on: db) != nil else {
                throw AppError.invalid(L10n.Petitions.donViDuocGiaoKhongTon, code: "invalid_unit")
            }
            petition.kinds = PetitionKind.encode(input.kinds)
            petition.kind = kind
            petition.instance = kind == .complaint ? input.instance : .first
            petition.field = input.field
            petition.inCompetence = input.inCompetence
            for flag in PetitionFlag.allCases { flag.set(input.flags.contains(flag), on: petition) }
            petition.$unit.id = input.unitID
            PetitionService.applyProfile(petition, profiles: profiles, calendar: rules.calendar)
        }
    }

    /// Thụ lý — only a petition within competence, on a day between its receipt and today.
    static func accept(_ petition: Petition, on date: CivilDate, actor: Actor, rules: PetitionRules, on database: any Database) async throws {
        try ensure(petition.status, canMoveTo: .accepted)
        guard petition.inCompetence == true else {
            throw AppError.invalid(L10n.Petitions.donKhongThuocThamQuyenNen, code: "not_in_competence")
        }
        try checkDate(date, notBefore: petition.received, what: L10n.Petitions.ngayThuLy, since: L10n.Petitions.ngayNhanDon, today: actor.today)
        let profile = try await profile(of: petition, on: database)
        try await step(petition, to: .accepted, note: L10n.Petitions.thuLyNgay + date.vietnamese, on: date, actor: actor, on: database) { _ in
            petition.acceptedOn = date.iso
            let due = profile.resolveDue(acceptedOn: date, conditions: petition.conditions, calendar: rules.calendar)
            petition.resolveDue = due.iso
            petition.dueOn = due.iso
        }
    }

    /// Chuyển đơn, trả lại đơn, lưu đơn — each with the reason the citizen is told.
    static func decide(_ petition: Petition, outcome: PetitionStatus, reason: String, actor: Actor, on database: any Database) async throws {
        guard outcome.needsReason else { throw AppError.invalid(L10n.Petitions.ketQuaXuLyKhongHop, code: "invalid_outcome") }
        let text = PetitionService.clean(reason)
        guard !text.isEmpty, text.count <= 2000 else { throw AppError.invalid(L10n.Petitions.vuiLongGhiLyDoToi, code: "reason_required") }
        try await step(petition, to: outcome, note: text, on: actor.today, actor: actor, on: database) { _ in
            petition.statusReason = text
            petition.dueOn = nil
        }
    }

    static func startResolving(_ petition: Petition, actor: Actor, on database: any Database) async throws {
        try await step(petition, to: .beingResolved, note: L10n.Petitions.batDauGiaiQuyet, on: actor.today, actor: actor, on: database) { _ in }
    }

    /// Gia hạn — a tố cáo's resolution extended by a recorded decision (Luật Tố cáo 2018, Điều 30).
    static func extend(_ petition: Petition, decision: String, decidedOn: CivilDate, actor: Actor, rules: PetitionRules, on database: any Database)
        async throws
    {
        let profile = try await profile(of: petition, on: database)
        guard PetitionStatus.underResolution.contains(petition.status), let accepted = petition.acceptedOn.flatMap(CivilDate.init(iso:)) else {
            throw AppError.invalid(L10n.Petitions.chiGiaHanDuocDonDang, code: "invalid_status")
        }
        guard profile.canExtend(after: petition.extensions) else {
            throw AppError.invalid(L10n.Petitions.loaiDonNayKhongDuocGia, code: "extension_not_allowed")
        }
        let number = PetitionService.clean(decision)
        guard !number.isEmpty, number.count <= 200 else { throw AppError.invalid(L10n.Petitions.vuiLongGhiSoQuyetDinh, code: "decision_required") }
        try checkDate(
            decidedOn, notBefore: accepted, what: L10n.Petitions.ngayQuyetDinhGiaHan, since: L10n.Petitions.ngayThuLyVietThuong, today: actor.today)
        try await step(
            petition, to: petition.status, note: L10n.Petitions.giaHanLanTheoQuyetDinh(petition.extensions + 1, number, decidedOn.vietnamese),
            on: decidedOn, actor: actor, on: database, sameStatus: true
        ) { _ in
            petition.extensions += 1
            let due = profile.resolveDue(acceptedOn: accepted, conditions: petition.conditions, calendar: rules.calendar)
            petition.resolveDue = due.iso
            petition.dueOn = due.iso
        }
    }

    /// Giải quyết — the decision or answer; published on the tracking page only when `publish` is set.
    static func resolve(_ petition: Petition, on date: CivilDate, resolution: String, publish: Bool, actor: Actor, on database: any Database)
        async throws
    {
        let text = PetitionService.clean(resolution)
        guard !text.isEmpty, text.count <= 10_000 else { throw AppError.invalid(L10n.Petitions.vuiLongGhiKetQuaGiai, code: "resolution_required") }
        try checkDate(
            date, notBefore: petition.acceptedOn.flatMap(CivilDate.init(iso:)) ?? petition.received, what: L10n.Petitions.ngayGiaiQuyet,
            since: L10n.Petitions.ngayThuLyVietThuong, today: actor.today)
        try await step(petition, to: .resolved, note: L10n.Petitions.giaiQuyetNgay + date.vietnamese, on: date, actor: actor, on: database) { _ in
            petition.resolvedOn = date.iso
            petition.resolution = text
            petition.answerPublic = publish
            petition.dueOn = nil
        }
    }

    static func close(_ petition: Petition, actor: Actor, on database: any Database) async throws {
        try await step(petition, to: .closed, note: L10n.Petitions.ketThuc, on: actor.today, actor: actor, on: database) { _ in
            petition.dueOn = nil
        }
    }

    /// The inspectorate lets the assigned unit see a denouncer's identity.
    static func grantIdentity(_ petition: Petition, actor: Actor, on database: any Database) async throws {
        try await step(
            petition, to: petition.status, note: L10n.Petitions.thanhTraChoPhepDonVi,
            on: actor.today, actor: actor, on: database, sameStatus: true
        ) { _ in
            petition.identityGranted = true
        }
    }

    private static func step(
        _ petition: Petition, to status: PetitionStatus, note: String, on date: CivilDate, actor: Actor,
        on database: any Database, sameStatus: Bool = false, _ change: @escaping @Sendable (any Database) async throws -> Void
    ) async throws {
        let from = petition.status
        if !sameStatus { try ensure(from, canMoveTo: status) }
        try await database.transaction { db in
            let before = PetitionSnapshot(petition)
            let unitBefore = petition.$unit.id
            try await change(db)
            // A grant to see a denouncer's identity is for the unit it was given to; a new unit must be granted anew.
            if petition.$unit.id != unitBefore { petition.identityGranted = false }
            petition.status = status
            try await petition.save(on: db)
            if petition.$unit.id != unitBefore {
                try await PetitionSearchIndex.refresh(.petition(petition.id!), on: db)
                try await PetitionNotices.assigned(petition, actor: actor, on: db)
            }
            try await PetitionEvent(petitionID: petition.id!, onDate: date, actor: actor, from: from, to: status, note: note).create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "petition", id: "\(petition.id!)", action: sameStatus ? "update" : status.rawValue,
                before: before, after: PetitionSnapshot(petition))
        }
    }

    private static func ensure(_ from: PetitionStatus, canMoveTo status: PetitionStatus) throws {
        guard from.canMove(to: status) else {
            throw AppError(
                .conflict, code: "invalid_transition",
                message: L10n.Petitions.khongTheChuyenDonTuTrang(from.label, status.label))
        }
    }

    /// The version the case was computed with, never the current one.
    private static func profile(of petition: Petition, on database: any Database) async throws -> DeadlineProfile {
        guard let profile = try await PetitionRuleStore.profile(code: petition.profileID, on: database) else {
            throw AppError(.internalServerError, code: "unknown_profile", message: L10n.Petitions.khongTimThayBoThoiHan(petition.profileID))
        }
        return profile
    }

    private static func checkDate(_ date: CivilDate, notBefore earliest: CivilDate, what: String, since: String, today: CivilDate) throws {
        if date < earliest {
            throw AppError.invalid(L10n.Petitions.khongTheTruoc(what, date.vietnamese, since, earliest.vietnamese), code: "impossible_date")
        }
        if date > today {
            throw AppError.invalid(L10n.Petitions.khongTheSauHomNay(what), code: "impossible_date")
        }
    }
}
