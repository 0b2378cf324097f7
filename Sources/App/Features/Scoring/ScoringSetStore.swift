import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// Criteria sets in the database: written from a `CriteriaSet`, read back as one, copied to a new year.
enum ScoringSetStore {
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// Inserts the set and all its nodes; call inside a transaction when other writes go with it.
    @discardableResult
    static func create(
        _ set: CriteriaSet, title: String, decision: String, issuerUnitID: Int?, yearFrom: Int, yearTo: Int?,
        exampleKey: String?, copiedFrom: Int? = nil, createdBy: String, on db: any Database
    ) async throws -> ScoringSet {
        let row = ScoringSet()
        row.$issuer.id = issuerUnitID
        row.title = title
        row.decision = decision
        row.yearFrom = yearFrom
        row.yearTo = yearTo
        row.isExample = exampleKey != nil
        row.exampleKey = exampleKey
        row.frozen = false
        row.bonusCap = set.bonusCap.hundredths
        row.deductionCap = set.deductionCap.hundredths
        row.bands = json(set.bands)
        row.copiedFromID = copiedFrom
        row.createdBy = createdBy
        try await row.create(on: db)
        try await criteriaRows(set, setID: row.id!).create(on: db)
        return row
    }

    /// The rows of a set's tree, in order, with which nodes are scored lines and their groups.
    static func criteriaRows(_ set: CriteriaSet, setID: Int) -> [ScoringCriterion] {
        let lineCodes = Set(set.lines.map(\.code))
        let groups = set.groupCodes()
        return set.nodes.enumerated().map { index, node -> ScoringCriterion in
            let criterion = ScoringCriterion()
            criterion.$set.id = setID
            criterion.position = index + 1
            criterion.code = node.code
            criterion.parentCode = node.parentCode
            criterion.text = node.text
            criterion.maxPoints = node.maxPoints.hundredths
            criterion.kind = node.kind.rawValue
            criterion.role = node.role.rawValue
            criterion.levels = json(node.levels)
            criterion.thresholds = json(node.thresholds)
            criterion.source = node.source?.rawValue
            criterion.evidence = node.evidence
            criterion.isLine = lineCodes.contains(node.code)
            criterion.groupCode = groups[node.code]
            return criterion
        }
    }

    /// Replaces the tree of an unfrozen, non-example set (one node added, changed or removed), audited with the node
    /// before and after. The frozen flag is read again inside the transaction, so a round opened meanwhile wins.
    static func replaceTree(
        _ setID: Int, with set: CriteriaSet, action: String, before: CriterionNode?, after: CriterionNode?, actor: Actor,
        on database: any Database
    ) async throws {
        try await database.transaction { db in
            // On PostgreSQL the set's row is locked first: an opening in progress (which freezes the set in its own
            // transaction) is waited for, so its lines never point to criteria removed meanwhile (migration 029).
            if let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" {
                try await sql.raw("SELECT id FROM scoring_sets WHERE id = \(bind: setID) FOR UPDATE").run()
            }
            guard let row = try await ScoringSet.find(setID, on: db) else { throw AppError.notFound(L10n.Scoring.boTieuChi) }
            guard !row.frozen else { throw AppError.invalid(L10n.Scoring.boTieuChiDaDuocDung, code: "set_frozen") }
            guard !row.isExample else { throw AppError.invalid(L10n.Scoring.boTieuChiMauKhongSua, code: "set_is_example") }
            try await ScoringCriterion.query(on: db).filter(\.$set.$id == setID).delete()
            try await criteriaRows(set, setID: setID).create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_set", id: "\(setID)", action: action,
                before: before.map(CriterionSnapshot.init), after: after.map(CriterionSnapshot.init))
        }
    }

    /// The set's rules and its criteria rows (in order), for scoring.
    static func load(_ setID: Int, on db: any Database) async throws -> (ScoringSet, CriteriaSet, [ScoringCriterion]) {
        guard let row = try await ScoringSet.find(setID, on: db) else { throw AppError.notFound(L10n.Scoring.boTieuChi) }
        let criteria = try await criteria(ofSet: setID, on: db)
        let bands = (try? JSONDecoder().decode([ClassificationBand].self, from: Data(row.bands.utf8))) ?? []
        let set = CriteriaSet(
            nodes: criteria.map(\.node), bonusCap: Points(hundredths: row.bonusCap),
            deductionCap: Points(hundredths: row.deductionCap), bands: bands)
        return (row, set, criteria)
    }

    /// One criteria row as stored, decoded as a plain row.
    struct CriterionRow: Decodable {
        let id: Int
        let set_id: Int
        let position: Int
        let code: String
        let parent_code: String?
        let text: String
        let max_points: Int
        let kind: String
        let role: String
        let levels: String
        let thresholds: String
        let source: String?
        let evidence: String
        let is_line: Bool
        let group_code: String?
    }

    /// The set's criteria in order, read as plain rows and handed on as models marked as stored (decoding 60-odd Fluent
    /// models by reflection cost every sheet and results page several milliseconds). Callers only read them.
    static func criteria(ofSet setID: Int, on db: any Database) async throws -> [ScoringCriterion] {
        guard let sql = db as? any SQLDatabase else {
            return try await ScoringCriterion.query(on: db).filter(\.$set.$id == setID).sort(\.$position).all()
        }
        let rows = try await sql.raw(
            """
            SELECT id, set_id, position, code, parent_code, text, max_points, kind, role, levels, thresholds, source, evidence, is_line, \
            group_code FROM scoring_criteria WHERE set_id = \(bind: setID) ORDER BY position
            """
        ).all(decoding: CriterionRow.self)
        return rows.map { row in
            let criterion = ScoringCriterion()
            criterion.id = row.id
            criterion.$set.id = row.set_id
            criterion.position = row.position
            criterion.code = row.code
            criterion.parentCode = row.parent_code
            criterion.text = row.text
            criterion.maxPoints = row.max_points
            criterion.kind = row.kind
            criterion.role = row.role
            criterion.levels = row.levels
            criterion.thresholds = row.thresholds
            criterion.source = row.source
            criterion.evidence = row.evidence
            criterion.isLine = row.is_line
            criterion.groupCode = row.group_code
            criterion.$id.exists = true
            return criterion
        }
    }

    /// A set read from an office's table and reviewed (the import's second step, in the UI and the API): saved whole for
    /// the person's unit, with its audit, in one transaction.
    static func imported(
        _ set: CriteriaSet, title: String, decision: String, yearFrom: Int, yearTo: Int?, by user: User, actor: Actor, on database: any Database
    ) async throws -> ScoringSet {
        try await database.transaction { db in
            let row = try await create(
                set, title: title, decision: decision, issuerUnitID: user.$unit.id, yearFrom: yearFrom, yearTo: yearTo,
                exampleKey: nil, createdBy: user.username, on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_set", id: "\(row.id!)", action: "create", before: SetSnapshot?.none, after: SetSnapshot(row))
            return row
        }
    }

    /// A new, unfrozen set for the user's unit starting `year`, with the same tree and bands.
    static func copy(_ setID: Int, toYear year: Int, title: String?, issuerUnitID: Int, actor: Actor, on database: any Database) async throws
        -> ScoringSet
    {
        guard (2000...2100).contains(year) else { throw AppError.invalid(L10n.Scoring.namApDungKhongHopLe, code: "invalid_year") }
        let (source, set, _) = try await load(setID, on: database)
        let newTitle =
            (title?.trimmingCharacters(in: .whitespaces)).flatMap { $0.isEmpty ? nil : $0 }
            ?? source.title.replacingOccurrences(of: L10n.Scoring.mau, with: "") + L10n.Scoring.namSauGach(year)
        return try await database.transaction { db in
            let copy = try await create(
                set, title: newTitle, decision: source.decision, issuerUnitID: issuerUnitID, yearFrom: year, yearTo: year,
                exampleKey: nil, copiedFrom: source.id, createdBy: actor.username, on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_set", id: "\(copy.id!)", action: "copy",
                before: SetSnapshot(source), after: SetSnapshot(copy))
            return copy
        }
    }

    /// Title, decision and years of an unfrozen set; a frozen set is refused (a copy is edited instead).
    static func update(_ row: ScoringSet, title: String, decision: String, yearFrom: Int, yearTo: Int?, actor: Actor, on database: any Database)
        async throws
    {
        guard !row.frozen else {
            throw AppError.invalid(L10n.Scoring.boTieuChiDaDuocDung, code: "set_frozen")
        }
        guard !row.isExample else { throw AppError.invalid(L10n.Scoring.boTieuChiMauKhongSua, code: "set_is_example") }
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let decision = decision.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongNhapTenBoTieuChi, code: "missing_title") }
        guard !decision.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongGhiVanBanBan, code: "missing_decision") }
        guard (2000...2100).contains(yearFrom), yearTo.map({ $0 >= yearFrom && $0 <= 2100 }) ?? true else {
            throw AppError.invalid(L10n.Scoring.namApDungKhongHopLe, code: "invalid_year")
        }
        let before = SetSnapshot(row)
        row.title = title
        row.decision = decision
        row.yearFrom = yearFrom
        row.yearTo = yearTo
        try await database.transaction { db in
            try await row.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_set", id: "\(row.id!)", action: "update", before: before, after: SetSnapshot(row))
        }
    }
}

/// A node of a set's tree as the audit log shows it.
struct CriterionSnapshot: Codable {
    let code: String
    let parent: String?
    let text: String
    let maxPoints: String
    let rule: String

    init(_ node: CriterionNode) {
        code = node.code
        parent = node.parentCode
        text = node.text
        maxPoints = node.maxPoints.text
        rule =
            node.kind.label
            + {
                let rule = ScoringController.ruleText(node)
                return rule.isEmpty ? "" : ": " + rule
            }()
    }
}

struct SetSnapshot: Codable {
    let title: String
    let decision: String
    let years: String
    let frozen: Bool

    init(_ row: ScoringSet) {
        title = row.title
        decision = row.decision
        years = row.years
        frozen = row.frozen
    }
}
