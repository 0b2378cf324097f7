import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// A sheet with everything needed to show or score it: its round, set, lines with their criteria, evidence, objections.
struct SheetContext {
    let sheet: ScoringSheet
    let round: ScoringRound
    let setRow: ScoringSet
    let set: CriteriaSet
    let criteria: [ScoringCriterion]
    /// In the set's order.
    let lines: [ScoringLine]
    let evidence: [Int: [ScoringEvidence]]
    let objections: [Int: [ScoringObjection]]
    /// Criteria by id, and their decoded rules (decoded once when the set is loaded, not on every use).
    let criterionByID: [Int: ScoringCriterion]
    let nodeByID: [Int: CriterionNode]

    init(
        sheet: ScoringSheet, round: ScoringRound, setRow: ScoringSet, set: CriteriaSet, criteria: [ScoringCriterion], lines: [ScoringLine],
        evidence: [Int: [ScoringEvidence]], objections: [Int: [ScoringObjection]]
    ) {
        self.sheet = sheet
        self.round = round
        self.setRow = setRow
        self.set = set
        self.criteria = criteria
        self.lines = lines
        self.evidence = evidence
        self.objections = objections
        criterionByID = Dictionary(criteria.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        // `ScoringSetStore.load` builds `set.nodes` from `criteria` in the same order.
        nodeByID =
            set.nodes.count == criteria.count
            ? Dictionary(zip(criteria, set.nodes).compactMap { c, node in c.id.map { ($0, node) } }, uniquingKeysWith: { a, _ in a })
            : Dictionary(criteria.compactMap { c in c.id.map { ($0, c.node) } }, uniquingKeysWith: { a, _ in a })
    }

    func criterion(of line: ScoringLine) -> ScoringCriterion? { criterionByID[line.$criterion.id] }

    /// The criterion's rule, decoded once.
    func node(of criterion: ScoringCriterion) -> CriterionNode { criterion.id.flatMap { nodeByID[$0] } ?? criterion.node }

    /// Points per line code under `choice` (self, or final = appraised else self else computed).
    func points(final: Bool) -> [String: Points] {
        var result: [String: Points] = [:]
        for line in lines {
            guard let code = criterion(of: line)?.code else { continue }
            if let points = final ? line.finalPoints : line.selfOrComputed { result[code] = points }
        }
        return result
    }

    var selfResult: ScoreResult { ScoreCalculator.result(set, points: points(final: false), ineligible: sheet.ineligible) }
    var finalResult: ScoreResult { ScoreCalculator.result(set, points: points(final: true), ineligible: sheet.ineligible) }

    static func load(_ sheetID: Int, on db: any Database) async throws -> SheetContext {
        guard let sheet = try await ScoringSheet.query(on: db).filter(\.$id == sheetID).with(\.$unit).with(\.$round).first() else {
            throw AppError.notFound(L10n.Scoring.phieuChamDiemDoiTuong)
        }
        let (setRow, set, criteria) = try await ScoringSetStore.load(sheet.round.$set.id, on: db)
        let position = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id!, $0.position) })
        let lines = try await ScoringLine.query(on: db).filter(\.$sheet.$id == sheetID).all()
            .sorted { (position[$0.$criterion.id] ?? 0) < (position[$1.$criterion.id] ?? 0) }
        let lineIDs = lines.compactMap(\.id)
        let evidence = lineIDs.isEmpty ? [] : try await ScoringEvidence.query(on: db).filter(\.$line.$id ~~ lineIDs).sort(\.$id).all()
        let objections = lineIDs.isEmpty ? [] : try await ScoringObjection.query(on: db).filter(\.$line.$id ~~ lineIDs).sort(\.$id).all()
        return SheetContext(
            sheet: sheet, round: sheet.round, setRow: setRow, set: set, criteria: criteria, lines: lines,
            evidence: Dictionary(grouping: evidence) { $0.$line.id }, objections: Dictionary(grouping: objections) { $0.$line.id })
    }
}

/// What a person may do with a sheet.
enum ScoringAccess {
    static func canSee(_ user: User, _ context: SheetContext, isAppraiser: Bool) -> Bool {
        isAppraiser || user.canSee(context.sheet.unit)
    }

    /// The unit's own officers fill and submit its sheet and lodge its objections.
    static func isUnitOfficer(_ user: User, _ sheet: ScoringSheet) -> Bool {
        user.role.canWrite && user.$unit.id == sheet.$unit.id
    }

    static func isAppraiser(_ user: User, roundID: Int, on db: any Database) async throws -> Bool {
        try await ScoringAppraiser.query(on: db).filter(\.$round.$id == roundID).filter(\.$user.$id == user.id!).count() > 0
    }

    /// Refuses unless the user is on the round's appraisal team and not of the sheet's unit.
    static func requireAppraiser(_ user: User, _ context: SheetContext, on db: any Database) async throws {
        guard user.role.canWrite, try await isAppraiser(user, roundID: context.round.id!, on: db) else {
            throw AppError(.forbidden, code: "not_appraiser", message: L10n.Scoring.chiThanhVienDoanThamDinh)
        }
        guard user.$unit.id != context.sheet.$unit.id else {
            throw AppError(.forbidden, code: "own_unit", message: L10n.Scoring.thanhVienDoanThamDinhKhong)
        }
    }
}

extension ScoringAccess {
    /// Appraisal (points, returning a sheet, finalising) closes with the round's appraisal deadline, inclusive; answering
    /// objections stays open (it follows the objection window).
    static func requireAppraisalOpen(_ context: SheetContext, today: CivilDate) throws {
        guard today.iso <= context.round.appraisalDueOn else {
            throw AppError.invalid(
                L10n.Scoring.daHetHanThamDinh(CivilDate(iso: context.round.appraisalDueOn)?.vietnamese ?? context.round.appraisalDueOn)
                    + L10n.Scoring.khongThamDinhTraLaiHay, code: "appraisal_window_closed")
        }
    }
}

/// Self-assessment, appraisal and objections: every change checked by `LineRule`, saved in one transaction, audited.
enum ScoringSheets {
    typealias Problems = [String: LineRule.Problem]

    struct Entry: Sendable {
        var points: String
        var note: String
    }

    static func problem(_ code: String, _ message: String) -> LineRule.Problem { .init(code: code, message: message) }

    /// Checks what the unit typed (line id → points and explanation). Overriding a computed line needs an explanation.
    static func checkSelf(_ entries: [Int: Entry], _ context: SheetContext) -> (Problems, [Int: Points?]) {
        var problems: Problems = [:]
        var parsed: [Int: Points?] = [:]
        for line in context.lines {
            guard let id = line.id, let entry = entries[id], let criterion = context.criterion(of: line) else { continue }
            switch LineRule.check(entry.points, for: context.node(of: criterion)) {
            case .failure(let problem): problems["diem_\(id)"] = problem
            case .success(let points):
                parsed[id] = points
                if let points, let computed = line.computedPoints, points.hundredths != computed,
                    entry.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                {
                    problems["giai_trinh_\(id)"] = problem(
                        "override_needs_explanation",
                        L10n.Scoring.tieuChiDanvanTinhDuocDiem(criterion.code, Points(hundredths: computed).text))
                }
            }
            if entry.note.count > 2000 { problems["giai_trinh_\(id)"] = problem("too_long", L10n.Scoring.giaiTrinhToiDa2000) }
        }
        return (problems, parsed)
    }

    /// Saves the unit's points; `submit` also locks the sheet (late when after the self-assessment deadline).
    static func saveSelf(_ entries: [Int: Entry], submit: Bool, context: SheetContext, user: User, actor: Actor, on database: any Database)
        async throws -> Problems
    {
        let sheet = context.sheet
        guard ScoringAccess.isUnitOfficer(user, sheet) else {
            throw AppError(.forbidden, code: "not_unit_officer", message: L10n.Scoring.chiCanBoCuaDonVi)
        }
        guard sheet.status.unitMayEdit else {
            throw AppError.invalid(L10n.Scoring.phieuDaNopNenKhongSua, code: "sheet_locked")
        }
        let (problems, parsed) = checkSelf(entries, context)
        if !problems.isEmpty { return problems }
        var changed: [LineChange] = []
        for line in context.lines {
            guard let id = line.id, let entry = entries[id], let points = parsed[id] else { continue }
            let note = entry.note.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.selfPoints != points?.hundredths || line.explanation != note {
                changed.append(
                    LineChange(
                        code: context.criterion(of: line)?.code ?? "", before: line.selfPoints.map { Points(hundredths: $0).text },
                        after: points?.text, note: note))
                line.selfPoints = points?.hundredths
                line.explanation = note
            }
        }
        if submit {
            let missing = context.lines.filter { line in
                context.criterion(of: line).map { LineRole(rawValue: $0.role) == .regular } == true && line.selfOrComputed == nil
            }
            if let first = missing.first, let criterion = context.criterion(of: first) {
                return ["diem_\(first.id!)": problem("line_not_scored", L10n.Scoring.chuaChamTieuChiTieuChi(criterion.code, missing.count))]
            }
        }
        let before = SheetSnapshot(sheet)
        let changedLines = changed
        if submit {
            sheet.status = .submitted
            sheet.submittedOn = actor.today.iso
            sheet.late = actor.today.iso > context.round.selfDueOn
            sheet.selfTotal = ScoreCalculator.result(context.set, points: context.points(final: false)).total.hundredths
        }
        try await database.transaction { db in
            for line in context.lines where line.hasChanges { try await line.save(on: db) }
            if submit { try await sheet.save(on: db) }
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_sheet", id: "\(sheet.id!)", action: submit ? "submit" : "save_draft",
                before: before, after: SheetSnapshot(sheet, lines: changedLines))
        }
        return [:]
    }

    /// Cập nhật số liệu: the unit's officer recomputes the sheet's computed lines from today's records; the lines whose
    /// figure changed are audited with their new source, in the same transaction.
    static func refreshComputed(_ context: SheetContext, user: User, actor: Actor, on database: any Database) async throws {
        guard ScoringAccess.isUnitOfficer(user, context.sheet) else {
            throw AppError(.forbidden, code: "not_unit_officer", message: L10n.Scoring.chiCanBoDonViCapNhatSoLieu)
        }
        guard context.sheet.status.unitMayEdit else { throw AppError.invalid(L10n.Scoring.phieuDaNopNenKhongSua, code: "sheet_locked") }
        let sheetID = context.sheet.id!
        let roundID = context.round.id!
        let before = Dictionary(context.lines.map { ($0.id!, ($0.computedPoints, $0.computedSource)) }, uniquingKeysWith: { a, _ in a })
        try await database.transaction { db in
            try await ScoringComputed.prefill(roundID: roundID, sheetIDs: [sheetID], on: db, today: actor.today)
            let after = try await ScoringLine.query(on: db).filter(\.$sheet.$id == sheetID).filter(\.$computedSource != nil).all()
            let changed: [LineChange] = after.compactMap { line in
                let old = before[line.id!]
                guard old?.0 != line.computedPoints || old?.1 != line.computedSource else { return nil }
                return LineChange(
                    code: context.criterion(of: line)?.code ?? "", before: old?.0.map { Points(hundredths: $0).text },
                    after: line.computedPoints.map { Points(hundredths: $0).text }, note: line.computedSource ?? "")
            }.sorted { $0.code < $1.code }
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_sheet", id: "\(sheetID)", action: "refresh_computed",
                before: SheetSnapshot(context.sheet), after: SheetSnapshot(context.sheet, lines: changed))
        }
    }

    /// Appraised points per line; a reason wherever they differ from the unit's.
    static func saveAppraisal(_ entries: [Int: Entry], context: SheetContext, user: User, actor: Actor, on database: any Database) async throws
        -> Problems
    {
        try await ScoringAccess.requireAppraiser(user, context, on: database)
        try ScoringAccess.requireAppraisalOpen(context, today: actor.today)
        guard context.sheet.status == .submitted else {
            throw AppError.invalid(L10n.Scoring.chiThamDinhPhieuDaNop, code: "sheet_not_submitted")
        }
        var problems: Problems = [:]
        var changed: [LineChange] = []
        for line in context.lines {
            guard let id = line.id, let entry = entries[id], let criterion = context.criterion(of: line) else { continue }
            let reason = entry.note.trimmingCharacters(in: .whitespacesAndNewlines)
            switch LineRule.check(entry.points, for: context.node(of: criterion)) {
            case .failure(let problem): problems["tham_dinh_\(id)"] = problem
            case .success(let points):
                if let points, points != line.selfOrComputed, reason.isEmpty {
                    problems["ly_do_\(id)"] = problem("appraisal_needs_reason", L10n.Scoring.tieuChiDiemThamDinhKhac(criterion.code))
                } else if line.appraisedPoints != points?.hundredths || line.appraisalReason != reason {
                    changed.append(
                        LineChange(
                            code: criterion.code, before: line.appraisedPoints.map { Points(hundredths: $0).text }, after: points?.text, note: reason)
                    )
                    line.appraisedPoints = points?.hundredths
                    line.appraisalReason = reason
                }
            }
        }
        if !problems.isEmpty { return problems }
        let changedLines = changed
        try await database.transaction { db in
            for line in context.lines where line.hasChanges { try await line.save(on: db) }
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_sheet", id: "\(context.sheet.id!)", action: "appraise",
                before: SheetSnapshot(context.sheet), after: SheetSnapshot(context.sheet, lines: changedLines))
        }
        return [:]
    }

    /// Trả lại phiếu để làm rõ: once per sheet, with a reason.
    static func giveBack(_ context: SheetContext, reason: String, user: User, actor: Actor, on database: any Database) async throws {
        try await ScoringAccess.requireAppraiser(user, context, on: database)
        try ScoringAccess.requireAppraisalOpen(context, today: actor.today)
        let sheet = context.sheet
        guard sheet.status == .submitted else { throw AppError.invalid(L10n.Scoring.chiTraLaiPhieuDaNop, code: "sheet_not_submitted") }
        guard sheet.returnedCount == 0 else { throw AppError.invalid(L10n.Scoring.phieuChiDuocTraLaiMot, code: "already_returned") }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongGhiNoiDungCan, code: "missing_reason") }
        let before = SheetSnapshot(sheet)
        sheet.status = .returned
        sheet.returnedCount += 1
        sheet.returnReason = reason
        try await database.transaction { db in
            try await sheet.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_sheet", id: "\(sheet.id!)", action: "return", before: before, after: SheetSnapshot(sheet))
        }
    }

    /// Kết thúc thẩm định: the final total and class are kept on the sheet.
    static func finalise(_ context: SheetContext, ineligible: Bool, ineligibleReason: String, user: User, actor: Actor, on database: any Database)
        async throws
    {
        try await ScoringAccess.requireAppraiser(user, context, on: database)
        try ScoringAccess.requireAppraisalOpen(context, today: actor.today)
        let sheet = context.sheet
        guard sheet.status == .submitted else { throw AppError.invalid(L10n.Scoring.chiKetThucThamDinhPhieu, code: "sheet_not_submitted") }
        let reason = ineligibleReason.trimmingCharacters(in: .whitespacesAndNewlines)
        if ineligible, reason.isEmpty {
            throw AppError.invalid(L10n.Scoring.vuiLongGhiLyDoDon, code: "missing_ineligible_reason")
        }
        let before = SheetSnapshot(sheet)
        sheet.ineligible = ineligible
        sheet.ineligibleReason = ineligible ? reason : nil
        let result = ScoreCalculator.result(context.set, points: context.points(final: true), ineligible: ineligible)
        sheet.status = .finalised
        sheet.finalisedOn = actor.today.iso
        sheet.finalTotal = result.total.hundredths
        sheet.classLabel = result.classLabel
        let breakdown = ScoringBreakdown.rows(sheetID: sheet.id!, roundID: context.round.id!, own: context.selfResult, final: result)
        try await database.transaction { db in
            try await sheet.save(on: db)
            try await ScoringBreakdown.replace(sheetIDs: [sheet.id!], with: breakdown, on: db)
            try await ScoringRanks.store(roundID: context.round.id!, on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_sheet", id: "\(sheet.id!)", action: "finalise", before: before, after: SheetSnapshot(sheet))
        }
    }

    /// A unit's objection to one line of its finalised sheet, until the objection deadline.
    static func object(_ context: SheetContext, lineID: Int, text: String, user: User, actor: Actor, on database: any Database) async throws {
        guard ScoringAccess.isUnitOfficer(user, context.sheet) else {
            throw AppError(.forbidden, code: "not_unit_officer", message: L10n.Scoring.chiCanBoDonViGuiKienNghi)
        }
        guard context.sheet.status == .finalised else { throw AppError.invalid(L10n.Scoring.chiKienNghiKhiPhieuDa, code: "sheet_not_finalised") }
        guard actor.today.iso <= context.round.objectionDueOn else {
            throw AppError.invalid(
                "Đã hết hạn kiến nghị (\(CivilDate(iso: context.round.objectionDueOn)?.vietnamese ?? "")).", code: "objection_window_closed")
        }
        guard let line = context.lines.first(where: { $0.id == lineID }) else { throw AppError.notFound(L10n.Scoring.tieuChi) }
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongGhiNoiDungKien, code: "missing_objection") }
        guard text.count <= 2000 else { throw AppError.invalid(L10n.Scoring.noiDungKienNghiToiDa, code: "too_long") }
        let objection = ScoringObjection()
        objection.$line.id = line.id!
        objection.text = text
        objection.lodgedBy = user.username
        objection.lodgedOn = actor.today.iso
        try await database.transaction { db in
            try await objection.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_objection", id: "\(objection.id!)", action: "create", before: ObjectionSnapshot?.none,
                after: ObjectionSnapshot(objection, code: context.criterion(of: line)?.code ?? ""))
        }
    }

    /// The team answers an objection; new points (with the answer as their reason) change the line and the result.
    static func answer(
        _ context: SheetContext, objectionID: Int, answer: String, newPoints: String, user: User, actor: Actor, on database: any Database
    ) async throws {
        try await ScoringAccess.requireAppraiser(user, context, on: database)
        guard let objection = context.objections.values.joined().first(where: { $0.id == objectionID }),
            let line = context.lines.first(where: { $0.id == objection.$line.id }), let criterion = context.criterion(of: line)
        else {
            throw AppError.notFound(L10n.Scoring.kienNghi)
        }
        guard objection.answer == nil else { throw AppError.invalid(L10n.Scoring.kienNghiNayDaDuocTra, code: "already_answered") }
        let answer = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !answer.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongGhiNoiDungTra, code: "missing_answer") }
        let points: Points?
        switch LineRule.check(newPoints, for: context.node(of: criterion)) {
        case .failure(let problem): throw AppError.invalid(problem.message, code: problem.code)
        case .success(let value): points = value
        }
        let before = ObjectionSnapshot(objection, code: criterion.code)
        objection.answer = answer
        objection.answeredBy = user.username
        objection.answeredOn = actor.today.iso
        let sheet = context.sheet
        var breakdown: [ScoringBreakdown.Row] = []
        if let points {
            line.appraisedPoints = points.hundredths
            line.appraisalReason = L10n.Scoring.traLoiKienNghiLabel + answer
            let result = ScoreCalculator.result(context.set, points: context.points(final: true), ineligible: sheet.ineligible)
            sheet.finalTotal = result.total.hundredths
            sheet.classLabel = result.classLabel
            breakdown = ScoringBreakdown.rows(sheetID: sheet.id!, roundID: context.round.id!, own: context.selfResult, final: result)
        }
        let newBreakdown = breakdown
        try await database.transaction { db in
            try await objection.save(on: db)
            if points != nil {
                try await line.save(on: db)
                try await sheet.save(on: db)
                try await ScoringBreakdown.replace(sheetIDs: [sheet.id!], with: newBreakdown, on: db)
                try await ScoringRanks.store(roundID: context.round.id!, on: db)
            }
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_objection", id: "\(objection.id!)", action: "answer", before: before,
                after: ObjectionSnapshot(objection, code: criterion.code, newPoints: points?.text))
        }
    }

    /// Tài liệu kiểm chứng for a line, while the unit may still edit its sheet.
    static func attach(
        _ context: SheetContext, lineID: Int, name: String, data: Data, store: FileStore, user: User, actor: Actor, on database: any Database
    ) async throws {
        guard ScoringAccess.isUnitOfficer(user, context.sheet) else {
            throw AppError(.forbidden, code: "not_unit_officer", message: L10n.Scoring.chiCanBoDonViDinhKemTaiLieu)
        }
        guard context.sheet.status.unitMayEdit else { throw AppError.invalid(L10n.Scoring.phieuDaNopNenKhongDinh, code: "sheet_locked") }
        guard let line = context.lines.first(where: { $0.id == lineID }) else { throw AppError.notFound(L10n.Scoring.tieuChi) }
        guard !data.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongChonTepTaiLieu, code: "missing_file") }
        let hash = try store.store(data)
        let evidence = ScoringEvidence()
        evidence.$line.id = line.id!
        evidence.name = name
        evidence.hash = hash
        evidence.size = data.count
        evidence.uploadedBy = user.username
        try await database.transaction { db in
            try await evidence.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_evidence", id: "\(evidence.id!)", action: "create", before: EvidenceSnapshot?.none,
                after: EvidenceSnapshot(name: name, size: data.count, line: context.criterion(of: line)?.code ?? ""))
        }
    }
}

struct LineChange: Codable {
    let code: String
    let before: String?
    let after: String?
    let note: String
}

struct SheetSnapshot: Codable {
    let status: String
    let late: Bool
    let finalTotal: String?
    let classLabel: String?
    let lines: [LineChange]?

    init(_ sheet: ScoringSheet, lines: [LineChange]? = nil) {
        status = sheet.status.label
        late = sheet.late
        finalTotal = sheet.finalTotal.map { Points(hundredths: $0).text }
        classLabel = sheet.classLabel
        self.lines = lines
    }
}

struct ObjectionSnapshot: Codable {
    let line: String
    let text: String
    let answer: String?
    let newPoints: String?

    init(_ objection: ScoringObjection, code: String, newPoints: String? = nil) {
        line = code
        text = objection.text
        answer = objection.answer
        self.newPoints = newPoints
    }
}

struct EvidenceSnapshot: Codable {
    let name: String
    let size: Int
    let line: String
}
