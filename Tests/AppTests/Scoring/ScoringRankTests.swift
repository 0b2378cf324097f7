import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 15, "Scale": ranks kept on the sheets (`ScoringRanks`) and the results page read one page at a time.
@Suite struct ScoringRankTests {
    /// Hương Trà's round with every sheet scored set-based: some finalised (one ineligible, two with the same total),
    /// some still submitted; totals and ranks written by `ScoringResults.recompute`.
    static func scoredRound(_ app: Application) async throws -> ScoringRound {
        try await Fixtures.seed(app)
        let round = try await ScoringFlowTests.openRound(app)
        let sql = app.db as! any SQLDatabase
        try await sql.raw(
            """
            UPDATE scoring_lines SET self_points = (SELECT c.max_points * (1 + (scoring_lines.sheet_id % 4)) / 4 FROM scoring_criteria c \
            WHERE c.id = scoring_lines.criterion_id) WHERE sheet_id IN (SELECT id FROM scoring_sheets WHERE round_id = \(bind: round.id!))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE scoring_sheets SET status = CASE WHEN id % 5 = 0 THEN 'da_nop' ELSE 'da_tham_dinh' END, \
            ineligible = CASE WHEN id % 7 = 3 THEN \(bind: true) ELSE \(bind: false) END WHERE round_id = \(bind: round.id!)
            """
        ).run()
        try await ScoringResults.recompute(roundID: round.id!, on: app.db)
        return round
    }

    struct Stored: Decodable {
        let id: Int
        let unit_id: Int
        let unit_group: String
        let status: String
        let final_total: Int?
        let ineligible: Bool
        let group_rank: Int?
    }

    static func stored(_ app: Application, round: ScoringRound) async throws -> [Stored] {
        try await (app.db as! any SQLDatabase).raw(
            """
            SELECT id, unit_id, unit_group, status, final_total, ineligible, group_rank FROM scoring_sheets WHERE round_id = \(bind: round.id!)
            """
        ).all(decoding: Stored.self)
    }

    /// The ranks `ScoreRanking` gives the stored final totals, computed here independently of `ScoringRanks`.
    static func expectedRanks(_ sheets: [Stored]) -> [Int: Int] {
        ScoreRanking.ranks(
            sheets.compactMap { sheet in
                guard sheet.status == "da_tham_dinh", let total = sheet.final_total else { return nil }
                return .init(
                    id: sheet.id, group: ScoringGroup(rawValue: sheet.unit_group)!, total: Points(hundredths: total), ineligible: sheet.ineligible)
            })
    }

    @Test func recomputingARoundStoresEveryRankByTheRule() async throws {
        try await withTestApp { app in
            let round = try await Self.scoredRound(app)
            let sheets = try await Self.stored(app, round: round)
            let expected = Self.expectedRanks(sheets)
            #expect(sheets.count > 5)
            #expect(Set(expected.values).count < expected.count)  // shared ranks: equal totals
            #expect(sheets.contains { $0.ineligible && $0.status == "da_tham_dinh" })
            for sheet in sheets { #expect(sheet.group_rank == expected[sheet.id], "sheet \(sheet.id)") }
            // Not finalised, or ineligible: no rank.
            #expect(sheets.filter { $0.status != "da_tham_dinh" || $0.ineligible }.allSatisfy { $0.group_rank == nil })
        }
    }

    @Test func aSheetKeepsTheGroupItsUnitHadWhenTheRoundOpened() async throws {
        try await withTestApp { app in
            let round = try await Self.scoredRound(app)
            let sql = app.db as! any SQLDatabase
            struct Kind: Decodable {
                let id: Int
                let kind: String
            }
            let kinds = try await sql.raw("SELECT id, kind FROM units").all(decoding: Kind.self)
            let kindOf = Dictionary(uniqueKeysWithValues: kinds.map { ($0.id, $0.kind) })
            let sheets = try await Self.stored(app, round: round)
            // Opening stored each unit's group of the day.
            for sheet in sheets { #expect(sheet.unit_group == ScoringGroup(unitKind: kindOf[sheet.unit_id]!).rawValue) }
            // A ranked commune becomes an agency (a reorganisation): ranking again keeps it among the communes.
            let commune = try #require(sheets.first { $0.unit_group == "xa" && $0.group_rank != nil })
            try await sql.raw("UPDATE units SET kind = 'phong' WHERE id = \(bind: commune.unit_id)").run()
            try await ScoringResults.recompute(roundID: round.id!, on: app.db)
            let after = try await Self.stored(app, round: round)
            #expect(after.first { $0.id == commune.id }?.unit_group == "xa")
            let expected = Self.expectedRanks(after)
            for sheet in after { #expect(sheet.group_rank == expected[sheet.id], "sheet \(sheet.id)") }
            let row = try #require(try await ScoringResults.rows(round, on: app.db).first { $0.sheetID == commune.id })
            #expect(row.group == .communes)
        }
    }

    @Test func finalisingAnotherSheetRanksTheRoundAgain() async throws {
        try await withTestApp { app in
            let round = try await Self.scoredRound(app)
            // A submitted sheet, finalised by the team through the page: full marks, so first of its group.
            let waiting = try #require(try await Self.stored(app, round: round).first { $0.status == "da_nop" })
            let sql = app.db as! any SQLDatabase
            try await sql.raw(
                """
                UPDATE scoring_lines SET self_points = (SELECT c.max_points FROM scoring_criteria c WHERE c.id = scoring_lines.criterion_id) \
                WHERE sheet_id = \(bind: waiting.id)
                """
            ).run()
            var team = Browser(app)
            _ = try await team.login("noivu.hue")
            #expect(try await team.post("/cham-diem/phieu/\(waiting.id)/ket-thuc", form: [:]).status == .seeOther)
            let sheets = try await Self.stored(app, round: round)
            let expected = Self.expectedRanks(sheets)
            #expect(expected[waiting.id] == 1)
            for sheet in sheets { #expect(sheet.group_rank == expected[sheet.id], "sheet \(sheet.id)") }
        }
    }

    @Test func theResultsPageShowsOnePageInRankOrderWithCountsOfTheWholeRound() async throws {
        try await withTestApp { app in
            let round = try await Self.scoredRound(app)
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let all = ScoringResults.ordered(try await ScoringResults.rows(round, on: app.db))
            #expect(all.count > 4)
            let path = "/cham-diem/dot/\(round.id!)"
            // Two rows a page: the second page holds the third and fourth rows of the whole ordered table.
            let second = try await coordinator.get(path + "?trang=2&so=2").body.string
            func anchor(_ row: ScoringResults.Row) -> String { "<a href=\"/cham-diem/phieu/\(row.sheetID)\">\(row.unitName)</a>" }
            #expect(second.contains(anchor(all[2])) && second.contains(anchor(all[3])))
            #expect(!second.contains(anchor(all[0])) && !second.contains(anchor(all[1])) && !second.contains(anchor(all[4])))
            // The distribution counts every sheet of the round, not the page's.
            let finalised = all.filter { $0.status == .finalised }.count
            let pending = all.count - finalised
            #expect(second.contains("Chưa có kết quả: \(pending) đơn vị"))
            // Communes only, by name: the page's rows are the communes in name order.
            let communes = all.filter { $0.group == .communes }.sorted { $0.sortKey < $1.sortKey }
            let page = try await coordinator.get(path + "?nhom=xa&sap_xep=ten&so=200").body.string
            var position = page.startIndex
            for row in communes {
                let found = try #require(page.range(of: anchor(row), range: position..<page.endIndex), "\(row.unitName)")
                position = found.upperBound
            }
            for row in all where row.group == .agencies { #expect(!page.contains(anchor(row))) }
        }
    }
}
