import DanVanCore
import Fluent
import Vapor

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
            case .all: return "Tất cả"
            case .dueSoon: return "Sắp đến hạn"
            case .overdue: return "Quá hạn"
            case .massOrOverLevel: return "Đông người, vượt cấp"
            }
        }
    }

    struct Filter: Sendable {
        var scopePath: String
        var list: WorkList = .all
        var search: String = ""
        var today: CivilDate = VietnamTime.civilDate(of: Date())
    }

    /// The subtree as `unit_id IN (SELECT …)`, not a join: with the join, SQLite walked every petition in the country in
    /// date order (10 s for a search with no hit over 2,000,000 cases); with it, both databases read the subtree's units.
    static func page(_ filter: Filter, page: PageParams, on db: any Database) async throws -> Page<Petition> {
        let query = Petition.query(on: db).filter(UnitQuery.inSubtree(filter.scopePath, table: Petition.schema))
        let key = VietnameseText.searchKey(filter.search)
        if !key.isEmpty { query.filter(\.$subjectKey, .custom("LIKE"), "%" + key + "%") }
        switch filter.list {
        case .all:
            query.sort(\.$receivedOn, .descending)
        case .dueSoon:
            query.filter(\.$dueOn >= filter.today.iso).filter(\.$dueOn <= filter.today.adding(days: DeadlineStatus.dueSoonDays).iso).sort(\.$dueOn)
        case .overdue:
            query.filter(\.$dueOn != nil).filter(\.$dueOn < filter.today.iso).sort(\.$dueOn)
        case .massOrOverLevel:
            query.group(.or) { $0.filter(\.$isMass == true).filter(\.$isOverLevel == true) }.sort(\.$receivedOn, .descending)
        }
        return try await query.sort(\.$id, .descending).paginate(page.fluent)
    }

    /// Trùng đơn — earlier petitions from the same citizen or with a similar subject, most alike first.
    static func possibleDuplicates(of petition: Petition, scopePath: String, on db: any Database) async throws -> [(Petition, Double)] {
        let words = VietnameseText.searchKey(petition.subject).split(separator: " ").filter { $0.count >= 4 }.prefix(3).map(String.init)
        guard !words.isEmpty || !petition.citizenKey.isEmpty else { return [] }
        let candidates = try await Petition.query(on: db)
            .join(Unit.self, on: \Petition.$unit.$id == \Unit.$id)
            .filter(Unit.self, \.$path, .custom("LIKE"), scopePath + "%")
            .filter(\.$id != petition.id!)
            .group(.or) { group in
                if !petition.citizenKey.isEmpty { group.filter(\.$citizenKey == petition.citizenKey) }
                for word in words { group.filter(\.$subjectKey, .custom("LIKE"), "%" + word + "%") }
            }
            .sort(\.$receivedOn, .descending).limit(200).all()
        return candidates
            .map { ($0, $0.citizenKey == petition.citizenKey && !petition.citizenKey.isEmpty ? 1 : TextSimilarity.score($0.subject, petition.subject)) }
            .filter { $0.1 >= 0.4 }
            .sorted { $0.1 > $1.1 }
            .prefix(5).map { $0 }
    }
}
