import DanVanCore
import Fluent
import SQLKit
import Views

/// Scoring lines that read the "Dân vận khéo" registry (issue 15 reading issue 16): how many models the unit and the
/// units under it registered in the round's year, or had recognised by a decision dated in it, turned into points by
/// the line's rule (`LineRule.points(forCount:line:)`). Set-based like the report line: one aggregate query for every
/// sheet of the round (counts grouped by owning unit path, joined to each sheet's subtree), one batched update.
extension ScoringComputed {
    private struct Count: Decodable {
        let sheet: Int
        let n: Int
    }

    static func exemplars(
        _ source: ComputedSource, round: ScoringRound, criterion: ScoringCriterion, sheetIDs: [Int]?,
        sql: any SQLDatabase, today: CivilDate
    ) async throws {
        let year = round.year
        let until = min("\(year)-12-31", today.iso)
        let counted: SQLQueryString
        let what: String
        switch source {
        case .exemplarsRecognised:
            counted = """
                SELECT eu.path AS path, COUNT(DISTINCT e.id) AS n FROM exemplar_recognitions r JOIN exemplars e ON e.id = r.exemplar_id \
                JOIN units eu ON eu.id = e.unit_id \
                WHERE r.decision_date >= \(bind: "\(year)-01-01") AND r.decision_date <= \(bind: until) GROUP BY eu.path
                """
            what = L10n.Exemplars.duocCongNhanTrongNam(year)
        default:
            counted = """
                SELECT eu.path AS path, COUNT(*) AS n FROM exemplars e JOIN units eu ON eu.id = e.unit_id \
                WHERE e.year = \(bind: year) AND e.registered_on <= \(bind: until) GROUP BY eu.path
                """
            what = L10n.Exemplars.dangKyNam(year)
        }
        var only: SQLQueryString = ""
        if let sheetIDs { only = "AND s.id IN (\(binds: sheetIDs.isEmpty ? [-1] : sheetIDs))" }
        let counts = try await sql.raw(
            """
            SELECT s.id AS sheet, CAST(COALESCE(SUM(c.n), 0) AS BIGINT) AS n FROM scoring_sheets s JOIN units su ON su.id = s.unit_id \
            LEFT JOIN (\(counted)) c ON c.path LIKE su.path || '%' \
            WHERE s.round_id = \(bind: round.id!) \
            AND s.status IN (\(bind: SheetStatus.draft.rawValue), \(bind: SheetStatus.returned.rawValue)) \(only) \
            GROUP BY s.id
            """
        ).all(decoding: Count.self)
        let line = criterion.node
        let asOf = CivilDate(iso: until)?.vietnamese ?? until
        for start in stride(from: 0, to: counts.count, by: 500) {
            var values: [SQLQueryString] = []
            for count in counts[start..<min(start + 500, counts.count)] {
                let points = LineRule.points(forCount: count.n, line: line)
                let source = L10n.Exemplars.moHinhDanVanKheoCa(count.n, what, asOf)
                values.append("(\(bind: count.sheet), \(bind: points.hundredths), \(bind: Double(count.n)), \(bind: source))")
            }
            try await sql.raw(
                """
                UPDATE scoring_lines SET computed_points = v.column2, computed_value = v.column3, computed_source = v.column4 \
                FROM (VALUES \(values.joined(separator: ", "))) AS v \
                WHERE scoring_lines.sheet_id = v.column1 AND scoring_lines.criterion_id = \(bind: criterion.id!)
                """
            ).run()
        }
    }
}
