import DanVanCore
import Fluent
import Vapor
import Views

/// Hương ước, quy ước — drafting, posting, the residents' vote (recorded as a hamlet vote, Điều 15 khoản 3), sending to the
/// commune, recognition or refusal, amendments and the yearly review; from the pages, the API and the demo alike. Every step
/// is one transaction with its audit entry; the rules (which step from which stage, the periods) come from DanVanCore.
enum ConventionService {
    typealias Problems = DemocracyService.Problems

    static func clean(_ text: String) -> String { DemocracyService.clean(text) }
    /// A date as typed (dd/mm/yyyy or ISO); years before 1990 are typing mistakes, not conventions.
    static func date(_ text: String) -> CivilDate? { DemocracyService.date(text).flatMap { $0.year >= 1990 ? $0 : nil } }

    static func fail(_ problem: ConventionRules.Problem) -> AppError { AppError.invalid(problem.message, code: problem.code) }

    // MARK: - Soạn thảo

    struct Draft: Sendable {
        var hamletID: Int?
        var kind = ConventionKind.huongUoc.rawValue
        var name = ""
        var text = ""
        var draftedOn = ""
    }

    static func textProblems(name: String?, text: String, summary: String?, draftedOn: String, today: CivilDate) -> (Problems, CivilDate?) {
        var problems: Problems = [:]
        if let name {
            let clean = clean(name)
            if clean.isEmpty { problems["name"] = ("missing_name", L10n.Democracy.vuiLongNhapTenHuongUoc) }
            if clean.count > 300 { problems["name"] = ("too_long", L10n.Democracy.tenToiDa300KyTu) }
        }
        let body = clean(text)
        if body.isEmpty { problems["text"] = ("missing_text", L10n.Democracy.vuiLongNhapToanVanDu) }
        if body.count > 100_000 { problems["text"] = ("too_long", L10n.Democracy.toanVanToiDa100000) }
        if let summary {
            let clean = clean(summary)
            if clean.isEmpty { problems["change_summary"] = ("missing_summary", L10n.Democracy.vuiLongTomTatNhungDiem) }
            if clean.count > 5000 { problems["change_summary"] = ("too_long", L10n.Democracy.tomTatToiDa5000) }
        }
        let drafted = date(draftedOn)
        if drafted == nil { problems["drafted_on"] = ("invalid_date", L10n.Democracy.ngayLapDuThaoKhongHop) }
        if let drafted, drafted > today { problems["drafted_on"] = ("impossible_date", L10n.Democracy.ngayLapDuThaoKhongThe) }
        return (problems, drafted)
    }

    /// Starts a community's convention with its first draft. A hamlet has one convention; its changes are amendments.
    static func create(_ draft: Draft, communeID: Int, actor: Actor, on database: any Database) async throws -> Convention {
        var (problems, drafted) = textProblems(name: draft.name, text: draft.text, summary: nil, draftedOn: draft.draftedOn, today: actor.today)
        var hamlet: OrgUnit?
        if let id = draft.hamletID { hamlet = try await OrgUnit.find(id, on: database) }
        if hamlet.map({ $0.kind != .hamlet || $0.$parent.id != communeID || $0.activeUntil != nil }) ?? true {
            problems["hamlet_id"] = ("invalid_hamlet", L10n.Democracy.vuiLongChonThonToDan)
            hamlet = nil
        }
        let kind = ConventionKind(rawValue: draft.kind)
        if kind == nil { problems["kind"] = ("invalid_kind", L10n.Democracy.vuiLongChonHuongUocHoac) }
        if let hamlet, try await Convention.query(on: database).filter(\.$hamlet.$id == hamlet.id!).count() > 0 {
            problems["hamlet_id"] = ("convention_exists", L10n.Democracy.daCoHuongUocQuyUoc(hamlet.name))
        }
        guard problems.isEmpty, let hamlet, let kind, let drafted else { throw DemocracyService.fail(problems) }
        let convention = Convention()
        convention.$hamlet.id = hamlet.id!
        convention.$commune.id = communeID
        convention.kind = kind.rawValue
        convention.name = clean(draft.name)
        convention.createdBy = actor.username
        try await database.transaction { db in
            try await convention.create(on: db)
            let version = newVersion(convention, number: 1, text: draft.text, summary: "", drafted: drafted, actor: actor)
            try await version.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "convention", id: "\(convention.id!)", action: "create",
                before: ConventionSnapshot?.none, after: ConventionSnapshot(convention, version))
        }
        return convention
    }

    static func newVersion(_ convention: Convention, number: Int, text: String, summary: String, drafted: CivilDate, actor: Actor)
        -> ConventionVersion
    {
        let version = ConventionVersion()
        version.$convention.id = convention.id!
        version.number = number
        version.purpose = number == 1 ? "ban_hanh" : "sua_doi"
        version.text = clean(text)
        version.changeSummary = clean(summary)
        version.stage = ConventionStage.drafting.rawValue
        version.draftedOn = drafted.iso
        version.createdBy = actor.username
        return version
    }

    /// The versions of a convention, newest first.
    static func versions(of convention: Convention, on db: any Database) async throws -> [ConventionVersion] {
        try await ConventionVersion.query(on: db).filter(\.$convention.$id == convention.id!).sort(\.$number, .descending).all()
    }

    /// A new draft: an amendment of the text in force, or a new first text after one was not adopted or not recognised.
    static func redraft(_ convention: Convention, text: String, summary: String, draftedOn: String, actor: Actor, on database: any Database)
        async throws -> ConventionVersion
    {
        let versions = try await versions(of: convention, on: database)
        if versions.contains(where: { $0.stageValue.inProgress }) {
            throw AppError.invalid(L10n.Democracy.dangCoMotDuThaoChua, code: "draft_in_progress")
        }
        let inForce = versions.contains { $0.stageValue == .recognised }
        let (problems, drafted) = textProblems(name: nil, text: text, summary: inForce ? summary : nil, draftedOn: draftedOn, today: actor.today)
        guard problems.isEmpty, let drafted else { throw DemocracyService.fail(problems) }
        let version = newVersion(convention, number: (versions.first?.number ?? 0) + 1, text: text, summary: summary, drafted: drafted, actor: actor)
        if !inForce { version.purpose = "ban_hanh" }
        try await database.transaction { db in
            try await version.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "convention", id: "\(convention.id!)", action: "redraft",
                before: ConventionSnapshot?.none, after: ConventionSnapshot(convention, version))
        }
        return version
    }

    // MARK: - Các bước

    /// What a step needs; only the fields of that step are read.
    struct StepInput: Sendable {
        var step = ""
        var date = ""
        /// The vote (step "bieu_quyet"): as the hamlet vote form.
        var method = VoteMethod.meeting.rawValue
        var eligible = ""
        var voting = ""
        var inFavour = ""
        var against = ""
        var minutes: (name: String, data: Data)?
        /// The decision (steps "cong_nhan", "khong_cong_nhan").
        var decisionNumber = ""
        var effectiveOn = ""
        var refusalReason = ""
    }

    static func take(
        _ input: StepInput, on version: ConventionVersion, convention: Convention, actor: Actor, store: FileStore,
        on database: any Database
    ) async throws {
        guard let step = ConventionStep(rawValue: input.step) else { throw AppError.invalid(L10n.Democracy.buocKhongHopLe, code: "invalid_step") }
        if let problem = ConventionRules.check(step, from: version.stageValue) { throw fail(problem) }
        let settings = try await DemocracyService.settings(on: database)
        let calendar = try await HolidayCalendar.load(on: database)
        let today = actor.today
        guard let day = date(input.date) else {
            throw AppError.invalid(L10n.Democracy.ngayKhongHopLeNhapTheo, code: "invalid_date")
        }
        let before = ConventionSnapshot(convention, version)
        var vote: HamletVoteDraftResult?
        switch step {
        case .post:
            if let problem = ConventionRules.postingProblem(draftedOn: ConventionVersion.day(version.draftedOn)!, postedFrom: day, today: today) {
                throw fail(problem)
            }
            version.postedFrom = day.iso
        case .vote:
            if let problem = ConventionRules.voteProblem(
                postedFrom: ConventionVersion.day(version.postedFrom)!, heldOn: day, today: today, settings: settings)
            {
                throw fail(problem)
            }
            var draft = DemocracyService.VoteDraft(hamletID: convention.$hamlet.id)
            draft.matter = ConventionRules.voteMatter.rawValue
            draft.subject = L10n.Democracy.thongQua + (version.isAmendment ? L10n.Democracy.suaDoiBoSung : "") + convention.name
            draft.method = input.method
            draft.heldOn = input.date
            draft.eligible = input.eligible
            draft.voting = input.voting
            draft.inFavour = input.inFavour
            draft.against = input.against
            draft.minutes = input.minutes
            let hamlet = try await convention.$hamlet.get(on: database)
            let (problems, checked) = try await DemocracyService.voteProblems(
                draft, scopePath: hamlet.path, today: today, settings: settings, on: database)
            guard checked != nil else { throw DemocracyService.fail(problems) }
            vote = HamletVoteDraftResult(draft: draft, scopePath: hamlet.path)
        case .submit:
            if let problem = ConventionRules.submissionProblem(adoptedOn: ConventionVersion.day(version.votedOn)!, submittedOn: day, today: today) {
                throw fail(problem)
            }
            version.submittedOn = day.iso
            version.decisionDue = ConventionRules.recognitionDue(submittedOn: day, settings: settings, calendar: calendar).iso
        case .recognise, .refuse:
            let effective =
                step == .recognise ? (input.effectiveOn.trimmingCharacters(in: .whitespaces).isEmpty ? day : date(input.effectiveOn)) : nil
            if step == .recognise && effective == nil {
                throw AppError.invalid(L10n.Democracy.ngayCoHieuLucKhongHop, code: "invalid_date")
            }
            if let problem = ConventionRules.decisionProblem(
                submittedOn: ConventionVersion.day(version.submittedOn)!, decidedOn: day, effectiveOn: effective, today: today)
            {
                throw fail(problem)
            }
            let number = clean(input.decisionNumber)
            guard !number.isEmpty, number.count <= 100 else {
                throw AppError.invalid(L10n.Democracy.vuiLongNhapSoKyHieu, code: "missing_decision_number")
            }
            if step == .refuse {
                let reason = clean(input.refusalReason)
                guard !reason.isEmpty, reason.count <= 5000 else {
                    throw AppError.invalid(L10n.Democracy.khongCongNhanPhaiNeuRo, code: "refusal_reason_required")
                }
                version.refusalReason = reason
            }
            version.decisionNumber = number
            version.decidedOn = day.iso
            version.effectiveOn = effective?.iso
        }
        let recordingVote = vote
        try await database.transaction { db in
            var passed = true
            if let vote = recordingVote {
                let recorded = try await DemocracyService.recordVote(vote.draft, actor: actor, scopePath: vote.scopePath, store: store, on: db)
                version.$vote.id = recorded.id
                version.votedOn = recorded.heldOn
                passed = recorded.passed
                if passed {
                    version.submissionDue = ConventionRules.submissionDue(adoptedOn: day, settings: settings, calendar: calendar).iso
                }
            }
            if step == .recognise {
                // The text in force until now is replaced by this one.
                try await ConventionVersion.query(on: db).filter(\.$convention.$id == convention.id!)
                    .filter(\.$stage == ConventionStage.recognised.rawValue).set(\.$stage, to: ConventionStage.replaced.rawValue).update()
            }
            version.stage = ConventionRules.stage(after: step, passed: passed).rawValue
            try await version.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "convention", id: "\(convention.id!)", action: auditAction(step),
                before: before, after: ConventionSnapshot(convention, version))
        }
    }

    struct HamletVoteDraftResult: Sendable {
        let draft: DemocracyService.VoteDraft
        let scopePath: String
    }

    static func auditAction(_ step: ConventionStep) -> String {
        switch step {
        case .post: return "post_draft"
        case .vote: return "vote"
        case .submit: return "send"
        case .recognise: return "recognise"
        case .refuse: return "refuse"
        }
    }

    // MARK: - Rà soát

    static func review(_ convention: Convention, reviewedOn: String, conclusion: String, note: String, actor: Actor, on database: any Database)
        async throws -> ConventionReview
    {
        var problems: Problems = [:]
        let day = date(reviewedOn)
        if day == nil { problems["reviewed_on"] = ("invalid_date", L10n.Democracy.ngayRaSoatKhongHopLe) }
        if let day, day > actor.today { problems["reviewed_on"] = ("impossible_date", L10n.Democracy.ngayRaSoatKhongTheSau) }
        if !ConventionRules.reviewConclusions.contains(where: { $0.code == conclusion }) {
            problems["conclusion"] = ("invalid_conclusion", L10n.Democracy.vuiLongChonKetLuanRa)
        }
        if clean(note).count > 5000 { problems["note"] = ("too_long", L10n.Democracy.ghiChuToiDa5000) }
        let versions = try await versions(of: convention, on: database)
        if !versions.contains(where: { $0.stageValue == .recognised }) {
            problems["convention"] = ("not_in_force", L10n.Democracy.chiRaSoatHuongUocQuy)
        }
        if let day, try await ConventionReview.query(on: database).filter(\.$convention.$id == convention.id!).filter(\.$year == day.year).count() > 0
        {
            problems["reviewed_on"] = ("already_reviewed", L10n.Democracy.huongUocQuyUocNayDa(day.year))
        }
        guard problems.isEmpty, let day else { throw DemocracyService.fail(problems) }
        let review = ConventionReview()
        review.$convention.id = convention.id!
        review.year = day.year
        review.reviewedOn = day.iso
        review.conclusion = conclusion
        review.note = clean(note)
        review.createdBy = actor.username
        try await database.transaction { db in
            try await review.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "convention", id: "\(convention.id!)", action: "yearly_review",
                before: ReviewSnapshot?.none, after: ReviewSnapshot(year: review.year, conclusion: review.conclusion))
        }
        return review
    }

    struct ReviewSnapshot: Codable {
        let year: Int
        let conclusion: String
    }
}

/// What the audit log keeps of a convention's step: the version, its stage and dates — the text is on the record itself.
struct ConventionSnapshot: Codable {
    let hamletID: Int
    let name: String
    let version: Int
    let stage: String
    let postedFrom: String?
    let votedOn: String?
    let submittedOn: String?
    let decisionNumber: String?
    let decidedOn: String?
    let effectiveOn: String?

    init(_ convention: Convention, _ version: ConventionVersion) {
        hamletID = convention.$hamlet.id
        name = convention.name
        self.version = version.number
        stage = version.stage
        postedFrom = version.postedFrom
        votedOn = version.votedOn
        submittedOn = version.submittedOn
        decisionNumber = version.decisionNumber
        decidedOn = version.decidedOn
        effectiveOn = version.effectiveOn
    }
}
