import DanVanCore
import Fluent
import Vapor
import Views

/// Taking in petitions and moving them through their statuses; each step is one transaction with its history and audit entry.
enum PetitionService {
    /// What intake needs; the citizen's fields may be empty for an anonymous petition.
    struct Draft: Sendable {
        var channel: PetitionChannel
        var receivedOn: CivilDate?
        var subject: String
        var content: String
        var citizenName: String
        var citizenAddress: String
        var citizenPhone: String
        var citizenIDNumber: String
        var peopleCount: Int
        var kinds: [PetitionKind]
        var unitID: Int?
        var isAnonymous: Bool
    }

    /// Field name → Vietnamese message; empty when the draft may be saved.
    static func problems(_ draft: Draft, today: CivilDate) -> [String: String] {
        var errors: [String: String] = [:]
        let subject = clean(draft.subject)
        let content = clean(draft.content)
        if subject.isEmpty { errors["subject"] = L10n.Petitions.vuiLongNhapTomTatNoi }
        if subject.count > 300 { errors["subject"] = L10n.Petitions.tomTatToiDa300Ky }
        if content.isEmpty { errors["content"] = L10n.Petitions.vuiLongNhapNoiDungDon }
        if content.count > 10_000 { errors["content"] = L10n.Petitions.noiDungToiDa10000 }
        if !draft.isAnonymous && clean(draft.citizenName).isEmpty { errors["citizen_name"] = L10n.Petitions.vuiLongNhapHoVaTen }
        for (key, value) in [("citizen_name", draft.citizenName), ("citizen_address", draft.citizenAddress)] where value.count > 300 {
            errors[key] = L10n.Petitions.toiDa300KyTu
        }
        if draft.citizenPhone.count > 30 { errors["citizen_phone"] = L10n.Petitions.soDienThoaiKhongHopLe }
        if draft.citizenIDNumber.count > 30 { errors["citizen_id_number"] = L10n.Petitions.soDinhDanhKhongHopLe }
        if draft.kinds.isEmpty { errors["kinds"] = L10n.Petitions.vuiLongChonLoaiDon }
        if draft.unitID == nil { errors["unit"] = L10n.Petitions.vuiLongChonCoQuanNhan }
        if !(1...100_000).contains(draft.peopleCount) { errors["people_count"] = L10n.Petitions.soNguoiPhaiTu1Tro }
        if let received = draft.receivedOn {
            if received > today { errors["received_on"] = L10n.Petitions.ngayNhanDonKhongTheSau }
        } else {
            errors["received_on"] = L10n.Petitions.ngayNhanDonKhongHopLe
        }
        return errors
    }

    static func create(_ draft: Draft, actor: Actor, rules: PetitionRules, on database: any Database) async throws -> Petition {
        let today = actor.today
        if let (field, message) = problems(draft, today: today).sorted(by: { $0.key < $1.key }).first {
            throw AppError.invalid(message, code: "invalid_" + field)
        }
        let kind = PetitionKind.governing(draft.kinds)!
        let received = draft.receivedOn!
        let petition = Petition()
        var generator = SystemRandomNumberGenerator()
        petition.trackingCode = TrackingCode.make(using: &generator)
        petition.channel = draft.channel
        petition.receivedOn = received.iso
        petition.subject = clean(draft.subject)
        petition.subjectKey = PetitionSearchIndex.key(petition.subject)
        petition.content = clean(draft.content)
        petition.citizenName = clean(draft.citizenName)
        petition.citizenAddress = clean(draft.citizenAddress)
        petition.citizenPhone = clean(draft.citizenPhone)
        petition.citizenIDNumber = clean(draft.citizenIDNumber)
        petition.citizenKey = citizenKey(
            name: petition.citizenName, address: petition.citizenAddress,
            phone: petition.citizenPhone, idNumber: petition.citizenIDNumber)
        petition.peopleCount = draft.peopleCount
        petition.kinds = PetitionKind.encode(draft.kinds)
        petition.kind = kind
        petition.instance = .first
        petition.field = "khac"
        petition.isMass = draft.peopleCount >= 5
        petition.isOverLevel = false
        petition.isDuplicate = false
        petition.isAnonymous = draft.isAnonymous || petition.citizenName.isEmpty
        petition.isComplex = false
        petition.isRemote = false
        petition.status = .received
        petition.$unit.id = draft.unitID!
        petition.extensions = 0
        petition.answerPublic = false
        petition.identityGranted = false
        let profiles = try await PetitionRuleStore.profiles(on: database)
        applyProfile(petition, profiles: profiles, calendar: rules.calendar)
        return try await database.transaction { db in
            guard try await OrgUnit.find(draft.unitID, on: db) != nil else {
                throw AppError.invalid(L10n.Petitions.coQuanNhanDonKhongTon, code: "invalid_unit")
            }
            try await petition.create(on: db)
            try await PetitionSearchIndex.refresh(.petition(petition.id!), on: db)
            try await PetitionEvent(
                petitionID: petition.id!, onDate: received, actor: actor, from: nil, to: .received,
                note: L10n.Petitions.tiepNhanQua + draft.channel.label.lowercased()
            ).create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "petition", id: "\(petition.id!)", action: "create",
                before: PetitionSnapshot?.none, after: PetitionSnapshot(petition))
            return petition
        }
    }

    /// Picks the current profile for the case's kind and instance and sets the acceptance deadline from the day of receipt;
    /// a petition received at a reception is also owed an answer within 10 working days, whichever comes first.
    static func applyProfile(_ petition: Petition, profiles: DeadlineProfiles, calendar: WorkingCalendar) {
        let profile = profiles.current(for: petition.kind, instance: petition.instance)
        petition.profileID = profile.id
        var due = profile.acceptDue(receivedOn: petition.received, conditions: petition.conditions, calendar: calendar)
        if petition.channel == .reception {
            due = min(due, DeadlineProfiles.receptionAnswer.due(from: petition.received, conditions: .init(), calendar: calendar))
        }
        petition.acceptDue = due.iso
        petition.dueOn = due.iso
    }

    static func citizenKey(name: String, address: String, phone: String, idNumber: String) -> String {
        let digits = { (text: String) in text.filter(\.isNumber) }
        if !digits(idNumber).isEmpty { return "id:" + digits(idNumber) }
        if !digits(phone).isEmpty { return "tel:" + digits(phone) }
        if name.isEmpty { return "" }
        return "ten:" + VietnameseText.searchKey(name + " " + address)
    }

    static func clean(_ text: String) -> String {
        VietnameseText.nfc(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// What the audit log keeps of a petition: its handling, never the citizen's personal data.
struct PetitionSnapshot: Codable {
    let status: String
    let kinds: String
    let instance: String
    let field: String
    let unitID: Int
    let profileID: String
    let acceptDue: String
    let acceptedOn: String?
    let resolveDue: String?
    let resolvedOn: String?
    let extensions: Int
    let flags: [String]
    let identityGranted: Bool

    init(_ petition: Petition) {
        status = petition.status.rawValue
        kinds = petition.kinds
        instance = petition.instance.rawValue
        field = petition.field
        unitID = petition.$unit.id
        profileID = petition.profileID
        acceptDue = petition.acceptDue
        acceptedOn = petition.acceptedOn
        resolveDue = petition.resolveDue
        resolvedOn = petition.resolvedOn
        extensions = petition.extensions
        flags = PetitionFlag.allCases.filter { $0.isSet(on: petition) }.map(\.rawValue)
        identityGranted = petition.identityGranted
    }
}
