import DanVanCore
import Fluent
import Vapor
import Views

/// The fields any petition step may carry, named with one word each so the HTML form and the JSON API decode alike.
struct PetitionActionInput: Content {
    var kinds: [String]?
    var instance: String?
    var field: String?
    var competence: Bool?
    var flags: [String]?
    /// The responsible unit: its code, or its name as typed in the form.
    var unit: String?
    var date: String?
    var outcome: String?
    var reason: String?
    var decision: String?
    var resolution: String?
    var publish: Bool?

    /// Applies `action` to the petition after checking the user's rights; returns the message to show.
    func run(_ action: PetitionAction, on petition: Petition, unit current: OrgUnit, user: User, at now: Date, rules: PetitionRules, db: any Database)
        async throws -> String
    {
        let actor = Actor.user(user, at: now)
        let allowed =
            [.start, .extend, .resolve, .close].contains(action)
            ? PetitionAccess.canResolve(user, petition, unit: current) : PetitionAccess.canTriage(user, petitionUnit: current)
        guard allowed, user.role.canWrite else { throw AppError.forbidden }
        switch action {
        case .classify:
            let target = try await UnitChoice.required(unit ?? "", within: PetitionAccess.scopePath(of: user), on: db)
            guard let competence else { throw AppError.invalid(L10n.Petitions.vuiLongChonDonCoThuoc, code: "invalid_competence") }
            let classification = PetitionWorkflow.Classification(
                kinds: try (kinds ?? []).map { try Self.parse($0, PetitionKind.self, "invalid_kinds") },
                instance: try Self.parse(instance ?? PetitionInstance.first.rawValue, PetitionInstance.self, "invalid_instance"),
                field: field ?? "", inCompetence: competence,
                flags: Set(try (flags ?? []).map { try Self.parse($0, PetitionFlag.self, "invalid_flags") }),
                unitID: target.id!)
            try await PetitionWorkflow.classify(petition, classification, actor: actor, rules: rules, on: db)
            return L10n.Petitions.daLuuPhanLoaiDon
        case .accept:
            try await PetitionWorkflow.accept(petition, on: try Self.date(date), actor: actor, rules: rules, on: db)
            return L10n.Petitions.daThuLyDonHanGiai + (petition.resolveDue.flatMap(CivilDate.init(iso:))?.vietnamese ?? "") + "."
        case .decide:
            let status = try Self.parse(outcome ?? "", PetitionStatus.self, "invalid_outcome")
            try await PetitionWorkflow.decide(petition, outcome: status, reason: reason ?? "", actor: actor, on: db)
            return L10n.Petitions.daGhiNhanLabel + status.label.lowercased() + "."
        case .start:
            try await PetitionWorkflow.startResolving(petition, actor: actor, on: db)
            return L10n.Petitions.donDangDuocGiaiQuyet
        case .extend:
            try await PetitionWorkflow.extend(petition, decision: decision ?? "", decidedOn: try Self.date(date), actor: actor, rules: rules, on: db)
            return L10n.Petitions.daGiaHanHanMoi + (petition.resolveDue.flatMap(CivilDate.init(iso:))?.vietnamese ?? "") + "."
        case .resolve:
            try await PetitionWorkflow.resolve(
                petition, on: try Self.date(date), resolution: resolution ?? "", publish: publish ?? false, actor: actor, on: db)
            return L10n.Petitions.daGhiNhanKetQuaGiai
        case .close:
            try await PetitionWorkflow.close(petition, actor: actor, on: db)
            return L10n.Petitions.daKetThucHoSo
        case .grantIdentity:
            guard petition.kindList.contains(.denunciation) else {
                throw AppError.invalid(L10n.Petitions.chiApDungChoDonTo, code: "not_denunciation")
            }
            try await PetitionWorkflow.grantIdentity(petition, actor: actor, on: db)
            return L10n.Petitions.donViDuocGiaoDaDuoc
        }
    }

    static func parse<T: RawRepresentable>(_ text: String, _ type: T.Type, _ code: String) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else { throw AppError.invalid(L10n.Petitions.giaTriKhongHopLe(text), code: code) }
        return value
    }

    static func date(_ text: String?) throws -> CivilDate {
        guard let text, let date = CivilDate(vietnamese: text) ?? CivilDate(iso: text) else {
            throw AppError.invalid(L10n.Petitions.ngayKhongHopLeNhapTheo, code: "invalid_date")
        }
        return date
    }
}
