import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing

@testable import App

/// The pages' criteria set: read as plain rows, kept per process only once frozen (a frozen set never changes).
@Suite struct ScoringSetCacheTests {
    @Test func anUnfrozenSetIsReadAgainAfterAnEditAndAFrozenOneIsKept() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let coordinator = try await ScoringFlowTests.user("noivu.huongtra", on: app.db)
            let actor = Actor.user(coordinator, at: TestClock.now)
            let example = try #require(try await ScoringSet.query(on: app.db).filter(\.$exampleKey == "tay-ninh-1563").first())
            let copy = try await ScoringSetStore.copy(
                example.id!, toYear: TestClock.today.year, title: "Bộ của thị xã", issuerUnitID: coordinator.$unit.id, actor: actor, on: app.db)
            let cache = ScoringSetCache()

            // Unfrozen: the same rules as `ScoringSetStore.load`, and not kept.
            let first = try await ScoringSetStore.loaded(copy.id!, on: app.db, cache: cache)
            let (_, stored, criteria) = try await ScoringSetStore.load(copy.id!, on: app.db)
            #expect(first.set == stored)
            #expect(first.criterionIDs == criteria.compactMap(\.id))
            #expect(first.title == "Bộ của thị xã" && !first.frozen)
            #expect(cache.get(copy.id!) == nil)

            // Edited while unfrozen: the next read sees the edit.
            let line = try #require(stored.lines.first { $0.role == .regular })
            var edited = stored
            let index = try #require(edited.nodes.firstIndex { $0.code == line.code })
            edited.nodes[index].text = "Nội dung đã sửa"
            try await ScoringSetStore.replaceTree(
                copy.id!, with: edited, action: "update", before: line, after: edited.nodes[index], actor: actor, on: app.db)
            let second = try await ScoringSetStore.loaded(copy.id!, on: app.db, cache: cache)
            #expect(second.set.nodes[index].text == "Nội dung đã sửa")
            #expect(cache.get(copy.id!) == nil)

            // Frozen (as a round's opening does): kept, and served from the cache from then on.
            let row = try #require(try await ScoringSet.find(copy.id!, on: app.db))
            row.frozen = true
            try await row.save(on: app.db)
            let frozen = try await ScoringSetStore.loaded(copy.id!, on: app.db, cache: cache)
            #expect(frozen.frozen && frozen.set == second.set)
            #expect(cache.get(copy.id!)?.set == second.set)
            // Nothing may change a frozen set; were its rows changed behind the application's back, the cache would still
            // answer what was read — which is why only frozen sets are kept.
            try await (app.db as! any SQLDatabase).raw("UPDATE scoring_sets SET title = 'khác' WHERE id = \(bind: copy.id!)").run()
            #expect(try await ScoringSetStore.loaded(copy.id!, on: app.db, cache: cache).title == "Bộ của thị xã")
            // And the application's own writers refuse it.
            await #expect(throws: AppError.self) {
                try await ScoringSetStore.replaceTree(
                    copy.id!, with: stored, action: "update", before: nil, after: nil, actor: actor, on: app.db)
            }
        }
    }
}
