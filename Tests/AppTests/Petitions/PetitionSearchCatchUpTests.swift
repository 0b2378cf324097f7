import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import App

/// A national reorganisation commits first and rebuilds the petition index afterwards (issue 14, "Scale"). Meanwhile
/// search must find the same cases from the petitions themselves; afterwards from the index again.
@Suite struct PetitionSearchCatchUpTests {
    @Test func whileTheIndexIsBehindSearchReadsThePetitionsAndFindsTheSameCases() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            let commune = try await Fixtures.unit("19900", on: app)
            let first = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", subject: "Khiếu nại mức hỗ trợ,tái định cư")
            let second = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "19900", subject: "Đèn đường thôn 3 không sáng")
            _ = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "48", subject: "Khiếu nại mức hỗ trợ tái định cư")
            _ = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "480", subject: "Đường thôn Đông lầy lội")
            func found(_ text: String, in unit: OrgUnit, list: PetitionQuery.WorkList = .all) async throws -> [Int] {
                try await PetitionQuery.page(
                    .init(scopePath: unit.path, list: list, search: text, today: TestClock.today), page: .init(page: 1, per: 50), on: app.db
                )
                .rows.map(\.id)
            }
            let expected: [(String, OrgUnit, [Int])] = [
                ("dinh cu, TÁI", town, [first.id!]),
                ("den duong", town, [second.id!]),
                ("den duong", commune, [second.id!]),
                // Whole words only, as the index matches: "thon" is not a match for "thong".
                ("thon 3", town, [second.id!]),
                ("duong thon dong", commune, [])
            ]
            for (text, unit, ids) in expected { #expect(try await found(text, in: unit) == ids, "\(text)") }

            // Behind, and emptied: only a search that reads the petitions can still find anything.
            try await PetitionSearchIndex.markStale(since: TestClock.now, on: app.db)
            try await emptyIndex(app)
            #expect(try await PetitionSearchIndex.isCurrent(on: app.db) == false)
            for (text, unit, ids) in expected { #expect(try await found(text, in: unit) == ids, "\(text)") }
            #expect(try await found("khieu nai", in: town, list: .overdue).isEmpty)

            #expect(try await PetitionSearchIndex.catchUp(on: app.db))
            #expect(try await PetitionSearchIndex.isCurrent(on: app.db))
            #expect(try await PetitionSearchIndex.catchUp(on: app.db) == false)
            let indexed = try await PetitionSearchIndex.page(["den", "duong"], scopePath: town.path, limit: 10, offset: 0, on: app.db)
            #expect(indexed.ids == [second.id!])
            for (text, unit, ids) in expected { #expect(try await found(text, in: unit) == ids, "\(text)") }
        }
    }

    private func emptyIndex(_ app: Application) async throws {
        let sql = app.db as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            try await sql.raw("INSERT INTO petition_search (petition_search) VALUES ('delete-all')").run()
        } else {
            try await sql.raw("TRUNCATE petition_search").run()
        }
    }
}
