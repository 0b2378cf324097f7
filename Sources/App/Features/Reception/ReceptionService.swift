import DanVanCore
import Fluent
import Vapor
import Views

/// Recording reception sessions, from the web form and the API alike (dialogues are `DialogueService`'s).
enum ReceptionService {
    struct Draft: Sendable {
        var unitID: Int?
        var heldOn: String
        var host: String
        var citizens: String
        var peopleCount: Int
        var subject: String
        var decision: String
    }

    static func record(_ draft: Draft, user: User, at now: Date, on database: any Database) async throws -> ReceptionSession {
        guard let unitID = draft.unitID, let unit = try await OrgUnit.find(unitID, on: database), PetitionAccess.canSee(user, petitionUnit: unit)
        else {
            throw AppError.invalid(L10n.Reception.vuiLongChonCoQuanTrong, code: "invalid_unit")
        }
        guard let held = CivilDate(vietnamese: draft.heldOn) ?? CivilDate(iso: draft.heldOn) else {
            throw AppError.invalid(L10n.Reception.ngayTiepKhongHopLeNhap, code: "invalid_date")
        }
        guard held <= VietnamTime.civilDate(of: now) else { throw AppError.invalid(L10n.Reception.ngayTiepKhongTheSauHom, code: "impossible_date") }
        let fields = [draft.host, draft.citizens, draft.subject, draft.decision].map(PetitionService.clean)
        guard fields.allSatisfy({ !$0.isEmpty && $0.count <= 5000 }) else {
            throw AppError.invalid(L10n.Reception.vuiLongNhapNguoiTiepCong, code: "missing_fields")
        }
        guard (1...100_000).contains(draft.peopleCount) else {
            throw AppError.invalid(L10n.Reception.soNguoiPhaiTu1Tro, code: "invalid_people_count")
        }
        let session = ReceptionSession()
        session.$unit.id = unitID
        session.heldOn = held.iso
        session.host = fields[0]
        session.citizens = fields[1]
        session.subject = fields[2]
        session.decision = fields[3]
        session.peopleCount = draft.peopleCount
        session.isDialogue = false
        session.createdBy = user.username
        try await database.transaction { db in
            try await session.create(on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "reception_session", id: "\(session.id!)", action: "create",
                before: String?.none, after: "\(unit.code) \(held.iso) tiep_cong_dan")
        }
        return session
    }
}
