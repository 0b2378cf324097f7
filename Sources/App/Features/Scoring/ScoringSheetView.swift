import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// What the sheet page shows, as plain values: read for a page view with a few plain SQL rows (no Fluent models; the set
/// from `ScoringSetCache` once frozen), or taken from a writer's `SheetContext` when a form comes back with errors.
/// Totals and classes come from DanVanCore's `ScoreCalculator`, as everywhere.
struct SheetView: Sendable {
    struct Sheet: Sendable {
        let id: Int
        let unitID: Int
        let unitName: String
        let unitPath: String
        let status: SheetStatus
        let submittedOn: String?
        let late: Bool
        let returnedCount: Int
        let returnReason: String?
        let ineligible: Bool
        let ineligibleReason: String?
        let finalTotal: Int?
        let classLabel: String?
    }

    struct Round: Sendable {
        let id: Int
        let ownerID: Int
        let year: Int
        let title: String
        let selfDueOn: String
        let appraisalDueOn: String
        let objectionDueOn: String
    }

    struct Line: Sendable {
        let id: Int
        let criterionID: Int
        let selfPoints: Int?
        let explanation: String
        let computedPoints: Int?
        let computedSource: String?
        let appraisedPoints: Int?
        let appraisalReason: String

        /// As `ScoringLine.finalPoints` and `selfOrComputed`.
        var finalPoints: Points? { (appraisedPoints ?? selfPoints ?? computedPoints).map(Points.init(hundredths:)) }
        var selfOrComputed: Points? { (selfPoints ?? computedPoints).map(Points.init(hundredths:)) }
    }

    struct Evidence: Sendable {
        let id: Int
        let name: String
    }

    struct Objection: Sendable {
        let id: Int
        let text: String
        let lodgedBy: String
        let lodgedOn: String
        let answer: String?
    }

    struct Link: Sendable {
        let id: Int
        let kind: String
        let recordID: Int
        let title: String
    }

    let sheet: Sheet
    let round: Round
    let set: LoadedSet
    /// In the set's order.
    let lines: [Line]
    /// By line id, oldest first.
    let evidence: [Int: [Evidence]]
    let objections: [Int: [Objection]]
    let links: [Int: [Link]]
    let isAppraiser: Bool

    /// The unit's own officers fill and submit its sheet and lodge its objections (as `ScoringAccess.isUnitOfficer`).
    func isUnitOfficer(_ user: User) -> Bool { user.role.canWrite && user.$unit.id == sheet.unitID }

    /// As `ScoringAccess.canSee`: on the round's team, or the sheet's unit in the person's subtree.
    func canSee(_ user: User) -> Bool { isAppraiser || sheet.unitPath.hasPrefix(user.scopePath) }

    /// Points per line code (self, or final = appraised else self else computed), as `SheetContext.points(final:)`.
    func points(final: Bool) -> [String: Points] {
        var result: [String: Points] = [:]
        for line in lines {
            guard let code = set.node(ofCriterion: line.criterionID)?.code else { continue }
            if let points = final ? line.finalPoints : line.selfOrComputed { result[code] = points }
        }
        return result
    }

    var selfResult: ScoreResult { ScoreCalculator.result(set.set, points: points(final: false), ineligible: sheet.ineligible) }
    var finalResult: ScoreResult { ScoreCalculator.result(set.set, points: points(final: true), ineligible: sheet.ineligible) }
}

extension SheetView {
    /// A writer's context shown again (a form with errors): the same values, its links read in one query.
    static func from(_ context: SheetContext, isAppraiser: Bool, on db: any Database) async throws -> SheetView {
        let sheet = context.sheet
        let round = context.round
        let links = try await ScoringRecordLinks.links(ofLines: context.lines.compactMap(\.id), on: db)
        return SheetView(
            sheet: Sheet(
                id: sheet.id!, unitID: sheet.$unit.id, unitName: sheet.unit.name, unitPath: sheet.unit.path, status: sheet.status,
                submittedOn: sheet.submittedOn, late: sheet.late, returnedCount: sheet.returnedCount, returnReason: sheet.returnReason,
                ineligible: sheet.ineligible, ineligibleReason: sheet.ineligibleReason, finalTotal: sheet.finalTotal, classLabel: sheet.classLabel),
            round: Round(
                id: round.id!, ownerID: round.$owner.id, year: round.year, title: round.title, selfDueOn: round.selfDueOn,
                appraisalDueOn: round.appraisalDueOn, objectionDueOn: round.objectionDueOn),
            set: LoadedSet(
                id: context.setRow.id!, title: context.setRow.title, frozen: context.setRow.frozen, set: context.set,
                criterionIDs: context.criteria.compactMap(\.id)),
            lines: context.lines.map { line in
                Line(
                    id: line.id!, criterionID: line.$criterion.id, selfPoints: line.selfPoints, explanation: line.explanation,
                    computedPoints: line.computedPoints, computedSource: line.computedSource, appraisedPoints: line.appraisedPoints,
                    appraisalReason: line.appraisalReason)
            },
            evidence: context.evidence.mapValues { $0.map { Evidence(id: $0.id!, name: $0.name) } },
            objections: context.objections.mapValues { list in
                list.map { Objection(id: $0.id!, text: $0.text, lodgedBy: $0.lodgedBy, lodgedOn: $0.lodgedOn, answer: $0.answer) }
            },
            links: links.mapValues { list in list.map { Link(id: $0.id!, kind: $0.kind, recordID: $0.recordID, title: $0.title) } },
            isAppraiser: isAppraiser)
    }

    /// The sheet for a page view: the sheet with its unit, round, set row and whether `user` is on the round's team in
    /// one query; the set from the cache once frozen; the lines; then evidence, objections and record links in one query.
    static func load(_ sheetID: Int, user: User, on db: any Database, cache: ScoringSetCache?) async throws -> SheetView {
        guard let sql = db as? any SQLDatabase, let userID = user.id else {
            let context = try await SheetContext.load(sheetID, on: db)
            let isAppraiser = try await ScoringAccess.isAppraiser(user, roundID: context.round.id!, on: db)
            return try await from(context, isAppraiser: isAppraiser, on: db)
        }
        struct Head: Decodable {
            let id: Int
            let unit_id: Int
            let unit_name: String
            let unit_path: String
            let status: String
            let submitted_on: String?
            let late: Bool
            let returned_count: Int
            let return_reason: String?
            let ineligible: Bool
            let ineligible_reason: String?
            let final_total: Int?
            let class_label: String?
            let round_id: Int
            let owner_unit_id: Int
            let year: Int
            let round_title: String
            let self_due_on: String
            let appraisal_due_on: String
            let objection_due_on: String
            let set_id: Int
            let set_title: String
            let frozen: Bool
            let bonus_cap: Int
            let deduction_cap: Int
            let bands: String
            let appraisers: Int
        }
        let head = try await sql.raw(
            """
            SELECT s.id, s.unit_id, u.name AS unit_name, u.path AS unit_path, s.status, s.submitted_on, s.late, s.returned_count, \
            s.return_reason, s.ineligible, s.ineligible_reason, s.final_total, s.class_label, \
            r.id AS round_id, r.owner_unit_id, r.year, r.title AS round_title, r.self_due_on, r.appraisal_due_on, r.objection_due_on, \
            t.id AS set_id, t.title AS set_title, t.frozen, t.bonus_cap, t.deduction_cap, t.bands, \
            (SELECT COUNT(*) FROM scoring_appraisers a WHERE a.round_id = r.id AND a.user_id = \(bind: userID)) AS appraisers \
            FROM scoring_sheets s JOIN units u ON u.id = s.unit_id JOIN scoring_rounds r ON r.id = s.round_id \
            JOIN scoring_sets t ON t.id = r.set_id WHERE s.id = \(bind: sheetID)
            """
        ).first(decoding: Head.self)
        guard let head else { throw AppError.notFound(L10n.Scoring.phieuChamDiemDoiTuong) }
        let set = try await ScoringSetStore.loaded(
            head.set_id,
            header: SetHeader(
                id: head.set_id, title: head.set_title, frozen: head.frozen, bonusCap: head.bonus_cap, deductionCap: head.deduction_cap,
                bands: head.bands),
            on: db, cache: cache)
        // Sixty rows read by column: decoding them through `Decodable` was 7 % of the page's CPU on PostgreSQL.
        let lines = try await sql.raw(
            """
            SELECT id, criterion_id, self_points, explanation, computed_points, computed_source, appraised_points, appraisal_reason \
            FROM scoring_lines WHERE sheet_id = \(bind: sheetID)
            """
        ).all()
            .map { row in
                Line(
                    id: try row.decode(column: "id", as: Int.self), criterionID: try row.decode(column: "criterion_id", as: Int.self),
                    selfPoints: try row.decode(column: "self_points", as: Int?.self),
                    explanation: try row.decode(column: "explanation", as: String.self),
                    computedPoints: try row.decode(column: "computed_points", as: Int?.self),
                    computedSource: try row.decode(column: "computed_source", as: String?.self),
                    appraisedPoints: try row.decode(column: "appraised_points", as: Int?.self),
                    appraisalReason: try row.decode(column: "appraisal_reason", as: String.self))
            }
            .sorted { (set.indexByID[$0.criterionID] ?? 0) < (set.indexByID[$1.criterionID] ?? 0) }
        // Evidence files, objections and record links of the sheet's lines: one statement, each kind in id order.
        struct Extra: Decodable {
            let what: Int
            let id: Int
            let line_id: Int
            let a: String
            let b: String
            let c: String
            let d: String?
            let n: Int
        }
        let extras = try await sql.raw(
            """
            SELECT 1 AS what, e.id, e.line_id, e.name AS a, '' AS b, '' AS c, CAST(NULL AS TEXT) AS d, 0 AS n \
            FROM scoring_evidence e JOIN scoring_lines l ON l.id = e.line_id WHERE l.sheet_id = \(bind: sheetID) \
            UNION ALL SELECT 2, o.id, o.line_id, o.text, o.lodged_by, o.lodged_on, o.answer, 0 \
            FROM scoring_objections o JOIN scoring_lines l ON l.id = o.line_id WHERE l.sheet_id = \(bind: sheetID) \
            UNION ALL SELECT 3, k.id, k.line_id, k.title, k.kind, '', CAST(NULL AS TEXT), k.record_id \
            FROM scoring_record_links k JOIN scoring_lines l ON l.id = k.line_id WHERE l.sheet_id = \(bind: sheetID) \
            ORDER BY 1, 2
            """
        ).all(decoding: Extra.self)
        var evidence: [Int: [Evidence]] = [:]
        var objections: [Int: [Objection]] = [:]
        var links: [Int: [Link]] = [:]
        for extra in extras {
            switch extra.what {
            case 1: evidence[extra.line_id, default: []].append(Evidence(id: extra.id, name: extra.a))
            case 2:
                objections[extra.line_id, default: []].append(
                    Objection(id: extra.id, text: extra.a, lodgedBy: extra.b, lodgedOn: extra.c, answer: extra.d))
            default: links[extra.line_id, default: []].append(Link(id: extra.id, kind: extra.b, recordID: extra.n, title: extra.a))
            }
        }
        return SheetView(
            sheet: Sheet(
                id: head.id, unitID: head.unit_id, unitName: head.unit_name, unitPath: head.unit_path,
                status: SheetStatus(rawValue: head.status) ?? .draft, submittedOn: head.submitted_on, late: head.late,
                returnedCount: head.returned_count, returnReason: head.return_reason, ineligible: head.ineligible,
                ineligibleReason: head.ineligible_reason, finalTotal: head.final_total, classLabel: head.class_label),
            round: Round(
                id: head.round_id, ownerID: head.owner_unit_id, year: head.year, title: head.round_title, selfDueOn: head.self_due_on,
                appraisalDueOn: head.appraisal_due_on, objectionDueOn: head.objection_due_on),
            set: set, lines: lines, evidence: evidence, objections: objections, links: links, isAppraiser: head.appraisers > 0)
    }
}
