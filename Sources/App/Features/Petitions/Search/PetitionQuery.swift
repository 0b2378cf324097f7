import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Lists of petitions within a scope: everything, the work lists (due soon, overdue, mass and over-level), search.
enum PetitionQuery {
    /// Danh sách công việc — which cases a list shows.
    enum WorkList: String, CaseIterable, Sendable {
        case all = "tat-ca"
        case dueSoon = "sap-den-han"
        case overdue = "qua-han"
        case massOrOverLevel = "dong-nguoi-vuot-cap"

        var label: String {
            switch self {
            case .all: return L10n.Petitions.tatCa
            case .dueSoon: return L10n.Petitions.sapDenHan
            case .overdue: return L10n.Petitions.quaHan
            case .massOrOverLevel: return L10n.Petitions.dongNguoiVuotCap
            }
        }
    }

    struct Filter: Sendable {
        var scopePath: String
        var list: WorkList = .all
        var search: String = ""
        var today: CivilDate
    }

    /// What a list shows of one case, with its unit's name.
    struct Row: Decodable, Sendable {
        let id: Int
        let trackingCode: String
        let receivedOn: String
        let subject: String
        let kinds: String
        let status: String
        let dueOn: String?
        let unitID: Int
        let unitName: String

        var kindList: [PetitionKind] { PetitionKind.decode(kinds) }
        var petitionStatus: PetitionStatus? { PetitionStatus(rawValue: status) }
    }

    /// One page of a list in two statements, the count and the page's rows joined to their units, decoded as plain rows:
    /// building a Fluent model per row (by reflection over its 35 fields) cost more than the queries. The page is chosen
    /// from the index alone (its ids) before any case is read: reading each overdue case of a province to sort them
    /// cost PostgreSQL 10 ms, picking the 50 ids from `(unit_id, due_on, id)` 4 ms.
    /// The subtree is `unit_id IN (SELECT …)`, not a join: with the join, SQLite walked every petition in the country in
    /// date order (10 s for a search with no hit over 2,000,000 cases); with it, both databases read the subtree's units.
    /// A search finds the cases whose subject has every typed word (any order, diacritics ignored) through the word
    /// index, which also holds the scope; on the whole list it is answered from the index alone, newest entered first.
    /// An overdue case: its current time limit has passed (closed cases keep no time limit).
    static func overdue(today: CivilDate) -> SQLQueryString {
        "due_on < \(bind: today.iso)"
    }

    static func page(_ filter: Filter, page: PageParams, on db: any Database) async throws -> (rows: [Row], metadata: PageMetadata) {
        let sql = db as! any SQLDatabase
        let words = PetitionSearchIndex.words(filter.search)
        let limit: SQLQueryString = "LIMIT \(unsafeRaw: String(page.per)) OFFSET \(unsafeRaw: String(page.offset))"
        let total: Int
        let order: SQLQueryString
        let pageSQL: SQLQueryString
        var recentSQL: SQLQueryString?
        // After a large reorganisation the index is rebuilt once the change has committed; meanwhile a search reads the
        // scope's petitions, slower but with the same matches.
        let indexed = words.isEmpty ? true : try await PetitionSearchIndex.isCurrent(on: db)
        if !words.isEmpty && filter.list == .all && indexed {
            let ids: [Int]
            (ids, total) = try await PetitionSearchIndex.page(words, scopePath: filter.scopePath, limit: page.per, offset: page.offset, on: db)
            guard !ids.isEmpty else { return ([], PageMetadata(page: page.page, per: page.per, total: total)) }
            pageSQL = "SELECT id FROM petitions WHERE id IN (\(binds: ids))"
            order = "p.id DESC"
        } else {
            let scope: SQLQueryString = "unit_id IN (SELECT id FROM units WHERE path LIKE \(bind: filter.scopePath + "%"))"
            var conditions: SQLQueryString =
                words.isEmpty
                ? scope
                : indexed
                    ? "id IN (\(PetitionSearchIndex.matchingIDs(words, scopePath: filter.scopePath, on: db)))"
                    : scope + " AND " + PetitionSearchIndex.subjectHas(words)
            switch filter.list {
            case .all:
                order = "p.received_on DESC, p.id DESC"
            case .dueSoon:
                conditions =
                    conditions
                    + " AND due_on >= \(bind: filter.today.iso) AND due_on <= \(bind: filter.today.adding(days: DeadlineStatus.dueSoonDays).iso)"
                order = "p.due_on, p.id DESC"
            case .overdue:
                conditions = conditions + " AND " + overdue(today: filter.today)
                order = "p.due_on, p.id DESC"
            case .massOrOverLevel:
                // Written as the partial index's own condition, so both databases use it.
                conditions = conditions + " AND (is_mass OR is_over_level)"
                order = "p.received_on DESC, p.id DESC"
            }
            total = try await sql.count("SELECT COUNT(*) AS n FROM petitions WHERE \(conditions)")
            pageSQL = "SELECT p.id AS id FROM petitions p WHERE \(conditions) ORDER BY \(order) \(limit)"
            if filter.list == .all || filter.list == .massOrOverLevel {
                // Newest first: the cases received in the last month come before all others, so when they fill the page it
                // is the page, read without sorting the whole scope (a province holds 107,000 cases over five years).
                let monthAgo = filter.today.adding(days: -31).iso
                recentSQL = "SELECT p.id AS id FROM petitions p WHERE \(conditions) AND received_on >= \(bind: monthAgo) ORDER BY \(order) \(limit)"
            }
        }
        func rows(_ pageSQL: SQLQueryString) async throws -> [Row] {
            try await sql.raw(
                """
                SELECT p.id AS id, p.tracking_code AS "trackingCode", p.received_on AS "receivedOn", p.subject AS subject, p.kinds AS kinds, \
                p.status AS status, p.due_on AS "dueOn", p.unit_id AS "unitID", u.name AS "unitName" \
                FROM (\(pageSQL)) k JOIN petitions p ON p.id = k.id JOIN units u ON u.id = p.unit_id ORDER BY \(order)
                """
            ).all(decoding: Row.self)
        }
        if let recentSQL, case let recent = try await rows(recentSQL), recent.count == page.per {
            return (recent, PageMetadata(page: page.page, per: page.per, total: total))
        }
        return (try await rows(pageSQL), PageMetadata(page: page.page, per: page.per, total: total))
    }

    /// A possible duplicate and why: the same citizen, or a similar subject (0–1).
    struct Duplicate: Sendable {
        let petition: Petition
        let sameCitizen: Bool
        let score: Double
    }

    /// Trùng đơn — earlier petitions from the same citizen or with a similar subject, most alike first.
    /// "Same citizen" never crosses the denouncer's seal: it is looked for only when the viewer may see who sent this
    /// petition, and kept only for petitions whose sender the viewer may also see. Otherwise a tố cáo would point to its
    /// author's other petitions, and an officer could type a suspected ID or phone number into a new petition to find
    /// out who filed a sealed tố cáo. A petition is still suggested when its subject alone is alike.
    static func possibleDuplicates(of petition: Petition, unit: OrgUnit, viewer: User, scopePath: String, on db: any Database) async throws
        -> [Duplicate]
    {
        let words = PetitionSearchIndex.words(petition.subject).filter { $0.count >= 4 }.prefix(3)
        let citizenKey = PetitionAccess.canSeePersonalData(viewer, petition, unit: unit) ? petition.citizenKey : ""
        guard !words.isEmpty || !citizenKey.isEmpty else { return [] }
        let candidates = try await Petition.query(on: db)
            .join(OrgUnit.self, on: \Petition.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), scopePath + "%")
            .filter(\.$id != petition.id!)
            .group(.or) { group in
                if !citizenKey.isEmpty { group.filter(\.$citizenKey == citizenKey) }
                for word in words { group.filter(\.$subjectKey, .custom("LIKE"), "%" + word + "%") }
            }
            .with(\.$unit)
            .sort(\.$receivedOn, .descending).limit(200).all()
        return
            candidates
            .map { other in
                let sameCitizen =
                    !citizenKey.isEmpty && other.citizenKey == citizenKey
                    && PetitionAccess.canSeePersonalData(viewer, other, unit: other.unit)
                return Duplicate(
                    petition: other, sameCitizen: sameCitizen, score: sameCitizen ? 1 : TextSimilarity.score(other.subject, petition.subject))
            }
            .filter { $0.score >= 0.4 }
            .sorted { $0.score > $1.score }
            .prefix(5).map { $0 }
    }
}
