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

    /// The successions of the units under `path`, in one query; `units` is that subtree (closed units included).
    static func load(under path: String, units: [Unit], date: CivilDate, on db: any Database) async throws -> UnitsAtDate {
        struct Row: Decodable { let predecessor_id: Int; let successor_id: Int; let is_main: Bool }
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT s.predecessor_id, s.successor_id, s.is_main FROM unit_successions s JOIN units u ON u.id = s.predecessor_id \
            WHERE u.path LIKE \(bind: path + "%") ORDER BY s.predecessor_id, s.is_main DESC, s.successor_id
            """).all(decoding: Row.self)
        var successors: [Int: [Int]] = [:]
        for row in rows { successors[row.predecessor_id, default: []].append(row.successor_id) }
        // The first rename after the date holds the name the unit bore on it.
        struct Rename: Decodable { let unit_id: Int; let kind: String; let old_value: String? }
        let renames = try await (db as! any SQLDatabase).raw("""
            SELECT c.unit_id, c.kind, c.old_value FROM unit_changes c JOIN units u ON u.id = c.unit_id \
            WHERE u.path LIKE \(bind: path + "%") AND c.kind IN (\(bind: UnitChange.Kind.renamed.rawValue), \(bind: UnitChange.Kind.created.rawValue)) \
            AND c.effective_on > \(bind: date.iso) \
            ORDER BY c.effective_on DESC, c.id DESC
            """).all(decoding: Rename.self)
        var formerName: [Int: String] = [:]
        var createdLater = Set<Int>()
        for rename in renames {
            if rename.kind == UnitChange.Kind.created.rawValue { createdLater.insert(rename.unit_id) } else if let old = rename.old_value { formerName[rename.unit_id] = old }
        }
        return UnitsAtDate(date: date, successors: successors,
                           closedOn: Dictionary(units.compactMap { unit in unit.activeUntil.map { (unit.id!, $0) } }, uniquingKeysWith: { first, _ in first }),
                           formerName: formerName, createdLater: createdLater)
    }

    /// The unit's name on the date.
    func name(of unit: Unit) -> String {
        unit.id.flatMap { formerName[$0] } ?? unit.name
    }

    /// In force on the date: created on or before it, not closed on or before it.
    func inForce(_ unit: Unit) -> Bool {
        existed(unit) && !closed(unit.id!)
    }

    /// Not created after the date.
    func existed(_ unit: Unit) -> Bool {
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
