import DanVanCore
import Fluent
import SQLKit
import Vapor

/// Reading the registry: the list with its filters, the models of one commune, originals found by name, counts.
enum ExemplarQuery {
    /// Filters of the registry list; empty means any.
    struct Filter: Sendable {
        var scopePath = "/"
        var text = ""
        var field: ExemplarField?
        var level: RecognitionLevel?
        var status: ExemplarStatus?
        var year: Int?
        /// Only recognised models (the public showcase).
        var recognisedOnly = false
    }

    /// Words typed, folded: each must appear in the name or the content.
    static func words(_ text: String) -> [String] {
        VietnameseText.searchKey(text).split(separator: " ").map { UnitQuery.escapeLike(String($0)) }.filter { !$0.isEmpty }.prefix(8).map { $0 }
    }

    static func query(_ filter: Filter, on db: any Database) -> QueryBuilder<Exemplar> {
        var query = Exemplar.query(on: db)
            .join(OrgUnit.self, on: \Exemplar.$unit.$id == \OrgUnit.$id)
        if filter.scopePath != "/" { query = query.filter(OrgUnit.self, \.$path, .custom("LIKE"), filter.scopePath + "%") }
        for word in words(filter.text) { query = query.filter(\.$searchKey, .custom("LIKE"), "%" + word + "%") }
        if let field = filter.field { query = query.filter(\.$field == field) }
        if let level = filter.level { query = query.filter(\.$level == level) }
        if let status = filter.status { query = query.filter(\.$status == status) }
        if let year = filter.year { query = query.filter(\.$year == year) }
        if filter.recognisedOnly {
            query = query.filter(\.$status ~~ ExemplarStatus.allCases.filter(\.isRecognised))
        }
        return query
    }

    /// The filter as SQL over `exemplars e`: the subtree as `unit_id IN (SELECT …)` so the database walks the per-unit
    /// index `(unit_id, year, field, status, level, id)` (count and page read the index alone unless words are typed).
    static func conditions(_ filter: Filter, on sql: any SQLDatabase) -> SQLQueryString {
        var parts: [SQLQueryString] = []
        if filter.scopePath != "/" { parts.append("e.unit_id IN (SELECT id FROM units WHERE \(UnitQuery.pathUnder(filter.scopePath, on: sql)))") }
        for word in words(filter.text) { parts.append("e.search_key LIKE \(bind: "%" + word + "%")") }
        if let field = filter.field { parts.append("e.field = \(bind: field.rawValue)") }
        if let level = filter.level { parts.append("e.level = \(bind: level.rawValue)") }
        if let status = filter.status { parts.append("e.status = \(bind: status.rawValue)") }
        if let year = filter.year { parts.append("e.year = \(bind: year)") }
        if filter.recognisedOnly { parts.append("e.status IN (\(binds: ExemplarStatus.allCases.filter(\.isRecognised).map(\.rawValue)))") }
        return parts.isEmpty ? "1 = 1" : parts.joined(separator: " AND ")
    }

    /// A row of the registry list: the shown columns and the unit's name, read as plain SQL rows (no Fluent models,
    /// whose reflection over 30 fields cost more than the queries).
    struct ListRow: Decodable, Sendable {
        let id: Int
        let name: String
        let kind: String
        let field: String
        let status: String
        let level: String?
        let year: Int
        let is_late: Bool
        let replicates_id: Int?
        let unit_name: String
        let original_name: String?
    }

    /// The ids of one page, newest year first, and the total. Without typed words the count and the page come from
    /// the index alone, in two statements. With words, one statement (`COUNT(*) OVER ()`) so their `LIKE` over the
    /// province's models runs once; the window makes the database read every match, which without words turned
    /// PostgreSQL's 50-row index walk into a scan (list p95 112 → 447 ms).
    static func pageIDs(_ filter: Filter, page: PageParams, on sql: any SQLDatabase) async throws -> (ids: [Int], metadata: PageMetadata) {
        struct Total: Decodable { let n: Int }
        struct Listed: Decodable {
            let id: Int
            let total: Int?
        }
        let conditions = conditions(filter, on: sql)
        let offset = (page.page - 1) * page.per
        let typed = !words(filter.text).isEmpty
        func count() async throws -> Int {
            try await sql.raw("SELECT COUNT(*) AS n FROM exemplars e WHERE \(conditions)").first(decoding: Total.self)?.n ?? 0
        }
        var total = typed ? nil : try await count()
        guard total.map({ offset < $0 }) ?? true else { return ([], PageMetadata(page: page.page, per: page.per, total: total ?? 0)) }
        let window: SQLQueryString = typed ? ", COUNT(*) OVER () AS total" : ""
        let listed = try await sql.raw(
            """
            SELECT e.id\(window) FROM exemplars e WHERE \(conditions) \
            ORDER BY e.year DESC, e.id DESC LIMIT \(literal: page.per) OFFSET \(literal: offset)
            """
        ).all(decoding: Listed.self)
        if total == nil { total = listed.isEmpty && offset > 0 ? try await count() : listed.first?.total ?? 0 }
        return (listed.map(\.id), PageMetadata(page: page.page, per: page.per, total: total ?? 0))
    }

    /// The registry list's page as plain rows, with each replication's original name.
    static func listRows(_ filter: Filter, page: PageParams, on db: any Database) async throws -> (rows: [ListRow], metadata: PageMetadata) {
        let sql = db as! any SQLDatabase
        let (ids, metadata) = try await pageIDs(filter, page: page, on: sql)
        guard !ids.isEmpty else { return ([], metadata) }
        let rows = try await sql.raw(
            """
            SELECT e.id, e.name, e.kind, e.field, e.status, e.level, e.year, e.is_late, e.replicates_id, u.name AS unit_name, o.name AS original_name\
             \
            FROM exemplars e JOIN units u ON u.id = e.unit_id LEFT JOIN exemplars o ON o.id = e.replicates_id WHERE e.id IN (\(binds: ids))
            """
        ).all(decoding: ListRow.self)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        return (ids.compactMap { byID[$0] }, metadata)
    }

    /// One page of the list, newest year first: the total and the page's ids in SQL (no model read), then only the
    /// page's models with their units.
    static func page(_ filter: Filter, page: PageParams, on db: any Database) async throws -> Page<Exemplar> {
        guard let sql = db as? any SQLDatabase else {
            return try await query(filter, on: db).with(\.$unit).sort(\.$year, .descending).sort(\.$id, .descending).paginate(page.fluent)
        }
        let (ids, metadata) = try await pageIDs(filter, page: page, on: sql)
        guard !ids.isEmpty else { return Page(items: [], metadata: metadata) }
        let models = try await Exemplar.query(on: db).filter(\.$id ~~ ids).with(\.$unit).all()
        let byID = Dictionary(uniqueKeysWithValues: models.map { ($0.id!, $0) })
        return Page(items: ids.compactMap { byID[$0] }, metadata: metadata)
    }

    /// The path of the commune a unit belongs to: a thôn, tổ dân phố counts with its commune; anything else is its own area.
    static func areaPath(of unit: OrgUnit, on db: any Database) async throws -> String {
        if unit.kind == .hamlet, let parentID = unit.$parent.id, let parent = try await OrgUnit.find(parentID, on: db) { return parent.path }
        return unit.path
    }

    /// Models registered in the same commune (or agency) as `unit`, not stopped, at most 500.
    static func inSameCommune(as unit: OrgUnit, on db: any Database) async throws -> [Exemplar] {
        let area = try await areaPath(of: unit, on: db)
        return try await Exemplar.query(on: db).join(OrgUnit.self, on: \Exemplar.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), area + "%")
            .filter(\.$status != .stopped)
            .sort(\.$id).limit(500).all()
    }

    /// Originals a replication may name, anywhere in the country: launched and not stopped, every typed word in the name;
    /// an exact name first.
    static func originals(matching typed: String, limit: Int, on db: any Database) async throws -> [Exemplar] {
        let words = words(typed)
        guard !words.isEmpty else { return [] }
        var query = Exemplar.query(on: db).filter(\.$status !~ [.registered, .stopped])
        for word in words { query = query.filter(\.$nameKey, .custom("LIKE"), "%" + word + "%") }
        let found = try await query.with(\.$unit).sort(\.$id).limit(limit).all()
        let key = VietnameseText.searchKey(typed)
        let exact = found.filter { $0.nameKey == key }
        return exact.count == 1 ? exact : found
    }

    /// Where a model has spread: its replications, and theirs, with their units (at most 500).
    static func spread(of exemplar: Exemplar, on db: any Database) async throws -> [Exemplar] {
        var result: [Exemplar] = []
        var frontier = [exemplar.id!]
        var seen: Set<Int> = [exemplar.id!]
        while !frontier.isEmpty, result.count < 500 {
            let next = try await Exemplar.query(on: db).filter(\.$replicates.$id ~~ frontier.map { Optional($0) }).with(\.$unit).sort(\.$registeredOn)
                .limit(500).all()
            let fresh = next.filter { seen.insert($0.id!).inserted }
            result += fresh
            frontier = fresh.map { $0.id! }
        }
        return result
    }

    /// One group of the counts.
    struct CountRow: Decodable, Sendable {
        let field: String
        let status: String
        let level: String?
        let total: Int
    }

    /// Counts by field, status and level for a subtree and a year, in one grouped query.
    static func counts(scopePath: String, year: Int?, on db: any Database) async throws -> [CountRow] {
        let sql = db as! any SQLDatabase
        let yearClause: SQLQueryString = year.map { "AND e.year = \(bind: $0)" } ?? ""
        // The only root ("/1/" of "Việt Nam") holds every unit: no join to read the whole country (the national counts
        // page). With several roots (a database of provinces only) a root is one province, and joins like any subtree.
        struct Roots: Decodable { let n: Int }
        var onlyRoot = false
        if scopePath.split(separator: "/").count == 1 {
            onlyRoot = try await sql.raw("SELECT COUNT(*) AS n FROM units WHERE parent_id IS NULL").first(decoding: Roots.self)?.n == 1
        }
        if onlyRoot {
            return try await sql.raw(
                """
                SELECT e.field AS field, e.status AS status, e.level AS level, COUNT(*) AS total \
                FROM exemplars e WHERE 1 = 1 \(yearClause) GROUP BY e.field, e.status, e.level
                """
            ).all(decoding: CountRow.self)
        }
        return try await sql.raw(
            """
            SELECT e.field AS field, e.status AS status, e.level AS level, COUNT(*) AS total \
            FROM exemplars e WHERE e.unit_id IN (SELECT id FROM units WHERE \(UnitQuery.pathUnder(scopePath, on: sql))) \(yearClause) \
            GROUP BY e.field, e.status, e.level
            """
        ).all(decoding: CountRow.self)
    }
}

/// The counts of a subtree and year, as tables read them.
struct ExemplarCounts: Sendable {
    var byField: [ExemplarField: Int] = [:]
    var byStatus: [ExemplarStatus: Int] = [:]
    var byLevel: [RecognitionLevel: Int] = [:]
    /// Field × status.
    var grid: [ExemplarField: [ExemplarStatus: Int]] = [:]
    var total = 0
    /// Registered but not stopped: "đang thực hiện".
    var active: Int { total - (byStatus[.stopped] ?? 0) }
    /// Recognised at any level.
    var recognised: Int { byLevel.values.reduce(0, +) }

    init(_ rows: [ExemplarQuery.CountRow]) {
        for row in rows {
            guard let field = ExemplarField(rawValue: row.field), let status = ExemplarStatus(rawValue: row.status) else { continue }
            byField[field, default: 0] += row.total
            byStatus[status, default: 0] += row.total
            grid[field, default: [:]][status, default: 0] += row.total
            if let level = row.level.flatMap(RecognitionLevel.init(rawValue:)) { byLevel[level, default: 0] += row.total }
            total += row.total
        }
    }

    static func load(scopePath: String, year: Int?, on db: any Database) async throws -> ExemplarCounts {
        ExemplarCounts(try await ExemplarQuery.counts(scopePath: scopePath, year: year, on: db))
    }
}
