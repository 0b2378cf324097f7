import DanVanCore
import Fluent
import SQLKit

/// Counts `DemocracyFigures` for a subtree and a year: one aggregate statement over the records (each kind of record
/// reduced to its counts by the database, joined to the subtree by the unit path), one for the communes' disclosure
/// coverage (`DemocracyGridController.coverage`), never a query per commune. The conditions mirror the rules they count:
/// `DisclosureItem.onTime` as stored when published, `InspectionRules.status`, `SatisfactionRules.isSatisfied`.
enum DemocracyFiguresQuery {
    private struct Row: Decodable {
        let items: Int, on_time: Int, withdrawn: Int
        let votes: Int, passed: Int, eligible: Int, voting: Int
        let consultations: Int, answered: Int
        let opinions: Int, online: Int
        let findings: Int, on_time_answers: Int, late_answers: Int, overdue: Int
        let ratings: Int, satisfied: Int
        let communes: Int
    }

    static func load(scopePath: String, year: Int, today: CivilDate, on db: any Database) async throws -> DemocracyFigures {
        var figures = try await counts(scopePath: scopePath, from: "\(year)-01-01", to: "\(year)-12-31", today: today, on: db)
        figures.categoriesMissing = try await missing(scopePath: scopePath, communes: figures.communes, year: year, today: today, on: db)
        return figures
    }

    /// Everything but the missing categories, for records dated `from`…`to` (ISO days; an item by its posting start).
    static func counts(scopePath: String, from: String, to: String, today: CivilDate, on db: any Database) async throws -> DemocracyFigures {
        let sql = db as! any SQLDatabase
        let under = UnitQuery.pathUnder(scopePath, column: "u.path", on: sql)
        func sum(_ condition: String) -> SQLQueryString { "CAST(COALESCE(SUM(CASE WHEN \(unsafeRaw: condition) THEN 1 ELSE 0 END), 0) AS BIGINT)" }
        let row = try await sql.raw(
            """
            SELECT i.items, i.on_time, i.withdrawn, v.votes, v.passed, v.eligible, v.voting, c.consultations, c.answered, \
            o.opinions, o.online, f.findings, f.on_time_answers, f.late_answers, f.overdue, r.ratings, r.satisfied, n.communes FROM \
            (SELECT COUNT(*) AS items, \(sum("t.on_time")) AS on_time, \(sum("t.withdrawn_on IS NOT NULL")) AS withdrawn \
             FROM disclosure_items t JOIN units u ON u.id = t.unit_id WHERE t.starts_on >= \(bind: from) AND t.starts_on <= \(bind: to) AND \(under))\
             i, \
            (SELECT COUNT(*) AS votes, \(sum("t.passed")) AS passed, CAST(COALESCE(SUM(t.eligible), 0) AS BIGINT) AS eligible, \
             CAST(COALESCE(SUM(t.voting), 0) AS BIGINT) AS voting \
             FROM hamlet_votes t JOIN units u ON u.id = t.commune_id WHERE t.held_on >= \(bind: from) AND t.held_on <= \(bind: to) AND \(under)) v, \
            (SELECT COUNT(*) AS consultations, \(sum("t.answered_on IS NOT NULL")) AS answered \
             FROM consultations t JOIN units u ON u.id = t.unit_id WHERE t.starts_on >= \(bind: from) AND t.starts_on <= \(bind: to) AND \(under)) c,\
             \
            (SELECT COUNT(*) AS opinions, \(sum("p.source = 'cong_dan'")) AS online \
             FROM consultation_opinions p JOIN consultations t ON t.id = p.consultation_id JOIN units u ON u.id = t.unit_id \
             WHERE p.received_on >= \(bind: from) AND p.received_on <= \(bind: to) AND \(under)) o, \
            (SELECT COUNT(*) AS findings, \(sum("t.answered_on IS NOT NULL AND t.answered_on <= t.due_on")) AS on_time_answers, \
             \(sum("t.answered_on IS NOT NULL AND t.answered_on > t.due_on")) AS late_answers, \
             CAST(COALESCE(SUM(CASE WHEN t.answered_on IS NULL AND t.due_on < \(bind: today.iso) THEN 1 ELSE 0 END), 0) AS BIGINT) AS overdue \
             FROM inspection_recommendations t JOIN units u ON u.id = t.commune_id \
             WHERE t.received_on >= \(bind: from) AND t.received_on <= \(bind: to) AND \(under)) f, \
            (SELECT COUNT(*) AS ratings, \(sum("t.score >= 4")) AS satisfied \
             FROM satisfaction_ratings t JOIN units u ON u.id = t.unit_id WHERE t.rated_on >= \(bind: from) AND t.rated_on <= \(bind: to) AND\
             \(under)) r, \
            (SELECT COUNT(*) AS communes FROM units u WHERE u.kind = \(bind: UnitKind.commune.rawValue) AND u.active_until IS NULL AND \(under)) n
            """
        ).first(decoding: Row.self)
        var figures = DemocracyFigures()
        if let row {
            figures.itemsPublished = row.items
            figures.itemsOnTime = row.on_time
            figures.itemsWithdrawn = row.withdrawn
            figures.decisions = row.votes
            figures.decisionsPassed = row.passed
            figures.householdsEligible = row.eligible
            figures.householdsVoting = row.voting
            figures.consultations = row.consultations
            figures.consultationsAnswered = row.answered
            figures.opinions = row.opinions
            figures.opinionsOnline = row.online
            figures.findings = row.findings
            figures.findingsAnsweredOnTime = row.on_time_answers
            figures.findingsAnsweredLate = row.late_answers
            figures.findingsOverdue = row.overdue
            figures.ratings = row.ratings
            figures.ratingsSatisfied = row.satisfied
            figures.communes = row.communes
        }
        return figures
    }

    /// Commune × category pairs of the year with status `.missing`: communes with items are judged on their coverage,
    /// the others on an empty one (counted, not listed).
    static func missing(scopePath: String, communes: Int, year: Int, today: CivilDate, on db: any Database) async throws -> Int {
        guard communes > 0 else { return 0 }
        let sql = db as! any SQLDatabase
        let period = DisclosureRules.Period(year: year)
        let categories = try await DemocracyService.categories(under: scopePath, on: db).filter { $0.scope == "xa" }
        var filter = SQLQueryString("unit_id IN (SELECT id FROM units WHERE kind = \(bind: UnitKind.commune.rawValue) AND active_until IS NULL AND ")
        filter += UnitQuery.pathUnder(scopePath, on: sql)
        filter += ")"
        let coverage = try await DemocracyGridController.coverage(
            unitFilter: filter, permanentCategories: categories.filter { $0.frequency == .permanent }.map(\.code),
            period: period, today: today, on: db)
        var total = 0
        for category in categories {
            let covered = coverage.filter { $0.key.category == category.code }
            total += covered.values.filter { DisclosureRules.status(of: category, coverage: $0, period: period, today: today) == .missing }.count
            if DisclosureRules.status(of: category, coverage: .init(), period: period, today: today) == .missing {
                total += max(0, communes - covered.count)
            }
        }
        return total
    }

    /// The grassroots-democracy indicators of a unit's draft periodic report: the same counts for the items, votes,
    /// consultations and recommendations dated within the report's period (`from`…`to`, ISO days).
    static func reportValues(unitPath: String, from: String, to: String, today: CivilDate, on db: any Database) async throws -> [String: Double] {
        try await counts(scopePath: unitPath, from: from, to: to, today: today, on: db).indicatorValues
    }
}
