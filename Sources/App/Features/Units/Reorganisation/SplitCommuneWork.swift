import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// The open items of communes split across several successors: listed for a person to give each to one successor
/// (default: the main one — the successor that took the whole part, else the first in the table), set-based per kind
/// of work, each decision recorded with who made it.
enum SplitCommuneWork {
    struct Item: Decodable, Sendable {
        let tbl: String
        let id: Int
        let unit_id: Int
        let title: String?
        let commune: String
    }

    struct Successor: Decodable, Sendable {
        let predecessor_id: Int
        let successor_id: Int
        let main: Int
        let name: String
    }

    struct Choice: Sendable, Hashable {
        let table: String
        let id: Int
        let successorID: Int
    }

    /// Predecessors whose open work waits for a person.
    private static let splitUnits: SQLQueryString = "SELECT predecessor_id FROM unit_successions WHERE is_main AND NOT moves_open_items"

    private static func union(scopePath: String) -> SQLQueryString {
        OpenWork.all.map { work -> SQLQueryString in
            """
            SELECT '\(unsafeRaw: work.table)' AS tbl, t.id AS id, \(unsafeRaw: work.owner("t")) AS unit_id, \(unsafeRaw: work.title("t")) AS\
             title, u.name AS commune FROM \(unsafeRaw: work.table) t JOIN units u ON u.id = \(unsafeRaw: work.owner("t")) WHERE\
             \(unsafeRaw: work.owner("t")) IN (\(splitUnits)) AND \(unsafeRaw: work.open("t")) AND u.path LIKE \(bind: scopePath + "%")
            """
        }.joined(separator: " UNION ALL ")
    }

    typealias OpenWork = UnitReorganisation.OpenWork

    static func items(scopePath: String, limit: Int, offset: Int, on db: any Database) async throws -> (items: [Item], total: Int) {
        let sql = db as! any SQLDatabase
        struct Count: Decodable { let n: Int }
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM (\(union(scopePath: scopePath))) w").first(decoding: Count.self)?.n ?? 0
        let items = try await sql.raw(
            """
            SELECT tbl, id, unit_id, title, commune FROM (\(union(scopePath: scopePath))) w ORDER BY commune, unit_id, tbl, id LIMIT\
             \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))
            """
        )
        .all(decoding: Item.self)
        return (items, total)
    }

    /// Each split predecessor's successors, the main one first.
    static func successors(of predecessorIDs: [Int], on db: any Database) async throws -> [Int: [Successor]] {
        guard !predecessorIDs.isEmpty else { return [:] }
        let sql = db as! any SQLDatabase
        var result: [Int: [Successor]] = [:]
        for chunk in Array(Set(predecessorIDs)).chunked(500) {
            let rows = try await sql.raw(
                """
                SELECT s.predecessor_id, s.successor_id, CASE WHEN s.is_main THEN 1 ELSE 0 END AS main, u.name AS name
                FROM unit_successions s JOIN units u ON u.id = s.successor_id
                WHERE s.predecessor_id IN (\(binds: Array(chunk))) ORDER BY s.predecessor_id, main DESC, u.sort_key
                """
            ).all(decoding: Successor.self)
            for row in rows { result[row.predecessor_id, default: []].append(row) }
        }
        return result
    }

    /// Gives each chosen item to its successor. Items no longer open, not of a split commune in scope, given to a unit
    /// that is not one of its successors, or colliding with the successor's own item (same report period, same task)
    /// are refused with a reason; the others move, one statement per kind of work.
    static func assign(_ choices: [Choice], scopePath: String, actor: Actor, on database: any Database) async throws -> (
        moved: Int, refused: [String]
    ) {
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            var moved = 0
            var refused: [String] = []
            for work in OpenWork.all {
                let wanted = choices.filter { $0.table == work.table }
                guard !wanted.isEmpty else { continue }
                var valid: [(Choice, predecessor: Int)] = []
                for chunk in wanted.chunked(500) {
                    let rows = try await sql.raw(
                        """
                        SELECT '\(unsafeRaw: work.table)' AS tbl, t.id AS id, \(unsafeRaw: work.owner("t")) AS unit_id,\
                         \(unsafeRaw: work.title("t")) AS title, u.name AS commune FROM \(unsafeRaw: work.table) t JOIN units u ON u.id =\
                         \(unsafeRaw: work.owner("t")) WHERE t.id IN (\(binds: chunk.map(\.id))) AND \(unsafeRaw: work.owner("t")) IN\
                         (\(splitUnits)) AND \(unsafeRaw: work.open("t")) AND u.path LIKE \(bind: scopePath + "%")
                        """
                    )
                    .all(decoding: Item.self)
                    let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                    let successors = try await successors(of: rows.map(\.unit_id), on: db)
                    for choice in chunk {
                        guard let item = byID[choice.id] else {
                            refused.append(L10n.Units.khongConLaViecDangMo(work.kind, choice.id))
                            continue
                        }
                        guard successors[item.unit_id]?.contains(where: { $0.successor_id == choice.successorID }) == true else {
                            refused.append(
                                "\(work.kind) \(item.title ?? "#\(item.id)"): đơn vị được chọn không phải đơn vị kế thừa của \(item.commune).")
                            continue
                        }
                        valid.append((choice, item.unit_id))
                    }
                }
                if !work.key.isEmpty, !valid.isEmpty {
                    // Same key at the chosen successor already, or twice among the choices: refused.
                    let keyColumns = work.key.map { "t.\($0)" }.joined(separator: " || '|' || ")
                    struct Keyed: Decodable {
                        let id: Int
                        let k: String
                    }
                    var keyOf: [Int: String] = [:]
                    for chunk in valid.chunked(500) {
                        for row in try await sql.raw(
                            """
                            SELECT t.id AS id, CAST(\(unsafeRaw: keyColumns) AS TEXT) AS k FROM \(unsafeRaw: work.table) t WHERE t.id IN\
                             (\(binds: chunk.map { $0.0.id }))
                            """
                        ).all(decoding: Keyed.self) {
                            keyOf[row.id] = row.k
                        }
                    }
                    var taken = Set<String>()
                    for chunk in Array(Set(valid.map { $0.0.successorID })).chunked(500) {
                        for row in try await sql.raw(
                            """
                            SELECT \(unsafeRaw: work.owner("t")) AS id, CAST(\(unsafeRaw: keyColumns) AS TEXT) AS k FROM\
                             \(unsafeRaw: work.table) t WHERE \(unsafeRaw: work.owner("t")) IN (\(binds: Array(chunk)))
                            """
                        ).all(decoding: Keyed.self) {
                            taken.insert("\(row.id)>\(row.k)")
                        }
                    }
                    valid = valid.filter { choice, _ in
                        guard taken.insert("\(choice.successorID)>\(keyOf[choice.id] ?? "")").inserted else {
                            refused.append(L10n.Units.donViKeThuaDuocChon(work.kind, choice.id))
                            return false
                        }
                        return true
                    }
                }
                guard !valid.isEmpty else { continue }
                for chunk in valid.chunked(300) {
                    let cases = chunk.map { choice, _ -> SQLQueryString in "WHEN \(bind: choice.id) THEN \(bind: choice.successorID) " }.joined()
                    try await sql.raw(
                        """
                        UPDATE \(unsafeRaw: work.table) SET \(unsafeRaw: work.column) = CASE id \(cases)END WHERE id IN\
                         (\(binds: chunk.map { $0.0.id }))
                        """
                    ).run()
                }
                // Hamlets given to a new commune: their paths follow.
                if work.column == "parent_id" { try await UnitReorganisation.recomputePaths(on: sql) }
                let decisions = valid.map { choice, predecessor in
                    UnitSplitDecision(
                        itemTable: work.table, itemID: choice.id, predecessorID: predecessor, successorID: choice.successorID,
                        userID: actor.userID, decidedBy: actor.username, decidedAt: actor.at)
                }
                for chunk in decisions.chunked(500) { try await Array(chunk).create(on: db) }
                if work.table == "petitions" {
                    for id in valid.map { $0.0.id } { try await PetitionSearchIndex.refresh(.petition(id), on: db) }
                }
                let names = try await OrgUnit.query(on: db).filter(\.$id ~~ Array(Set(valid.flatMap { [$0.0.successorID, $0.predecessor] }))).all()
                let nameOf = Dictionary(names.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
                try await Audit.record(
                    on: db, actor: actor, entity: "unit_reorganisation", id: nil, action: "assign_split_items", before: [String: String]?.none,
                    after: [
                        "kind": work.label, "count": "\(valid.count)",
                        "codes": valid.map { "#\($0.0.id): \(nameOf[$0.predecessor] ?? "?") → \(nameOf[$0.0.successorID] ?? "?")" }.joined(
                            separator: "; ")
                    ])
                moved += valid.count
            }
            return (moved, refused)
        }
    }

    /// Every waiting item in scope to its main successor.
    static func assignDefaults(scopePath: String, actor: Actor, on db: any Database) async throws -> (moved: Int, refused: [String]) {
        let (items, _) = try await items(scopePath: scopePath, limit: 1_000_000, offset: 0, on: db)
        let successors = try await successors(of: items.map(\.unit_id), on: db)
        let choices = items.compactMap { item in
            successors[item.unit_id]?.first.map { Choice(table: item.tbl, id: item.id, successorID: $0.successor_id) }
        }
        return try await assign(choices, scopePath: scopePath, actor: actor, on: db)
    }
}
