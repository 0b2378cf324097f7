import DanVanCore
import Fluent
import SQLKit

/// The units as a document dated `date` knew them (issue 14, item 5): a plan written before a reorganisation names the
/// old units, which were in force on its date; one written on or after it that names an old unit means its successors.
/// A unit created later than the date did not exist for the document.
struct UnitsAtDate: Sendable {
    let date: CivilDate
    /// Each closed unit's successors, the main one first (from `unit_successions`).
    private let successors: [Int: [Int]]
    private let closedOn: [Int: String]
    /// The name a unit renamed after the date bore on it.
    private let formerName: [Int: String]
    /// Units whose creation is recorded after the date (a new commune of a reorganisation). An import's own date is
    /// not a creation date: imported units count as always there.
    private let createdLater: Set<Int>
    /// The parent a unit had on the date, where it moved since (a commune of a district closed later).
    private let parentOn: [Int: Int]

    /// The units under `path` on the date that have moved out of it since (the communes of a district closed later,
    /// now under their new commune): with the units under `path` now, the subtree as the document knew it.
    static func movedOut(from path: String, date: CivilDate, on db: any Database) async throws -> [OrgUnit] {
        struct Row: Decodable { let unit_id: Int }
        let ids = try await (db as! any SQLDatabase).raw(
            """
            SELECT DISTINCT c.unit_id FROM unit_changes c JOIN units p ON p.id = c.old_parent_id JOIN units u ON u.id = c.unit_id \
            WHERE c.kind = \(bind: UnitChange.Kind.moved.rawValue) AND c.effective_on > \(bind: date.iso) \
            AND p.path LIKE \(bind: path + "%") AND u.path NOT LIKE \(bind: path + "%")
            """
        ).all(decoding: Row.self).map(\.unit_id)
        var units: [OrgUnit] = []
        for chunk in ids.chunked(500) { units += try await OrgUnit.query(on: db).filter(\.$id ~~ Array(chunk)).all() }
        return units
    }

    /// The units under `path` now and those under it on the date (`movedOut`).
    static func subtree(under path: String, date: CivilDate, on db: any Database) async throws -> [OrgUnit] {
        try await OrgUnit.query(on: db).filter(\.$path, .custom("LIKE"), path + "%").all() + movedOut(from: path, date: date, on: db)
    }

    /// The successions of the units under `path` (now or on the date), in one query; `units` is that subtree (closed
    /// units included).
    static func load(under path: String, units: [OrgUnit], date: CivilDate, on db: any Database) async throws -> UnitsAtDate {
        struct Row: Decodable {
            let predecessor_id: Int
            let successor_id: Int
            let is_main: Bool
        }
        // Under the path now, or moved out of it since the date.
        let inScope: SQLQueryString = """
            (u.path LIKE \(bind: path + "%") OR u.id IN (SELECT c0.unit_id FROM unit_changes c0 JOIN units p0 ON p0.id = c0.old_parent_id \
            WHERE c0.kind = \(bind: UnitChange.Kind.moved.rawValue) AND c0.effective_on > \(bind: date.iso) AND p0.path LIKE \(bind: path + "%")))
            """
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT s.predecessor_id, s.successor_id, s.is_main FROM unit_successions s JOIN units u ON u.id = s.predecessor_id \
            WHERE \(inScope) ORDER BY s.predecessor_id, s.is_main DESC, s.successor_id
            """
        ).all(decoding: Row.self)
        var successors: [Int: [Int]] = [:]
        for row in rows { successors[row.predecessor_id, default: []].append(row.successor_id) }
        // The first rename after the date holds the name the unit bore on it.
        struct Rename: Decodable {
            let unit_id: Int
            let kind: String
            let old_value: String?
        }
        let renames = try await (db as! any SQLDatabase).raw(
            """
            SELECT c.unit_id, c.kind, c.old_value FROM unit_changes c JOIN units u ON u.id = c.unit_id \
            WHERE \(inScope) AND c.kind IN (\(bind: UnitChange.Kind.renamed.rawValue), \(bind: UnitChange.Kind.created.rawValue)) \
            AND c.effective_on > \(bind: date.iso) \
            ORDER BY c.effective_on DESC, c.id DESC
            """
        ).all(decoding: Rename.self)
        var formerName: [Int: String] = [:]
        var createdLater = Set<Int>()
        for rename in renames {
            if rename.kind == UnitChange.Kind.created.rawValue {
                createdLater.insert(rename.unit_id)
            } else if let old = rename.old_value {
                formerName[rename.unit_id] = old
            }
        }
        // The first move after the date holds the parent on it.
        struct Move: Decodable {
            let unit_id: Int
            let old_parent_id: Int
        }
        let moves = try await (db as! any SQLDatabase).raw(
            """
            SELECT c.unit_id, c.old_parent_id FROM unit_changes c JOIN units u ON u.id = c.unit_id \
            WHERE \(inScope) AND c.kind = \(bind: UnitChange.Kind.moved.rawValue) AND c.effective_on > \(bind: date.iso) AND c.old_parent_id IS NOT\
             NULL \
            ORDER BY c.effective_on DESC, c.id DESC
            """
        ).all(decoding: Move.self)
        var parentOn: [Int: Int] = [:]
        for move in moves { parentOn[move.unit_id] = move.old_parent_id }
        return UnitsAtDate(
            date: date, successors: successors,
            closedOn: Dictionary(units.compactMap { unit in unit.activeUntil.map { (unit.id!, $0) } }, uniquingKeysWith: { first, _ in first }),
            formerName: formerName, createdLater: createdLater, parentOn: parentOn)
    }

    /// The unit's name on the date.
    func name(of unit: OrgUnit) -> String {
        unit.id.flatMap { formerName[$0] } ?? unit.name
    }

    /// The unit's parent on the date.
    func parent(of unit: OrgUnit) -> Int? {
        unit.id.flatMap { parentOn[$0] } ?? unit.$parent.id
    }

    /// In force on the date: created on or before it, not closed on or before it.
    func inForce(_ unit: OrgUnit) -> Bool {
        existed(unit) && !closed(unit.id!)
    }

    /// Not created after the date.
    func existed(_ unit: OrgUnit) -> Bool {
        unit.id.map { !createdLater.contains($0) } ?? true
    }

    /// Closed on or before the date.
    func closed(_ id: Int) -> Bool {
        closedOn[id].map { $0 <= date.iso } ?? false
    }

    /// The ISO date a unit closed, if it did.
    func closedOnDate(_ id: Int) -> CivilDate? {
        closedOn[id].flatMap { CivilDate(iso: $0) }
    }

    /// What the unit stands for on the date: itself while in force, else its open successors (following a successor
    /// that closed in turn), the main one first; empty for a unit closed without successor.
    func standing(for id: Int) -> [Int] {
        guard closed(id) else { return [id] }
        var result: [Int] = []
        var seen: Set<Int> = [id]
        var queue = successors[id] ?? []
        while !queue.isEmpty {
            let next = queue.removeFirst()
            guard seen.insert(next).inserted else { continue }
            if !closed(next) { result.append(next) } else { queue += successors[next] ?? [] }
        }
        return result
    }
}
