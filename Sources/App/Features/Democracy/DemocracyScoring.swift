import DanVanCore
import Fluent
import SQLKit
import Views

/// Scoring lines that read the grassroots-democracy records (issue 15 reading issue 17): the share of items the unit's
/// communes published on time in the round's year (`DemocracyFigures.onTimeRate`), or the share of satisfied ratings
/// (`DemocracyFigures.satisfactionRate`), turned into points by the line's rule (`LineRule.points(forRate:line:)`).
/// Set-based like the other computed lines: one aggregate grouped by the commune's path, joined to each sheet's subtree,
/// one batched update; a sheet whose subtree has nothing to rate gets no points and a source that says so.
extension ScoringComputed {
    private struct Rate: Decodable {
        let sheet: Int
        let part: Int
        let whole: Int
    }

    static func democracy(
        _ source: ComputedSource, round: ScoringRound, criterion: ScoringCriterion, sheetIDs: [Int]?,
        sql: any SQLDatabase, today: CivilDate
    ) async throws {
        let year = round.year
        let from = "\(year)-01-01"
        let until = min("\(year)-12-31", today.iso)
        let counted: SQLQueryString
        let what: (Int, Int, String) -> String
        switch source {
        case .satisfactionRate:
            counted = """
                SELECT u.path AS path, CAST(SUM(CASE WHEN t.score >= 4 THEN 1 ELSE 0 END) AS BIGINT) AS part, COUNT(*) AS whole \
                FROM satisfaction_ratings t JOIN units u ON u.id = t.unit_id \
                WHERE t.rated_on >= \(bind: from) AND t.rated_on <= \(bind: until) GROUP BY u.path
                """
            what = { L10n.Democracy.phieuDanhGiaTrongNamHai($0, $1, year, $2) }
        default:
            counted = """
                SELECT u.path AS path, CAST(SUM(CASE WHEN t.on_time THEN 1 ELSE 0 END) AS BIGINT) AS part, COUNT(*) AS whole \
                FROM disclosure_items t JOIN units u ON u.id = t.unit_id \
                WHERE t.starts_on >= \(bind: from) AND t.starts_on <= \(bind: until) GROUP BY u.path
                """
            what = { L10n.Democracy.thongTinCongKhaiTrongNam($0, $1, year, $2) }
        }
        let open: SQLQueryString = "s.status IN (\(bind: SheetStatus.draft.rawValue), \(bind: SheetStatus.returned.rawValue))"
        var only: SQLQueryString = ""
        if let sheetIDs { only = "AND s.id IN (\(binds: sheetIDs.isEmpty ? [-1] : sheetIDs))" }
        let rates = try await sql.raw(
            """
            SELECT s.id AS sheet, CAST(COALESCE(SUM(c.part), 0) AS BIGINT) AS part, CAST(COALESCE(SUM(c.whole), 0) AS BIGINT) AS whole \
            FROM scoring_sheets s JOIN units su ON su.id = s.unit_id \
            LEFT JOIN (\(counted)) c ON c.path LIKE su.path || '%' \
            WHERE s.round_id = \(bind: round.id!) AND \(open) \(only) GROUP BY s.id
            """
        ).all(decoding: Rate.self)
        let line = criterion.node
        let asOf = CivilDate(iso: until)?.vietnamese ?? until
        for start in stride(from: 0, to: rates.count, by: 500) {
            var values: [SQLQueryString] = []
            for rate in rates[start..<min(start + 500, rates.count)] {
                guard let percent = DemocracyFigures.percent(rate.part, of: rate.whole) else {
                    values.append(
                        """
                        (\(bind: rate.sheet), \(bind: -1), \(bind: -1.0),\
                         \(bind: "Chưa có số liệu năm \(year) (cả đơn vị trực thuộc), tính đến \(asOf)"))
                        """
                    )
                    continue
                }
                let share = Double(rate.part) / Double(rate.whole)
                let points = LineRule.points(forRate: share, line: line)
                values.append(
                    """
                    (\(bind: rate.sheet), \(bind: points.hundredths), \(bind: share),\
                     \(bind: what(rate.part, rate.whole, ReportFigures.format(percent)) + " (cả đơn vị trực thuộc), tính đến \(asOf)"))
                    """
                )
            }
            try await sql.raw(
                """
                UPDATE scoring_lines SET computed_points = CASE WHEN v.column2 < 0 THEN NULL ELSE v.column2 END, \
                computed_value = CASE WHEN v.column3 < 0 THEN NULL ELSE v.column3 END, computed_source = v.column4 \
                FROM (VALUES \(values.joined(separator: ", "))) AS v \
                WHERE scoring_lines.sheet_id = v.column1 AND scoring_lines.criterion_id = \(bind: criterion.id!)
                """
            ).run()
        }
    }
}
