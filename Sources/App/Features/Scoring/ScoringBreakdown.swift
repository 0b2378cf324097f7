import DanVanCore
import Fluent
import SQLKit

/// Each finalised sheet's points per criterion group, kept in `scoring_sheet_groups` (migration 023) beside its final
/// total: every writer of `final_total` (finalising, answering an objection with new points, recomputing a round) writes
/// the breakdown in the same transaction, from the same `ScoreResult`s. The results page then sums a few stored rows per
/// sheet instead of every line of the round.
enum ScoringBreakdown {
    struct Row: Sendable, Equatable {
        let sheetID: Int
        let roundID: Int
        let groupCode: String
        let selfPoints: Int
        let finalPoints: Int
    }

    /// One row per criterion group of the set: the unit's own points and the points that count.
    static func rows(sheetID: Int, roundID: Int, own: ScoreResult, final: ScoreResult) -> [Row] {
        let mine = Dictionary(own.groups.map { ($0.code, $0.points.hundredths) }, uniquingKeysWith: { a, _ in a })
        return final.groups.map { group in
            Row(sheetID: sheetID, roundID: roundID, groupCode: group.code, selfPoints: mine[group.code] ?? 0, finalPoints: group.points.hundredths)
        }
    }

    /// Replaces the stored breakdown of `sheetIDs` with `rows` (call inside the transaction that writes the totals).
    static func replace(sheetIDs: [Int], with rows: [Row], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for start in stride(from: 0, to: sheetIDs.count, by: 500) {
            let ids = Array(sheetIDs[start..<min(start + 500, sheetIDs.count)])
            try await sql.raw("DELETE FROM scoring_sheet_groups WHERE sheet_id IN (\(binds: ids))").run()
        }
        try await insert(rows, on: sql)
    }

    /// Replaces the whole round's breakdown with `rows`.
    static func replace(roundID: Int, with rows: [Row], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("DELETE FROM scoring_sheet_groups WHERE round_id = \(bind: roundID)").run()
        try await insert(rows, on: sql)
    }

    static func insert(_ rows: [Row], on sql: any SQLDatabase) async throws {
        // Five binds a row, 150 rows a statement: within SQLite's and PostgreSQL's bind limits.
        for start in stride(from: 0, to: rows.count, by: 150) {
            let values: [SQLQueryString] = rows[start..<min(start + 150, rows.count)].map { row in
                "(\(bind: row.sheetID), \(bind: row.roundID), \(bind: row.groupCode), \(bind: row.selfPoints), \(bind: row.finalPoints))"
            }
            try await sql.raw(
                """
                INSERT INTO scoring_sheet_groups (sheet_id, round_id, group_code, self_points, final_points) VALUES \(values.joined(separator: ", "))
                """
            ).run()
        }
    }

    /// The stored rows of one sheet (tests and exports).
    static func stored(sheetID: Int, on db: any Database) async throws -> [String: (own: Int, final: Int)] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Stored: Decodable {
            let group_code: String
            let self_points: Int
            let final_points: Int
        }
        let rows = try await sql.raw("SELECT group_code, self_points, final_points FROM scoring_sheet_groups WHERE sheet_id = \(bind: sheetID)")
            .all(decoding: Stored.self)
        return Dictionary(rows.map { ($0.group_code, (own: $0.self_points, final: $0.final_points)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Final points per criterion group summed over the round's finalised sheets: one grouped read of the index
    /// `(round_id, group_code, final_points)`, a few rows whatever the number of sheets.
    static func finalisedGroupTotals(roundID: Int, on db: any Database) async throws -> [String: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Total: Decodable {
            let group_code: String
            let points: Int?
        }
        let totals = try await sql.raw(
            """
            SELECT group_code, CAST(SUM(final_points) AS BIGINT) AS points FROM scoring_sheet_groups \
            WHERE round_id = \(bind: roundID) GROUP BY group_code
            """
        ).all(decoding: Total.self)
        return Dictionary(totals.map { ($0.group_code, $0.points ?? 0) }, uniquingKeysWith: +)
    }
}
