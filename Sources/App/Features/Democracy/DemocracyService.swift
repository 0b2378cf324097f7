import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Dân chủ ở cơ sở — publishing and withdrawing items, recording hamlet votes, running consultations; from the pages, the API
/// and the demo alike. Every change is one transaction with its audit entry; every rule comes from DanVanCore.
enum DemocracyService {
    typealias Problems = [String: (code: String, message: String)]

    /// The figures in force: the law's defaults, overridden by what the province stored.
    static func settings(on db: any Database) async throws -> DemocracySettings {
        var settings = DemocracySettings()
        for record in try await DemocracySettingRecord.query(on: db).all() {
            if let figure = DemocracyFigure(rawValue: record.figure) { settings.values[figure] = record.value }
        }
        return settings
    }

    /// The active categories that apply under `path`: the law's list and what the provinces above added.
    static func categories(under path: String, on db: any Database) async throws -> [DisclosureCategory] {
        let owners = DisclosureCategoryRules.owners(underPath: path)
        var condition: SQLQueryString = "active = \(true) AND (owner_unit_id IS NULL"
        if !owners.isEmpty { condition += " OR owner_unit_id IN (\(binds: owners)))" } else { condition += ")" }
        return try await categoryRows(where: condition, orderBy: "sort_order, scope DESC, id", on: db)
    }

    /// Every category, retired ones included: to name the category of an item already published.
    static func allCategories(on db: any Database) async throws -> [DisclosureCategory] {
        try await categoryRows(where: "1 = 1", orderBy: "sort_order, id", on: db)
    }

    /// Categories as plain rows: the public pages and the grid read them on every view, and Fluent's reflection over
    /// the records cost more than the statement.
    private static func categoryRows(where condition: SQLQueryString, orderBy order: String, on db: any Database) async throws -> [DisclosureCategory]
    {
        struct Row: Decodable {
            let code: String, title: String, article: String, minimum_posting_days: Int?, frequency: String, loudspeaker: Bool, scope: String,
                sort_order: Int
        }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT code, title, article, minimum_posting_days, frequency, loudspeaker, scope, sort_order FROM\
             \(ident: DisclosureCategoryRecord.schema) \
            WHERE \(condition) ORDER BY \(unsafeRaw: order)
            """
        ).all(decoding: Row.self)
        return rows.map {
            DisclosureCategory(
                code: $0.code, title: $0.title, article: $0.article, minimumPostingDays: $0.minimum_posting_days,
                frequency: DisclosureFrequency(rawValue: $0.frequency) ?? .onEvent, loudspeaker: $0.loudspeaker, scope: $0.scope,
                sortOrder: $0.sort_order)
        }
    }

    /// Who publishes under which list: communes the commune list, agencies the agency list (Chương III).
    static func scope(of unit: OrgUnit) -> String { unit.kind == .commune ? "xa" : "co_quan" }

    static func clean(_ text: String) -> String { PetitionService.clean(text) }

    /// The first problem as a 422 with its stable code.
    static func fail(_ problems: Problems) -> AppError {
        let first = problems.sorted { $0.key < $1.key }.first!.value
        return AppError.invalid(first.message, code: first.code)
    }

    static func date(_ text: String) -> CivilDate? {
        let typed = text.trimmingCharacters(in: .whitespaces)
        return CivilDate(vietnamese: typed) ?? CivilDate(iso: typed)
    }

    /// A commune or agency in scope that may publish: communes, and agencies for what agencies publish.
    static func publisher(_ id: Int?, scopePath: String, on db: any Database) async throws -> OrgUnit? {
        guard let id, let unit = try await OrgUnit.find(id, on: db), unit.path.hasPrefix(scopePath),
            [.commune, .office, .department, .publicService].contains(unit.kind)
        else { return nil }
        return unit
    }

    // MARK: - Công khai

    struct ItemDraft: Sendable {
        var unitID: Int?
        var categoryCode = ""
        var title = ""
        var content = ""
        var forms: [String] = []
        var decidedOn = ""
        var startsOn = ""
        var endsOn = ""
        var shortReason = ""
        var file: (name: String, data: Data)?
    }

    struct CheckedItem {
        let unit: OrgUnit
        let category: DisclosureCategory
        let decided: CivilDate?
        let start: CivilDate
        let end: CivilDate?
        let posting: DisclosureRules.PostingCheck
        let onTime: Bool
    }

    static let allowedFileExtensions = ["pdf", "jpg", "jpeg", "png", "docx", "xlsx", "odt", "ods", "txt"]
    static let maxFileBytes = UploadLimits.publicAttachment

    static func fileProblem(_ file: (name: String, data: Data)?) -> (code: String, message: String)? {
        guard let file, !file.data.isEmpty else { return nil }
        let name = PlanImportController.sanitized(file.name)
        if file.data.count > maxFileBytes {
            return ("file_too_large", L10n.Democracy.tepVuotQuaGioiHan(name, UploadLimits.label(maxFileBytes)))
        }
        if !allowedFileExtensions.contains((name as NSString).pathExtension.lowercased()) {
            return (
                "file_type_not_allowed",
                L10n.Democracy.khongNhanTepChiNhanTep(name) + allowedFileExtensions.map { "." + $0 }.joined(separator: ", ") + "."
            )
        }
        return nil
    }

    static func itemProblems(
        _ draft: ItemDraft, scopePath: String, today: CivilDate, settings: DemocracySettings,
        calendar: WorkingCalendar, on db: any Database
    ) async throws -> (Problems, CheckedItem?) {
        var problems: Problems = [:]
        let unit = try await publisher(draft.unitID, scopePath: scopePath, on: db)
        if unit == nil { problems["unit_id"] = ("invalid_unit", L10n.Democracy.vuiLongChonXaPhuongHoac) }
        var category: DisclosureCategory?
        if let unit {
            category = try await categories(under: unit.path, on: db).first { $0.code == draft.categoryCode && $0.scope == scope(of: unit) }
        }
        if category == nil { problems["category"] = ("invalid_category", L10n.Democracy.vuiLongChonLoaiThongTin) }
        let title = clean(draft.title)
        let content = clean(draft.content)
        if title.isEmpty { problems["title"] = ("missing_title", L10n.Democracy.vuiLongNhapTieuDe) }
        if title.count > 500 { problems["title"] = ("too_long", L10n.Democracy.tieuDeToiDa500Ky) }
        if content.isEmpty { problems["content"] = ("missing_content", L10n.Democracy.vuiLongNhapNoiDungCong) }
        if content.count > 20000 { problems["content"] = ("too_long", L10n.Democracy.noiDungToiDa20000) }
        let forms = draft.forms.compactMap(DisclosureForm.init(rawValue:))
        if forms.isEmpty { problems["forms"] = ("missing_forms", L10n.Democracy.vuiLongChonItNhatMot) }
        var decided: CivilDate?
        if !draft.decidedOn.trimmingCharacters(in: .whitespaces).isEmpty {
            decided = date(draft.decidedOn)
            if decided == nil {
                problems["decided_on"] = ("invalid_date", L10n.Democracy.ngayBanHanhVanBanKhong)
            } else if decided! > today {
                problems["decided_on"] = ("impossible_date", L10n.Democracy.ngayBanHanhVanBanSauHomNay)
            }
        }
        let start = date(draft.startsOn)
        if start == nil { problems["starts_on"] = ("invalid_date", L10n.Democracy.ngayBatDauNiemYetKhong) }
        if let start, start > today { problems["starts_on"] = ("future_date", L10n.Democracy.ngayBatDauNiemYetSauHomNay) }
        if let start, let decided, start < decided { problems["starts_on"] = ("before_decision", L10n.Democracy.ngayBatDauNiemYetTruocBanHanh) }
        var end: CivilDate?
        if !draft.endsOn.trimmingCharacters(in: .whitespaces).isEmpty {
            end = date(draft.endsOn)
            if end == nil { problems["ends_on"] = ("invalid_date", L10n.Democracy.ngayKetThucNiemYetKhong) }
        }
        var posting = DisclosureRules.PostingCheck.ok
        if let start, let category {
            posting = DisclosureRules.checkPosting(start: start, end: end, category: category)
            if posting == .endBeforeStart { problems["ends_on"] = ("end_before_start", posting.message!) }
            if posting.needsReason && clean(draft.shortReason).isEmpty { problems["short_reason"] = ("short_posting_needs_reason", posting.message!) }
        }
        if clean(draft.shortReason).count > 1000 { problems["short_reason"] = ("too_long", L10n.Democracy.lyDoToiDa1000) }
        if let file = fileProblem(draft.file) { problems["file"] = file }
        guard problems.isEmpty, let unit, let category, let start else { return (problems, nil) }
        let onTime = DisclosureRules.isOnTime(decidedOn: decided, publishedOn: start, settings: settings, calendar: calendar)
        return ([:], CheckedItem(unit: unit, category: category, decided: decided, start: start, end: end, posting: posting, onTime: onTime))
    }

    static func publish(_ draft: ItemDraft, actor: Actor, scopePath: String, store: FileStore, on database: any Database) async throws
        -> DisclosureItem
    {
        let settings = try await DemocracyService.settings(on: database)
        let calendar = try await HolidayCalendar.load(on: database)
        let (problems, checked) = try await itemProblems(
            draft, scopePath: scopePath, today: actor.today, settings: settings, calendar: calendar, on: database)
        guard let checked else { throw fail(problems) }
        let item = DisclosureItem()
        item.$unit.id = checked.unit.id!
        item.categoryCode = checked.category.code
        item.title = clean(draft.title)
        item.content = clean(draft.content)
        item.forms = draft.forms.compactMap(DisclosureForm.init(rawValue:)).map(\.rawValue).joined(separator: ",")
        item.decidedOn = checked.decided?.iso
        item.startsOn = checked.start.iso
        item.endsOn = checked.end?.iso
        item.shortReason = checked.posting.needsReason ? clean(draft.shortReason) : nil
        item.onTime = checked.onTime
        item.year = checked.start.year
        item.publishedBy = actor.username
        let hash = try draft.file.flatMap { $0.data.isEmpty ? nil : try store.store($0.data) }
        try await database.transaction { db in
            try await item.create(on: db)
            if let hash, let file = draft.file {
                let record = DisclosureFile()
                record.$item.id = item.id!
                record.fileHash = hash
                record.fileName = PlanImportController.sanitized(file.name)
                record.sizeBytes = file.data.count
                try await record.create(on: db)
            }
            try await Audit.record(
                on: db, actor: actor, entity: "disclosure_item", id: "\(item.id!)", action: "publish",
                before: DisclosureSnapshot?.none, after: DisclosureSnapshot(item, unitCode: checked.unit.code))
        }
        return item
    }

    /// Takes an item down: only with a reason, kept with the item and shown publicly as withdrawn.
    static func withdraw(_ item: DisclosureItem, reason: String, actor: Actor, on database: any Database) async throws {
        let text = clean(reason)
        guard item.withdrawnOn == nil else { throw AppError.invalid(L10n.Democracy.thongTinNayDaDuocRut, code: "already_withdrawn") }
        guard !text.isEmpty else { throw AppError.invalid(L10n.Democracy.vuiLongGhiLyDoRut, code: "withdraw_reason_required") }
        guard text.count <= 1000 else { throw AppError.invalid(L10n.Democracy.lyDoToiDa1000, code: "too_long") }
        let unit = try await item.$unit.get(on: database)
        let before = DisclosureSnapshot(item, unitCode: unit.code)
        item.withdrawnOn = actor.today.iso
        item.withdrawnReason = text
        item.withdrawnBy = actor.username
        try await database.transaction { db in
            try await item.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "disclosure_item", id: "\(item.id!)", action: "withdraw",
                before: before, after: DisclosureSnapshot(item, unitCode: unit.code))
        }
    }

    // MARK: - Bàn và quyết định

    struct VoteDraft: Sendable {
        var hamletID: Int?
        var matter = ""
        var subject = ""
        var method = ""
        var heldOn = ""
        var eligible = ""
        var voting = ""
        var inFavour = ""
        var against = ""
        var minutes: (name: String, data: Data)?
    }

    static func number(_ text: String) -> Int? { Int(text.filter { !$0.isWhitespace && $0 != "." }) }

    static func voteProblems(
        _ draft: VoteDraft, scopePath: String, today: CivilDate, settings: DemocracySettings,
        on db: any Database
    ) async throws -> (Problems, (OrgUnit, HamletMatter, VoteMethod, CivilDate, HamletVoteRules.Counts, HamletVoteRules.Outcome)?) {
        var problems: Problems = [:]
        var hamlet: OrgUnit?
        if let id = draft.hamletID { hamlet = try await OrgUnit.find(id, on: db) }
        if hamlet.map({ $0.kind != .hamlet || !$0.path.hasPrefix(scopePath) || $0.$parent.id == nil }) ?? true {
            problems["hamlet_id"] = ("invalid_hamlet", L10n.Democracy.vuiLongChonThonToDanTrongPhamVi)
            hamlet = nil
        }
        let matter = HamletMatter(rawValue: draft.matter)
        if matter == nil { problems["matter"] = ("invalid_matter", L10n.Democracy.vuiLongChonNoiDungNhan) }
        let method = VoteMethod(rawValue: draft.method)
        if method == nil { problems["method"] = ("invalid_method", L10n.Democracy.vuiLongChonHinhThucQuyet) }
        let subject = clean(draft.subject)
        if subject.isEmpty { problems["subject"] = ("missing_subject", L10n.Democracy.vuiLongNhapNoiDungBieu) }
        if subject.count > 1000 { problems["subject"] = ("too_long", L10n.Democracy.noiDungToiDa1000) }
        let held = date(draft.heldOn)
        if held == nil { problems["held_on"] = ("invalid_date", L10n.Democracy.ngayBieuQuyetKhongHopLe) }
        if let held, held > today { problems["held_on"] = ("impossible_date", L10n.Democracy.ngayBieuQuyetKhongTheSau) }
        let fields = [
            ("eligible", draft.eligible, L10n.Democracy.tongSoHoVietThuong), ("voting", draft.voting, L10n.Democracy.soHoThamGiaVietThuong),
            ("in_favour", draft.inFavour, L10n.Democracy.soHoTanThanhVietThuong),
            ("against", draft.against, L10n.Democracy.soHoKhongTanThanhVietThuong)
        ]
        var values: [String: Int] = [:]
        for (name, text, what) in fields {
            if let value = number(text), (0...1_000_000).contains(value) {
                values[name] = value
            } else {
                problems[name] = ("invalid_number", L10n.Democracy.vuiLongNhapLaMotSo(what))
            }
        }
        if let file = fileProblem(draft.minutes) { problems["minutes"] = file }
        guard values.count == 4 else { return (problems, nil) }
        let counts = HamletVoteRules.Counts(
            eligible: values["eligible"]!, voting: values["voting"]!, inFavour: values["in_favour"]!, against: values["against"]!)
        var outcome: HamletVoteRules.Outcome?
        if let matter, let method {
            do { outcome = try HamletVoteRules.outcome(matter: matter, method: method, counts: counts, settings: settings) } catch let error
                as HamletVoteRules.Problem
            {
                let field =
                    error == .methodNotAllowed
                    ? "method" : error == .moreAnswersThanVoters ? "in_favour" : error == .noHouseholds ? "eligible" : "voting"
                problems[field] = (error.rawValue, error.message)
            }
        }
        guard problems.isEmpty, let hamlet, let matter, let method, let held, let outcome else { return (problems, nil) }
        return ([:], (hamlet, matter, method, held, counts, outcome))
    }

    static func recordVote(_ draft: VoteDraft, actor: Actor, scopePath: String, store: FileStore, on database: any Database) async throws
        -> HamletVote
    {
        let settings = try await DemocracyService.settings(on: database)
        let (problems, checked) = try await voteProblems(draft, scopePath: scopePath, today: actor.today, settings: settings, on: database)
        guard let checked else { throw fail(problems) }
        let (hamlet, matter, method, held, counts, outcome) = checked
        let vote = HamletVote()
        vote.$hamlet.id = hamlet.id!
        vote.$commune.id = hamlet.$parent.id!
        vote.matter = matter.rawValue
        vote.subject = clean(draft.subject)
        vote.method = method.rawValue
        vote.heldOn = held.iso
        vote.eligible = counts.eligible
        vote.voting = counts.voting
        vote.inFavour = counts.inFavour
        vote.against = counts.against
        vote.thresholdPercent = outcome.threshold.percent
        vote.thresholdStrict = outcome.threshold.strictlyAbove
        vote.requiredVotes = outcome.required
        vote.passed = outcome.passed
        if let minutes = draft.minutes, !minutes.data.isEmpty {
            vote.minutesHash = try store.store(minutes.data)
            vote.minutesName = PlanImportController.sanitized(minutes.name)
        }
        vote.createdBy = actor.username
        try await database.transaction { db in
            try await vote.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "hamlet_vote", id: "\(vote.id!)", action: "create",
                before: VoteSnapshot?.none, after: VoteSnapshot(vote))
        }
        return vote
    }

    /// The commune's decision on what a hamlet decided (công nhận, or a reasoned refusal).
    /// Recorded once: a second decision is refused (`already_decided`) on the page as in the API, never overwritten.
    static func recordDecision(_ vote: HamletVote, text: String, decidedOn: String, actor: Actor, on database: any Database) async throws {
        guard vote.communeDecision == nil else {
            throw AppError.invalid(L10n.Democracy.uyBanNhanDanXaDa, code: "already_decided")
        }
        let decision = clean(text)
        guard !decision.isEmpty, decision.count <= 2000 else {
            throw AppError.invalid(L10n.Democracy.vuiLongNhapQuyetDinhCua, code: "missing_decision")
        }
        guard let day = date(decidedOn), day <= actor.today, day >= CivilDate(iso: vote.heldOn)! else {
            throw AppError.invalid(L10n.Democracy.ngayQuyetDinhKhongHopLe, code: "invalid_date")
        }
        let before = VoteSnapshot(vote)
        vote.communeDecision = decision
        vote.decidedOn = day.iso
        try await database.transaction { db in
            try await vote.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "hamlet_vote", id: "\(vote.id!)", action: "decide", before: before, after: VoteSnapshot(vote))
        }
    }

    // MARK: - Tham gia ý kiến

    static let consultationForms = [
        ("hoi_nghi", L10n.Democracy.hoiNghiTraoDoiDoiThoai), ("hop_cong_dong", L10n.Democracy.cuocHopCongDongDanCu),
        ("phieu", L10n.Democracy.phatPhieuLayYKienHo), ("hom_thu", L10n.Democracy.homThuGopYDuongDay),
        ("mat_tran", L10n.Democracy.quaBanCongTacMatTranVaCacToChuc), ("trang_thong_tin", L10n.Democracy.congTrangThongTinDienTu),
        ("mang_xa_hoi", L10n.Democracy.mangVienThongMangXaHoi)
    ]

    struct ConsultationDraft: Sendable {
        var unitID: Int?
        var subject = ""
        var draft = ""
        var forms: [String] = []
        var startsOn = ""
        var endsOn = ""
    }

    static func consultationProblems(
        _ draft: ConsultationDraft, scopePath: String, settings: DemocracySettings,
        on db: any Database
    ) async throws -> (Problems, (OrgUnit, CivilDate, CivilDate)?) {
        var problems: Problems = [:]
        let unit = try await publisher(draft.unitID, scopePath: scopePath, on: db)
        if unit == nil { problems["unit_id"] = ("invalid_unit", L10n.Democracy.vuiLongChonXaPhuongTrong) }
        let subject = clean(draft.subject)
        let text = clean(draft.draft)
        if subject.isEmpty { problems["subject"] = ("missing_subject", L10n.Democracy.vuiLongNhapNoiDungLay) }
        if subject.count > 500 { problems["subject"] = ("too_long", L10n.Democracy.toiDa500KyTu) }
        if text.isEmpty { problems["draft"] = ("missing_draft", L10n.Democracy.vuiLongNhapDuThaoHoac) }
        if text.count > 50000 { problems["draft"] = ("too_long", L10n.Democracy.duThaoToiDa50000) }
        let known = Set(consultationForms.map(\.0))
        if draft.forms.filter(known.contains).isEmpty { problems["forms"] = ("missing_forms", L10n.Democracy.vuiLongChonHinhThucLayYKien) }
        let start = date(draft.startsOn)
        let end = date(draft.endsOn)
        if start == nil { problems["starts_on"] = ("invalid_date", L10n.Democracy.ngayBatDauKhongHopLe) }
        if end == nil { problems["ends_on"] = ("invalid_date", L10n.Democracy.ngayKetThucKhongHopLe) }
        if let start, let end, let problem = ConsultationRules.periodProblem(start: start, end: end, settings: settings) {
            problems["ends_on"] = ("consultation_too_short", problem)
        }
        guard problems.isEmpty, let unit, let start, let end else { return (problems, nil) }
        return ([:], (unit, start, end))
    }

    static func openConsultation(_ draft: ConsultationDraft, actor: Actor, scopePath: String, on database: any Database) async throws -> Consultation
    {
        let settings = try await DemocracyService.settings(on: database)
        let (problems, checked) = try await consultationProblems(draft, scopePath: scopePath, settings: settings, on: database)
        guard let checked else { throw fail(problems) }
        let (unit, start, end) = checked
        let consultation = Consultation()
        consultation.$unit.id = unit.id!
        consultation.subject = clean(draft.subject)
        consultation.draft = clean(draft.draft)
        consultation.forms = draft.forms.filter(Set(consultationForms.map(\.0)).contains).joined(separator: ",")
        consultation.startsOn = start.iso
        consultation.endsOn = end.iso
        consultation.createdBy = actor.username
        try await database.transaction { db in
            try await consultation.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "consultation", id: "\(consultation.id!)", action: "create",
                before: ConsultationSnapshot?.none, after: ConsultationSnapshot(consultation))
        }
        return consultation
    }

    struct OpinionDraft: Sendable {
        var source = "cong_dan"
        var content = ""
        var authorName = ""
        var authorAddress = ""
        var receivedOn = ""
    }

    static func opinionProblems(_ draft: OpinionDraft, consultation: Consultation, today: CivilDate, fromPublic: Bool) -> Problems {
        var problems: Problems = [:]
        let content = clean(draft.content)
        if content.isEmpty { problems["content"] = ("missing_content", L10n.Democracy.vuiLongNhapYKien) }
        if content.count > 5000 { problems["content"] = ("too_long", L10n.Democracy.yKienToiDa5000) }
        if clean(draft.authorName).count > 200 { problems["author_name"] = ("too_long", L10n.Democracy.hoTenToiDa200Ky) }
        if clean(draft.authorAddress).count > 300 { problems["author_address"] = ("too_long", L10n.Democracy.diaChiToiDa300Ky) }
        if fromPublic {
            if !ConsultationRules.isOpen(start: consultation.start, end: consultation.end, today: today) {
                problems["consultation"] = (
                    "consultation_closed", L10n.Democracy.dotLayYKienNayKhong(consultation.start.vietnamese, consultation.end.vietnamese)
                )
            }
        } else {
            if !ConsultationOpinion.sources.contains(where: { $0.0 == draft.source }) || draft.source == "cong_dan" {
                problems["source"] = ("invalid_source", L10n.Democracy.vuiLongChonNguonYKien)
            }
            if let day = date(draft.receivedOn) {
                if day > today || day < consultation.start { problems["received_on"] = ("invalid_date", L10n.Democracy.ngayNhanYKienPhaiTrong) }
            } else {
                problems["received_on"] = ("invalid_date", L10n.Democracy.ngayNhanYKienKhongHop)
            }
        }
        if consultation.answer != nil { problems["consultation"] = ("consultation_answered", L10n.Democracy.dotLayYKienNayDa) }
        return problems
    }

    static func addOpinion(_ draft: OpinionDraft, to consultation: Consultation, actor: Actor, fromPublic: Bool, on database: any Database)
        async throws -> ConsultationOpinion
    {
        let problems = opinionProblems(draft, consultation: consultation, today: actor.today, fromPublic: fromPublic)
        guard problems.isEmpty else { throw fail(problems) }
        let opinion = ConsultationOpinion()
        opinion.$consultation.id = consultation.id!
        opinion.source = fromPublic ? "cong_dan" : draft.source
        opinion.content = clean(draft.content)
        opinion.authorName = clean(draft.authorName)
        opinion.authorAddress = clean(draft.authorAddress)
        opinion.receivedOn = fromPublic ? actor.today.iso : date(draft.receivedOn)!.iso
        opinion.enteredBy = fromPublic ? nil : actor.username
        try await database.transaction { db in
            try await opinion.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "consultation_opinion", id: "\(opinion.id!)", action: "create",
                before: OpinionSnapshot?.none, after: OpinionSnapshot(opinion))
        }
        return opinion
    }

    /// Publishes the commune's answer: what it took up and what changed in the draft.
    static func publishAnswer(_ consultation: Consultation, answer: String, actor: Actor, on database: any Database) async throws {
        let text = clean(answer)
        guard !text.isEmpty, text.count <= 20000 else {
            throw AppError.invalid(L10n.Democracy.vuiLongNhapKetQuaTiep, code: "missing_answer")
        }
        guard consultation.answer == nil else { throw AppError.invalid(L10n.Democracy.ketQuaLayYKienDa, code: "already_answered") }
        guard actor.today >= consultation.start else {
            throw AppError.invalid(L10n.Democracy.dotLayYKienChuaBat, code: "consultation_not_started")
        }
        let before = ConsultationSnapshot(consultation)
        consultation.answer = text
        consultation.answeredOn = actor.today.iso
        try await database.transaction { db in
            try await consultation.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "consultation", id: "\(consultation.id!)", action: "answer",
                before: before, after: ConsultationSnapshot(consultation))
        }
    }
}

extension DemocracyService {
    /// Records a recommendation received from a board; its answer is due `inspectionAnswerDays` days later.
    static func recordRecommendation(
        communeID: Int?, board: String, receivedOn: String, content: String, actor: Actor, scopePath: String,
        on database: any Database
    ) async throws -> InspectionRecommendation {
        var problems: Problems = [:]
        let commune = try await publisher(communeID, scopePath: scopePath, on: database)
        if commune == nil { problems["commune_id"] = ("invalid_unit", L10n.Democracy.vuiLongChonXaPhuongTrong) }
        let kind = InspectionBoard(rawValue: board)
        if kind == nil { problems["board"] = ("invalid_board", L10n.Democracy.vuiLongChonBanKienNghi) }
        let received = date(receivedOn)
        if received == nil { problems["received_on"] = ("invalid_date", L10n.Democracy.ngayNhanKienNghiKhongHop) }
        if let received, received > actor.today { problems["received_on"] = ("impossible_date", L10n.Democracy.ngayNhanKienNghiKhongThe) }
        let text = clean(content)
        if text.isEmpty || text.count > 10000 { problems["content"] = ("missing_content", L10n.Democracy.vuiLongNhapNoiDungKien) }
        guard problems.isEmpty, let commune, let kind, let received else { throw fail(problems) }
        let settings = try await DemocracyService.settings(on: database)
        let calendar = try await HolidayCalendar.load(on: database)
        let recommendation = InspectionRecommendation()
        recommendation.$commune.id = commune.id!
        recommendation.board = kind.rawValue
        recommendation.receivedOn = received.iso
        recommendation.content = text
        recommendation.dueOn = InspectionRules.answerDue(receivedOn: received, settings: settings, calendar: calendar).iso
        recommendation.createdBy = actor.username
        try await database.transaction { db in
            try await recommendation.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "inspection_recommendation", id: "\(recommendation.id!)", action: "create",
                before: RecommendationSnapshot?.none, after: RecommendationSnapshot(recommendation))
        }
        return recommendation
    }

    static func answerRecommendation(_ recommendation: InspectionRecommendation, answer: String, actor: Actor, on database: any Database) async throws
    {
        let text = clean(answer)
        guard !text.isEmpty, text.count <= 10000 else {
            throw AppError.invalid(L10n.Democracy.vuiLongNhapNoiDungTra, code: "missing_answer")
        }
        guard recommendation.answer == nil else { throw AppError.invalid(L10n.Democracy.kienNghiNayDaDuocTra, code: "already_answered") }
        let before = RecommendationSnapshot(recommendation)
        recommendation.answer = text
        recommendation.answeredOn = actor.today.iso
        try await database.transaction { db in
            try await recommendation.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "inspection_recommendation", id: "\(recommendation.id!)", action: "answer",
                before: before, after: RecommendationSnapshot(recommendation))
        }
    }
}

/// A recommendation's audit entry: board, dates and status — not its text, which may name officials.
struct RecommendationSnapshot: Codable {
    let communeID: Int
    let board: String
    let receivedOn: String
    let dueOn: String
    let answeredOn: String?

    init(_ recommendation: InspectionRecommendation) {
        communeID = recommendation.$commune.id
        board = recommendation.board
        receivedOn = recommendation.receivedOn
        dueOn = recommendation.dueOn
        answeredOn = recommendation.answeredOn
    }
}

/// What the audit log keeps of a disclosure item.
struct DisclosureSnapshot: Codable {
    let unit: String
    let category: String
    let title: String
    let startsOn: String
    let endsOn: String?
    let onTime: Bool
    let shortReason: String?
    let withdrawnOn: String?
    let withdrawnReason: String?

    init(_ item: DisclosureItem, unitCode: String) {
        unit = unitCode
        category = item.categoryCode
        title = item.title
        startsOn = item.startsOn
        endsOn = item.endsOn
        onTime = item.onTime
        shortReason = item.shortReason
        withdrawnOn = item.withdrawnOn
        withdrawnReason = item.withdrawnReason
    }
}

struct VoteSnapshot: Codable {
    let hamletID: Int
    let matter: String
    let method: String
    let heldOn: String
    let eligible: Int
    let voting: Int
    let inFavour: Int
    let against: Int
    let passed: Bool
    let communeDecision: String?

    init(_ vote: HamletVote) {
        hamletID = vote.$hamlet.id
        matter = vote.matter
        method = vote.method
        heldOn = vote.heldOn
        eligible = vote.eligible
        voting = vote.voting
        inFavour = vote.inFavour
        against = vote.against
        passed = vote.passed
        communeDecision = vote.communeDecision
    }
}

struct ConsultationSnapshot: Codable {
    let unitID: Int
    let subject: String
    let startsOn: String
    let endsOn: String
    let answeredOn: String?

    init(_ consultation: Consultation) {
        unitID = consultation.$unit.id
        subject = consultation.subject
        startsOn = consultation.startsOn
        endsOn = consultation.endsOn
        answeredOn = consultation.answeredOn
    }
}

/// An opinion's audit entry: which consultation and where it came from — never the author's name or address.
struct OpinionSnapshot: Codable {
    let consultationID: Int
    let source: String
    let length: Int

    init(_ opinion: ConsultationOpinion) {
        consultationID = opinion.$consultation.id
        source = opinion.source
        length = opinion.content.count
    }
}
