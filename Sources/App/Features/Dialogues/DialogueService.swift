import DanVanCore
import Fluent
import Vapor
import Views

/// Recording dialogues (đối thoại), from the web form and the API alike.
enum DialogueService {
    struct Draft: Sendable {
        var unitID: Int?
        var heldOn: String
        var chairedBy: String
        var participants: String
        var peopleCount: Int
        var subject: String
        /// Tracking code of the petition the dialogue is about; empty when none.
        var petitionCode: String
        var outcome: String
        var followUp: String
    }

    /// What the draft resolves to once checked: its unit, date and related petition.
    struct Checked {
        let unit: OrgUnit
        let held: CivilDate
        let petition: Petition?
    }

    /// Field name → (stable code, Vietnamese message); empty when the draft may be saved.
    static func problems(_ draft: Draft, user: User, today: CivilDate, on db: any Database) async throws -> (
        errors: [String: (code: String, message: String)], checked: Checked?
    ) {
        var errors: [String: (code: String, message: String)] = [:]
        var unit: OrgUnit?
        if let unitID = draft.unitID { unit = try await OrgUnit.find(unitID, on: db) }
        if unit.map({ !PetitionAccess.canSee(user, petitionUnit: $0) }) ?? true {
            errors["unit_id"] = ("invalid_unit", L10n.Dialogues.vuiLongChonCoQuanTrong)
        }
        let held = CivilDate(vietnamese: draft.heldOn) ?? CivilDate(iso: draft.heldOn)
        if let held {
            if held > today { errors["held_on"] = ("impossible_date", L10n.Dialogues.ngayDoiThoaiKhongTheSau) }
        } else {
            errors["held_on"] = ("invalid_date", L10n.Dialogues.ngayDoiThoaiKhongHopLe)
        }
        let required = [
            ("chaired_by", draft.chairedBy, L10n.Dialogues.nguoiChuTriVietThuong),
            ("participants", draft.participants, L10n.Dialogues.thanhPhanThamDuVietThuong),
            ("subject", draft.subject, L10n.Dialogues.noiDungDoiThoaiVietThuong), ("outcome", draft.outcome, L10n.Dialogues.ketQuaDoiThoaiVietThuong)
        ]
        for (name, value, what) in required {
            let text = PetitionService.clean(value)
            if text.isEmpty { errors[name] = ("missing_" + name, L10n.Dialogues.vuiLongNhap(what)) }
            if text.count > 5000 { errors[name] = ("too_long", L10n.Dialogues.toiDa5000KyTu) }
        }
        if PetitionService.clean(draft.followUp).count > 5000 { errors["follow_up"] = ("too_long", L10n.Dialogues.toiDa5000KyTu) }
        if !(1...100_000).contains(draft.peopleCount) { errors["people_count"] = ("invalid_people_count", L10n.Dialogues.soNguoiPhaiTu1Tro) }
        var petition: Petition?
        let typed = draft.petitionCode.trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty {
            let code = TrackingCode.normalize(typed)
            petition = try await code.asyncFlatMap { try await Petition.query(on: db).filter(\.$trackingCode == $0).with(\.$unit).first() }
            if petition.map({ !PetitionAccess.canSee(user, petitionUnit: $0.unit) }) ?? true {
                errors["petition_code"] = ("invalid_petition", L10n.Dialogues.khongTimThayDonCoMa(typed))
                petition = nil
            }
        }
        guard errors.isEmpty, let unit, let held else { return (errors, nil) }
        return ([:], Checked(unit: unit, held: held, petition: petition))
    }

    /// Saves the dialogue with its audit entry, or throws the first problem as a 422.
    static func record(_ draft: Draft, user: User, at now: Date, on database: any Database) async throws -> Dialogue {
        let (errors, checked) = try await problems(draft, user: user, today: VietnamTime.civilDate(of: now), on: database)
        guard let checked else {
            let first = errors.sorted { $0.key < $1.key }.first!.value
            throw AppError.invalid(first.message, code: first.code)
        }
        let dialogue = Dialogue()
        dialogue.$unit.id = checked.unit.id!
        dialogue.heldOn = checked.held.iso
        dialogue.chairedBy = PetitionService.clean(draft.chairedBy)
        dialogue.participants = PetitionService.clean(draft.participants)
        dialogue.peopleCount = draft.peopleCount
        dialogue.subject = PetitionService.clean(draft.subject)
        dialogue.$petition.id = checked.petition?.id
        dialogue.outcome = PetitionService.clean(draft.outcome)
        dialogue.followUp = PetitionService.clean(draft.followUp)
        dialogue.createdBy = user.username
        try await database.transaction { db in
            try await dialogue.create(on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "dialogue", id: "\(dialogue.id!)", action: "create",
                before: DialogueSnapshot?.none, after: DialogueSnapshot(dialogue, unitCode: checked.unit.code))
        }
        return dialogue
    }
}

/// What the audit log keeps of a dialogue: where, when, about which petition — not the participants' names.
struct DialogueSnapshot: Codable {
    let unit: String
    let heldOn: String
    let petitionID: Int?
    let peopleCount: Int

    init(_ dialogue: Dialogue, unitCode: String) {
        unit = unitCode
        heldOn = dialogue.heldOn
        petitionID = dialogue.$petition.id
        peopleCount = dialogue.peopleCount
    }
}
