import Fluent
import Foundation
import Testing

@testable import App

/// The whole-index rebuild a national reorganisation uses (issue 14): inside the reorganisation's transaction, with
/// merging off while SQLite loads and a larger GIN build memory on PostgreSQL, it must still find every case.
@Suite struct PetitionSearchRebuildTests {
    @Test func aRebuildInsideATransactionFindsEveryCaseAgain() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let town = try await Fixtures.unit("480", on: app)
            let first = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "19900", subject: "Phản ánh đèn đường hỏng")
            let second = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "19900", subject: "Đèn đường thôn 3 không sáng")
            for _ in 1...2 {
                try await app.db.transaction { try await PetitionSearchIndex.rebuild(on: $0) }
                let found = try await PetitionSearchIndex.page(["den", "duong"], scopePath: town.path, limit: 10, offset: 0, on: app.db)
                #expect(found.ids == [second.id!, first.id!] && found.total == 2)
            }
            // A case entered after the rebuild is indexed as usual.
            let third = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "19900", subject: "Đường đèn chiếu sáng hư")
            #expect(
                try await PetitionSearchIndex.page(["den", "duong"], scopePath: town.path, limit: 10, offset: 0, on: app.db).ids.first
                    == third.id!)
        }
    }
}
