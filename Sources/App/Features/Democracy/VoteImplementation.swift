import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Thu hoặc chi — one entry of the implementation of a passed hamlet vote: contributions collected (amount, households,
/// date) or money spent (amount, purpose, date). Integer đồng. Entries are never edited: a correction is a new entry.
final class ImplementationEntry: Model, CreationStamped, @unchecked Sendable {
    static let schema = "vote_implementation_entries"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "vote_id") var vote: HamletVote
    @Field(key: "kind") var kind: String
    @Field(key: "amount") var amount: Int
    @OptionalField(key: "households") var households: Int?
    @Field(key: "on_date") var onDate: String
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "overspend_reason") var overspendReason: String?
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var kindValue: ImplementationEntryKind { ImplementationEntryKind(rawValue: kind) ?? .collected }
    var rule: VoteImplementationRules.Entry {
        .init(
            kind: kindValue, amount: amount, households: households, date: CivilDate(iso: onDate)!, purpose: purpose,
            overspendReason: overspendReason ?? "")
    }
}

/// Each time the follow-up of a vote was published back to residents: the disclosure item it became.
final class ImplementationPublication: Model, CreationStamped, @unchecked Sendable {
    static let schema = "vote_implementation_publications"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "vote_id") var vote: HamletVote
    @Parent(key: "item_id") var item: DisclosureItem
    @Field(key: "published_on") var publishedOn: String
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

/// Recording the implementation of a vote and publishing it, from the pages, the API and the demo: each change one
/// transaction with its audit entry; the rules are `VoteImplementationRules`.
enum VoteImplementationService {
    struct Draft: Sendable {
        var kind = "", amount = "", households = "", date = "", purpose = "", overspendReason = ""
    }

    struct Failure: Error {
        let problems: [VoteImplementationRules.Problem]
        var fields: [String: String] { Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first }) }
        var appError: AppError { AppError.invalid(problems[0].message, code: problems[0].code) }
    }

    struct EntrySnapshot: Codable {
        let kind: String, amount: Int, households: Int?, onDate: String, purpose: String, overspendReason: String?
        init(_ e: ImplementationEntry) {
            kind = e.kind
            amount = e.amount
            households = e.households
            onDate = e.onDate
            purpose = e.purpose
            overspendReason = e.overspendReason
        }
    }

    struct PublicationSnapshot: Codable {
        let itemID: Int, publishedOn: String, collected: Int, spent: Int
    }

    static func entries(of voteID: Int, on db: any Database) async throws -> [ImplementationEntry] {
        try await ImplementationEntry.query(on: db).filter(\.$vote.$id == voteID).sort(\.$onDate).sort(\.$id).limit(2000).all()
    }

    /// The totals of a vote's entries, summed by the database.
    static func balance(of voteID: Int, on db: any Database) async throws -> VoteImplementationRules.Balance {
        struct Row: Decodable {
            let kind: String
            let total: Int?
            let households: Int?
        }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT kind, CAST(SUM(amount) AS BIGINT) AS total, CAST(SUM(households) AS BIGINT) AS households FROM vote_implementation_entries WHERE\
             vote_id = \(bind: voteID) GROUP BY kind
            """
        ).all(decoding: Row.self)
        var balance = VoteImplementationRules.Balance()
        for row in rows {
            if row.kind == ImplementationEntryKind.collected.rawValue {
                balance.collected = row.total ?? 0
                balance.householdContributions = row.households ?? 0
            }
            if row.kind == ImplementationEntryKind.spent.rawValue { balance.spent = row.total ?? 0 }
        }
        return balance
    }

    static func add(_ draft: Draft, to vote: HamletVote, actor: Actor, on database: any Database) async throws -> Result<ImplementationEntry, Failure>
    {
        var problems: [VoteImplementationRules.Problem] = []
        let kind = ImplementationEntryKind(rawValue: draft.kind)
        if kind == nil { problems.append(.init(field: "kind", code: "invalid_kind", message: L10n.Democracy.vuiLongChonKhoanThuHoac)) }
        let amount = VoteImplementationRules.amount(draft.amount)
        if amount == nil {
            problems.append(.init(field: "amount", code: "invalid_amount", message: L10n.Democracy.soTienKhongHopLeNhap))
        }
        let typedHouseholds = draft.households.trimmingCharacters(in: .whitespaces)
        let households = typedHouseholds.isEmpty ? nil : Int(typedHouseholds.replacingOccurrences(of: ".", with: ""))
        let day = DemocracyService.date(draft.date)
        if day == nil { problems.append(.init(field: "date", code: "invalid_date", message: L10n.Democracy.ngayKhongHopLeNhapTheo)) }
        guard problems.isEmpty, let kind, let amount, let day else { return .failure(Failure(problems: problems)) }
        let entry = VoteImplementationRules.Entry(
            kind: kind, amount: amount, households: kind == .collected ? (households ?? (typedHouseholds.isEmpty ? nil : -1)) : nil,
            date: day, purpose: DemocracyService.clean(draft.purpose),
            overspendReason: kind == .spent ? DemocracyService.clean(draft.overspendReason) : "")
        return try await database.transaction { db -> Result<ImplementationEntry, Failure> in
            // One writer per vote at a time: the balance read below is the one the entry is checked against.
            try await (db as! any SQLDatabase).raw("UPDATE hamlet_votes SET id = id WHERE id = \(bind: vote.id!)").run()
            let before = try await balance(of: vote.id!, on: db)
            let found = VoteImplementationRules.problems(
                entry, passed: vote.passed, heldOn: CivilDate(iso: vote.heldOn)!, eligible: vote.eligible,
                before: before, today: actor.today)
            guard found.isEmpty else { return .failure(Failure(problems: found)) }
            let record = ImplementationEntry()
            record.$vote.id = vote.id!
            record.kind = kind.rawValue
            record.amount = amount
            record.households = entry.households
            record.onDate = day.iso
            record.purpose = entry.purpose
            record.overspendReason = VoteImplementationRules.overspendWarning(entry, before: before) == nil ? nil : entry.overspendReason
            record.createdBy = actor.username
            try await record.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "hamlet_vote", id: "\(vote.id!)", action: kind == .collected ? "collect" : "spend",
                before: EntrySnapshot?.none, after: EntrySnapshot(record))
            return .success(record)
        }
    }

    /// The disclosure category the follow-up goes under for this commune: khoản 5, or khoản 14 where khoản 5 is retired.
    static func category(for commune: OrgUnit, on db: any Database) async throws -> DisclosureCategory? {
        let categories = try await DemocracyService.categories(under: commune.path, on: db).filter { $0.scope == "xa" }
        return categories.first { $0.code == VoteImplementationRules.disclosureCategory }
            ?? categories.first { $0.code == VoteImplementationRules.fallbackCategory }
    }

    /// Publishes the follow-up back to residents: a disclosure item of the commune (posted from today for the category's
    /// minimum period, at the commune office, on its web page and through the hamlet heads), linked to the vote.
    static func publish(_ vote: HamletVote, actor: Actor, scopePath: String, store: FileStore, on database: any Database) async throws
        -> DisclosureItem
    {
        guard vote.passed else { throw AppError.invalid(L10n.Democracy.noiDungNayKhongDuocThong, code: "vote_not_passed") }
        let commune = try await vote.$commune.get(on: database)
        let hamlet = try await vote.$hamlet.get(on: database)
        let records = try await entries(of: vote.id!, on: database)
        guard !records.isEmpty else {
            throw AppError.invalid(L10n.Democracy.chuaCoKhoanThuChiNao, code: "nothing_to_publish")
        }
        guard let category = try await category(for: commune, on: database) else {
            throw AppError.invalid(
                L10n.Democracy.danhMucCuaTinhKhongConLoai,
                code: "invalid_category")
        }
        let today = actor.today
        var draft = DemocracyService.ItemDraft(unitID: commune.id)
        draft.categoryCode = category.code
        draft.title = VoteImplementationRules.publicTitle(subject: vote.subject, hamlet: hamlet.name)
        draft.content = VoteImplementationRules.publicText(
            subject: vote.subject, hamlet: hamlet.name, decision: vote.communeDecision,
            entries: records.map(\.rule), today: today)
        draft.forms = [DisclosureForm.noticeBoard.rawValue, DisclosureForm.website.rawValue, DisclosureForm.hamletHeads.rawValue]
        draft.startsOn = today.vietnamese
        draft.endsOn = category.minimumPostingDays.map { today.adding(days: $0 - 1).vietnamese } ?? ""
        let balance = VoteImplementationRules.Balance.of(records.map(\.rule))
        let ready = draft
        // One transaction: the item and its link to the vote are saved together or not at all.
        return try await database.transaction { db in
            let item = try await DemocracyService.publish(ready, actor: actor, scopePath: scopePath, store: store, on: db)
            let publication = ImplementationPublication()
            publication.$vote.id = vote.id!
            publication.$item.id = item.id!
            publication.publishedOn = today.iso
            publication.createdBy = actor.username
            try await publication.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "hamlet_vote", id: "\(vote.id!)", action: "publish_implementation",
                before: PublicationSnapshot?.none,
                after: PublicationSnapshot(itemID: item.id!, publishedOn: today.iso, collected: balance.collected, spent: balance.spent))
            return item
        }
    }

    static func publications(of voteID: Int, on db: any Database) async throws -> [ImplementationPublication] {
        try await ImplementationPublication.query(on: db).filter(\.$vote.$id == voteID).sort(\.$id, .descending).limit(100).all()
    }
}

/// The implementation part of a vote's page, its two forms and the publish button; and the API.
enum VoteImplementationController {

    /// What the implementation forms keep after a refused entry: which form, what was typed, the errors.
    struct FormState {
        var kind = ""
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        var publishError: String?
    }

    /// Adds the implementation of a passed vote to its page: the running balance, the entries, the forms and the button.
    static func decorate(_ model: inout DemocracyPage.Model, req: Request, user: User, vote: HamletVote, state: FormState?) async throws {
        guard vote.passed else { return }
        let records = try await VoteImplementationService.entries(of: vote.id!, on: req.db)
        let balance = VoteImplementationRules.Balance.of(records.map(\.rule))
        let publications = try await VoteImplementationService.publications(of: vote.id!, on: req.db)
        var table = DemocracyTable(
            title: L10n.Democracy.toChucThucHienThuChi(VoteImplementationRules.dong(balance.balance)),
            headers: [
                L10n.Democracy.ngay, L10n.Democracy.loai, L10n.Democracy.soTien, L10n.Democracy.soHo, L10n.Democracy.noiDung, L10n.Democracy.nguoiGhi
            ],
            empty: L10n.Democracy.chuaGhiKhoanThuChiNao)
        table.rows = records.map { entry in
            var text = entry.purpose
            if let reason = entry.overspendReason { text += (text.isEmpty ? "" : " — ") + L10n.Democracy.chiVuotSoDuLabel + reason }
            return [
                DemocracyCell(DemocracyController.day(entry.onDate)), DemocracyCell(entry.kindValue.label),
                DemocracyCell(VoteImplementationRules.dong(entry.amount)), DemocracyCell(entry.households.map(String.init) ?? ""),
                DemocracyCell(text), DemocracyCell(entry.createdBy)
            ]
        }
        model.tables.append(table)
        model.facts += [
            (L10n.Democracy.daThu, VoteImplementationRules.dong(balance.collected) + L10n.Democracy.luotHo(balance.householdContributions)),
            (L10n.Democracy.daChi, VoteImplementationRules.dong(balance.spent)),
            (L10n.Democracy.conLai, VoteImplementationRules.dong(balance.balance))
        ]
        if let last = publications.first {
            model.facts.append((L10n.Democracy.daCongKhaiKetQuaThuc, DemocracyController.day(last.publishedOn)))
            model.links.append((L10n.Democracy.ketQuaThucHienTrenTrang, SiteURL.publicDemocracyDisclosure(.value(last.$item.id)).path))
        }
        guard user.role.canWrite else { return }
        let today = req.clock.today.vietnamese
        // One form for both (a page has each field id once): the households are for a collection, the reason for spending
        // beyond the balance.
        var entry = DemocracyForm(
            heading: L10n.Democracy.ghiKhoanThuChi, action: SiteURL.democracyVoteImplementation(.value(vote.id!)).path,
            controls: [
                .select(
                    label: L10n.Democracy.loai, name: "kind", options: ImplementationEntryKind.allCases.map { ($0.rawValue, $0.label) },
                    required: true),
                .text(label: L10n.Democracy.soTienDong, name: "amount", hint: L10n.Democracy.viDu12500000, required: true),
                .number(label: L10n.Democracy.soHoDaDongGopKhoan, name: "households", required: false),
                .text(label: L10n.Democracy.ngayDdMmYyyy, name: "date", hint: nil, required: true),
                .text(label: L10n.Democracy.noiDungKhoanChiChiCho, name: "purpose", hint: L10n.Democracy.viDuMuaXiMangDa, required: false),
                .textarea(label: L10n.Democracy.lyDoNeuChiVuotSo, name: "overspend_reason", rows: 2, required: false)
            ], submit: L10n.Democracy.ghiKhoanThuChi)
        entry.values = ["date": today, "kind": ImplementationEntryKind.collected.rawValue]
        if let state, !state.values.isEmpty {
            entry.values = state.values
            entry.values["kind"] = state.kind
            entry.errors = state.errors
        }
        var publish = DemocracyForm(
            heading: L10n.Democracy.congKhaiKetQuaThucHienTieuDe, action: SiteURL.democracyVoteImplementationPublish(.value(vote.id!)).path,
            controls: [
                .note(
                    L10n.Democracy.ketQuaThuChiDuocDang
                        + L10n.Democracy.niemYetTuHomNayGui)
            ], submit: L10n.Democracy.congKhaiKetQuaThucHienTieuDe)
        if let error = state?.publishError { publish.refusal = error }
        model.forms += [entry, publish]
    }

    struct EntryForm: Content {
        var kind: String?
        var amount: String?
        var households: String?
        var date: String?
        var purpose: String?
        var overspend_reason: String?
    }

    @Sendable static func addEntry(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let vote = try await DemocracyController.findVote(req, user: user)
        let form = try req.content.decode(EntryForm.self)
        let draft = VoteImplementationService.Draft(
            kind: form.kind ?? "", amount: form.amount ?? "", households: form.households ?? "",
            date: form.date ?? "", purpose: form.purpose ?? "", overspendReason: form.overspend_reason ?? "")
        switch try await VoteImplementationService.add(draft, to: vote, actor: req.actor(user), on: req.db) {
        case .failure(let failure):
            let state = FormState(
                kind: draft.kind,
                values: [
                    "amount": draft.amount, "households": draft.households, "date": draft.date,
                    "purpose": draft.purpose, "overspend_reason": draft.overspendReason
                ],
                errors: failure.fields)
            return try await DemocracyController.votePage(
                req, user: user, vote: vote, errors: [:], values: [:], status: .unprocessableEntity, implementation: state)
        case .success(let entry):
            let balance = try await VoteImplementationService.balance(of: vote.id!, on: req.db)
            req.flash(
                .success,
                (entry.kindValue == .collected ? L10n.Democracy.daGhiKhoanThu : L10n.Democracy.daGhiKhoanChi)
                    + VoteImplementationRules.dong(entry.amount)
                    + L10n.Democracy.conLaiSoDu + VoteImplementationRules.dong(balance.balance) + ".")
            return req.redirect(to: SiteURL.democracyVote(.value(vote.id!)).path)
        }
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let vote = try await DemocracyController.findVote(req, user: user)
        do {
            let item = try await VoteImplementationService.publish(
                vote, actor: req.actor(user), scopePath: user.scopePath, store: req.application.fileStore, on: req.db)
            req.flash(.success, L10n.Democracy.daCongKhaiKetQuaTrenSoCongKhai + vote.commune.name + ".")
            return req.redirect(to: SiteURL.democracyDisclosure(.value(item.id!)).path)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await DemocracyController.votePage(
                req, user: user, vote: vote, errors: [:], values: [:], status: .unprocessableEntity,
                implementation: FormState(publishError: error.message))
        }
    }

    // MARK: - API

    struct EntryDTO: Content {
        let id: Int, kind: String, amount: Int, households: Int?, date: String, purpose: String, overspendReason: String?
        init(_ e: ImplementationEntry) {
            id = e.id!
            kind = e.kind
            amount = e.amount
            households = e.households
            date = e.onDate
            purpose = e.purpose
            overspendReason = e.overspendReason
        }
    }

    struct ImplementationDTO: Content {
        let voteID: Int, passed: Bool, collected: Int, spent: Int, balance: Int, householdContributions: Int
        let entries: [EntryDTO]
        let publishedItemIDs: [Int]
    }

    static func dto(_ vote: HamletVote, on db: any Database) async throws -> ImplementationDTO {
        let records = try await VoteImplementationService.entries(of: vote.id!, on: db)
        let balance = VoteImplementationRules.Balance.of(records.map(\.rule))
        let publications = try await VoteImplementationService.publications(of: vote.id!, on: db)
        return ImplementationDTO(
            voteID: vote.id!, passed: vote.passed, collected: balance.collected, spent: balance.spent, balance: balance.balance,
            householdContributions: balance.householdContributions, entries: records.map(EntryDTO.init),
            publishedItemIDs: publications.map { $0.$item.id })
    }

    @Sendable static func apiShow(req: Request) async throws -> ImplementationDTO {
        let user = try req.user
        return try await dto(try await DemocracyController.findVote(req, user: user), on: req.db)
    }

    struct EntryBody: Content {
        let kind: String?, amount: Int?, households: Int?, date: String?, purpose: String?, overspendReason: String?
    }

    @Sendable static func apiAddEntry(req: Request) async throws -> Response {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        let vote = try await DemocracyController.findVote(req, user: user)
        let body = try req.content.decode(EntryBody.self)
        let draft = VoteImplementationService.Draft(
            kind: body.kind ?? "", amount: body.amount.map(String.init) ?? "", households: body.households.map(String.init) ?? "",
            date: body.date ?? "", purpose: body.purpose ?? "", overspendReason: body.overspendReason ?? "")
        switch try await VoteImplementationService.add(draft, to: vote, actor: req.actor(user), on: req.db) {
        case .failure(let failure): throw failure.appError
        case .success(let entry): return try await EntryDTO(entry).encodeResponse(status: .created, for: req)
        }
    }

    @Sendable static func apiPublish(req: Request) async throws -> Response {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        let vote = try await DemocracyController.findVote(req, user: user)
        let item = try await VoteImplementationService.publish(
            vote, actor: req.actor(user), scopePath: user.scopePath, store: req.application.fileStore, on: req.db)
        return try await APIDemocracyController.ItemDTO(item).encodeResponse(status: .created, for: req)
    }
}
