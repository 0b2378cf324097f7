import DanVanCore
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor
import Views

/// A criteria set as the pages read it: its title, its rules, and its criteria's ids in the set's order (parallel to
/// `set.nodes`). Plain values, shared between requests.
struct LoadedSet: Sendable {
    let id: Int
    let title: String
    let frozen: Bool
    let set: CriteriaSet
    /// `criterionIDs[i]` is the id of `set.nodes[i]`.
    let criterionIDs: [Int]
    /// Criterion id → index in `set.nodes`.
    let indexByID: [Int: Int]

    init(id: Int, title: String, frozen: Bool, set: CriteriaSet, criterionIDs: [Int]) {
        self.id = id
        self.title = title
        self.frozen = frozen
        self.set = set
        self.criterionIDs = criterionIDs
        indexByID = Dictionary(criterionIDs.enumerated().map { index, id in (id, index) }, uniquingKeysWith: { a, _ in a })
    }

    func node(ofCriterion id: Int) -> CriterionNode? { indexByID[id].map { set.nodes[$0] } }
}

/// Frozen criteria sets, decoded once per process. A set is frozen when a round first uses it, and a frozen set never
/// changes: `ScoringSetStore.replaceTree`, `replaceBands` and `update` refuse it, nothing unfreezes it and sets are never
/// deleted — so its rows, read once, stay true for the life of the process. Unfrozen sets are never cached (still edited).
final class ScoringSetCache: @unchecked Sendable {
    private let lock = NIOLock()
    private var sets: [Int: LoadedSet] = [:]

    struct Key: StorageKey { typealias Value = ScoringSetCache }

    func get(_ id: Int) -> LoadedSet? { lock.withLock { sets[id] } }

    func put(_ loaded: LoadedSet) {
        guard loaded.frozen else { return }
        lock.withLock { sets[loaded.id] = loaded }
    }
}

/// The set's row as the pages need it (title, frozen flag, caps and bands), read as a plain row or with a page's own query.
struct SetHeader: Sendable {
    let id: Int
    let title: String
    let frozen: Bool
    let bonusCap: Int
    let deductionCap: Int
    let bands: String
}

extension ScoringSetStore {
    /// The set read for a page: from the process's cache when frozen and already read, else from its rows (then cached
    /// when frozen). `header` is the set's row when the caller read it already (with the sheet or round).
    static func loaded(_ setID: Int, header: SetHeader? = nil, on db: any Database, cache: ScoringSetCache?) async throws -> LoadedSet {
        if let cached = cache?.get(setID) { return cached }
        guard let sql = db as? any SQLDatabase else {
            let (row, set, criteria) = try await load(setID, on: db)
            return LoadedSet(id: setID, title: row.title, frozen: row.frozen, set: set, criterionIDs: criteria.compactMap(\.id))
        }
        var header = header
        if header == nil {
            struct Row: Decodable {
                let id: Int
                let title: String
                let frozen: Bool
                let bonus_cap: Int
                let deduction_cap: Int
                let bands: String
            }
            let row = try await sql.raw(
                "SELECT id, title, frozen, bonus_cap, deduction_cap, bands FROM scoring_sets WHERE id = \(bind: setID)"
            ).first(decoding: Row.self)
            guard let row else { throw AppError.notFound(L10n.Scoring.boTieuChi) }
            header = SetHeader(
                id: row.id, title: row.title, frozen: row.frozen, bonusCap: row.bonus_cap, deductionCap: row.deduction_cap, bands: row.bands)
        }
        guard let header else { throw AppError.notFound(L10n.Scoring.boTieuChi) }
        let rows = try await sql.raw(
            """
            SELECT id, set_id, position, code, parent_code, text, max_points, kind, role, levels, thresholds, source, evidence, is_line, \
            group_code FROM scoring_criteria WHERE set_id = \(bind: setID) ORDER BY position
            """
        ).all(decoding: CriterionRow.self)
        let bands = (try? JSONDecoder().decode([ClassificationBand].self, from: Data(header.bands.utf8))) ?? []
        let nodes = rows.map { row in
            CriterionNode(
                code: row.code, parentCode: row.parent_code, text: row.text, maxPoints: Points(hundredths: row.max_points),
                kind: ScoringKind(rawValue: row.kind) ?? .levels, role: LineRole(rawValue: row.role) ?? .regular,
                levels: ScoringCriterion.decode([ScoreLevel].self, row.levels),
                thresholds: ScoringCriterion.decode([Threshold].self, row.thresholds),
                source: row.source.flatMap(ComputedSource.init(rawValue:)), evidence: row.evidence)
        }
        let loaded = LoadedSet(
            id: setID, title: header.title, frozen: header.frozen,
            set: CriteriaSet(
                nodes: nodes, bonusCap: Points(hundredths: header.bonusCap), deductionCap: Points(hundredths: header.deductionCap), bands: bands),
            criterionIDs: rows.map(\.id))
        cache?.put(loaded)
        return loaded
    }
}

extension Request {
    /// The process's cache of frozen criteria sets (made when the scoring routes are registered).
    var scoringSetCache: ScoringSetCache? { application.storage[ScoringSetCache.Key.self] }
}
