import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// Scoring lines read the registry (issue 16, item 5; issue 15's computed lines): models registered and recognised in
/// the year by the unit and the units under it, turned into points by the line's rule, at opening and on refresh.
@Suite struct ExemplarScoringTests {
    static var today: CivilDate { TestClock.today }

    /// Registers a model of unit `code` in the registry, as the unit's officer would.
    @discardableResult
    static func register(_ app: Application, _ code: String, name: String, by username: String) async throws -> Exemplar {
        let user = try await ScoringFlowTests.user(username, on: app.db)
        var draft = ExemplarService.Draft()
        draft.unitID = try await Fixtures.unit(code, on: app).id!
        draft.kind = "mo_hinh"
        draft.field = "kinh_te"
        draft.name = name
        draft.problem = "Thực trạng"
        draft.goals = "Mục tiêu"
        draft.methods = "Cách làm"
        draft.confirmedDifferent = true
        return try await ExemplarService.register(draft, actor: .user(user, at: TestClock.now), user: user, on: app.db)
    }

    /// The Tây Ninh example with its "Dân vận khéo" lines computed from the registry: 6.1 registered (1 model: 5 points,
    /// 2 and more: 10), 6.2 recognised (no thresholds: full 10 points from one model up); a provincial round over
    /// districts and communes, opened by the province.
    static func openRound(_ app: Application) async throws -> ScoringRound {
        let opener = try await ScoringFlowTests.user("noivu.hue", on: app.db)
        let example = try #require(try await ScoringSet.query(on: app.db).filter(\.$exampleKey == "tay-ninh-1563").first())
        let set = try await ScoringSetStore.copy(
            example.id!, toYear: today.year, title: nil, issuerUnitID: opener.$unit.id,
            actor: .user(opener, at: TestClock.now), on: app.db)
        for (code, source, thresholds) in [
            ("6.1", ComputedSource.exemplarsRegistered, [Threshold(1, Points(5)), Threshold(2, Points(10))]),
            ("6.2", .exemplarsRecognised, [])
        ] {
            let line = try #require(try await ScoringCriterion.query(on: app.db).filter(\.$set.$id == set.id!).filter(\.$code == code).first())
            line.kind = ScoringKind.computedRate.rawValue
            line.source = source.rawValue
            line.thresholds = String(decoding: try JSONEncoder().encode(thresholds), as: UTF8.self)
            try await line.save(on: app.db)
        }
        let province = try await Fixtures.unit("46", on: app)
        let opening = ScoringRounds.Opening(
            setID: set.id!, year: today.year, title: "", subtreeUnitID: province.id!, kinds: [.district, .commune],
            selfDue: today.adding(days: 10), appraisalDue: today.adding(days: 20), objectionDue: today.adding(days: 30),
            appraisers: ["noivu.hue"])
        return try await ScoringRounds.open(opening, by: opener, actor: .user(opener, at: TestClock.now), on: app.db)
    }

    /// (computed points in hundredths, source) of line `code` on the sheet of unit `unit`.
    static func line(_ app: Application, _ round: ScoringRound, unit: String, code: String) async throws -> (Int?, String?) {
        let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: unit)
        let line = try #require(try await ScoringLine.find(try await ScoringFlowTests.lineID(app, sheet: sheet, code: code), on: app.db))
        return (line.computedPoints, line.computedSource)
    }

    @Test func theRegistryLinesArePrefilledForEverySheetWithTheSubtree() async throws {
        try await withTestApp { app in
            try await ExemplarTests.seed(app)
            let first = try await Self.register(app, "19900", name: "Hiến đất mở rộng đường kiệt", by: "canbo.tuha")
            try await Self.register(app, "19900", name: "Chợ an toàn thực phẩm", by: "canbo.tuha")
            // One of them launched, reviewed good and recognised by the town this year.
            let town = try await Fixtures.unit("480", on: app)
            let coordinator = try await ScoringFlowTests.user("noivu.huongtra", on: app.db)
            let actor = Actor.user(coordinator, at: TestClock.now)
            try await ExemplarService.step(first, .launch, on: Self.today, note: "", actor: actor, on: app.db)
            try await ExemplarService.step(first, .review(.good), on: Self.today, note: "", actor: actor, on: app.db)
            _ = try await ExemplarService.recognise(
                first, level: .district, by: town, decisionNumber: "12/QĐ-UBND", decisionDate: Self.today,
                actor: actor, on: app.db)

            let round = try await Self.openRound(app)
            // Phường Tứ Hạ: two registered (10 points by the thresholds), one recognised (full points without thresholds).
            let tuHa = try await Self.line(app, round, unit: "19900", code: "6.1")
            #expect(tuHa.0 == 1000)
            #expect(tuHa.1?.contains("2 mô hình “Dân vận khéo” đăng ký năm \(Self.today.year)") == true)
            let tuHaRecognised = try await Self.line(app, round, unit: "19900", code: "6.2")
            #expect(tuHaRecognised.0 == 1000 && tuHaRecognised.1?.contains("1 mô hình") == true)
            // Xã Hương Toàn: none, 0 points, and the source says so.
            let huongToan = try await Self.line(app, round, unit: "19901", code: "6.1")
            #expect(huongToan.0 == 0 && huongToan.1?.hasPrefix("0 mô hình") == true)
            #expect(try await Self.line(app, round, unit: "19901", code: "6.2").0 == 0)
            // Thị xã Hương Trà counts its whole subtree.
            #expect(try await Self.line(app, round, unit: "480", code: "6.1").0 == 1000)
            #expect(try await Self.line(app, round, unit: "480", code: "6.2").0 == 1000)

            // Hương Toàn registers one afterwards: its sheet's refresh reads it (one model: 5 points).
            try await Self.register(app, "19901", name: "Tổ tự quản an ninh trật tự", by: "canbo.huongtoan")
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "19901")
            try await ScoringComputed.prefill(roundID: round.id!, sheetIDs: [sheet.id!], on: app.db, today: Self.today)
            let refreshed = try await Self.line(app, round, unit: "19901", code: "6.1")
            #expect(refreshed.0 == 500 && refreshed.1?.hasPrefix("1 mô hình") == true)
            // Only the asked sheet was recomputed: the town's line still reads the count of the opening.
            #expect(try await Self.line(app, round, unit: "480", code: "6.1").1?.hasPrefix("2 mô hình") == true)
        }
    }

    @Test func aCountIsScoredByThresholdsOrFromOneRecordUp() {
        let stepped = CriterionNode(
            code: "6.1", text: "Đăng ký", maxPoints: Points(10), kind: .computedRate,
            thresholds: [Threshold(1, Points(5)), Threshold(3, Points(10))], source: .exemplarsRegistered)
        #expect(LineRule.points(forCount: 0, line: stepped) == .zero)
        #expect(LineRule.points(forCount: 2, line: stepped) == Points(5))
        #expect(LineRule.points(forCount: 7, line: stepped) == Points(10))
        let plain = CriterionNode(code: "6.2", text: "Công nhận", maxPoints: Points(8), kind: .computedRate, source: .exemplarsRecognised)
        #expect(LineRule.points(forCount: 0, line: plain) == .zero)
        #expect(LineRule.points(forCount: 1, line: plain) == Points(8))
        #expect(ComputedSource.exemplarsRegistered.isCount && !ComputedSource.reportsOnTime.isCount)
    }
}
