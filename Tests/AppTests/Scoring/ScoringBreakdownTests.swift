import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 15, "Scale" and item 4: each finalised sheet's points per criterion group are stored with its final total (and
/// read by the results page), appraisal closes with its deadline, and "Cập nhật số liệu" is audited.
@Suite struct ScoringBreakdownTests {
    static var today: CivilDate { TestClock.today }

    /// Every line of the sheet scored (the maximum, but 0 on yes/no lines at odd positions such as 5.2), then submitted.
    static func submitAll(_ app: Application, sheet: ScoringSheet, username: String = "canbo") async throws {
        let context = try await SheetContext.load(sheet.id!, on: app.db)
        let user = try await ScoringFlowTests.user(username, on: app.db)
        var entries: [Int: ScoringSheets.Entry] = [:]
        for (index, line) in context.lines.enumerated() {
            guard let criterion = context.criterion(of: line) else { continue }
            let node = criterion.node
            let points = node.role == .deduction || node.source != nil ? "0" : node.kind == .yesNo && index % 2 == 1 ? "0" : node.maxPoints.text
            entries[line.id!] = .init(points: points, note: "")
        }
        let problems = try await ScoringSheets.saveSelf(
            entries, submit: true, context: context, user: user, actor: .user(user, at: TestClock.now), on: app.db)
        #expect(problems.isEmpty)
    }

    /// Per group of the sheet, from its lines: (self else computed, appraised else self else computed).
    static func lineSums(_ app: Application, sheetID: Int) async throws -> [String: (own: Int, final: Int)] {
        let context = try await SheetContext.load(sheetID, on: app.db)
        var sums: [String: (own: Int, final: Int)] = [:]
        for group in context.set.groups { sums[group.code] = (0, 0) }
        for line in context.lines {
            guard let criterion = context.criterion(of: line), criterion.role == LineRole.regular.rawValue, let group = criterion.groupCode else {
                continue
            }
            let old = sums[group] ?? (0, 0)
            sums[group] = (old.own + (line.selfOrComputed?.hundredths ?? 0), old.final + (line.finalPoints?.hundredths ?? 0))
        }
        return sums
    }

    static func same(_ a: [String: (own: Int, final: Int)], _ b: [String: (own: Int, final: Int)]) -> Bool {
        a.count == b.count && a.allSatisfy { key, value in b[key].map { $0.own == value.own && $0.final == value.final } ?? false }
    }

    @Test func theStoredBreakdownEqualsTheLinesAfterFinaliseAnswerRecomputeAndBackfill() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await ScoringFlowTests.openRound(app, appraisers: ["noivu.hue"], selfDue: Self.today.adding(days: -1))
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV")
            try await Self.submitAll(app, sheet: sheet)
            // Nothing stored before the sheet is finalised.
            #expect(try await ScoringBreakdown.stored(sheetID: sheet.id!, on: app.db).isEmpty)
            let team = try await ScoringFlowTests.user("noivu.hue", on: app.db)
            let actor = Actor.user(team, at: TestClock.now)
            // The team takes 1.1 down to 0 and finalises.
            let first = try await ScoringFlowTests.lineID(app, sheet: sheet, code: "1.1")
            var context = try await SheetContext.load(sheet.id!, on: app.db)
            #expect(
                try await ScoringSheets.saveAppraisal(
                    [first: .init(points: "0", note: "Chưa có kế hoạch năm")], context: context, user: team,
                    actor: actor, on: app.db
                ).isEmpty)
            try await ScoringSheets.finalise(
                try await SheetContext.load(sheet.id!, on: app.db), ineligible: false, ineligibleReason: "",
                user: team, actor: actor, on: app.db)
            var stored = try await ScoringBreakdown.stored(sheetID: sheet.id!, on: app.db)
            var expected = try await Self.lineSums(app, sheetID: sheet.id!)
            #expect(!stored.isEmpty && Self.same(stored, expected))
            // The appraisal shows in group 1: final below self.
            let groupOne = try #require(stored["1"])
            #expect(groupOne.final == groupOne.own - 500)
            // The stored groups add up to the sheet's base (its total before bonus and deduction).
            let finalised = try await SheetContext.load(sheet.id!, on: app.db).finalResult
            #expect(stored.values.reduce(0) { $0 + $1.final } == finalised.base.hundredths)
            #expect(finalised.bonus.hundredths > 0)

            // An objection answered with new points rewrites the breakdown with the total.
            let unitUser = try await ScoringFlowTests.user("canbo", on: app.db)
            context = try await SheetContext.load(sheet.id!, on: app.db)
            try await ScoringSheets.object(
                context, lineID: first, text: "Kế hoạch đã ban hành", user: unitUser, actor: .user(unitUser, at: TestClock.now), on: app.db)
            context = try await SheetContext.load(sheet.id!, on: app.db)
            let objection = try #require(context.objections[first]?.first)
            try await ScoringSheets.answer(
                context, objectionID: objection.id!, answer: "Chấp nhận", newPoints: "5", user: team, actor: actor, on: app.db)
            stored = try await ScoringBreakdown.stored(sheetID: sheet.id!, on: app.db)
            expected = try await Self.lineSums(app, sheetID: sheet.id!)
            #expect(Self.same(stored, expected))
            let answeredOne = try #require(stored["1"])
            #expect(answeredOne.final == answeredOne.own)
            let answered = try #require(try await ScoringSheet.find(sheet.id!, on: app.db))
            let answeredResult = try await SheetContext.load(sheet.id!, on: app.db).finalResult
            #expect(stored.values.reduce(0) { $0 + $1.final } == answeredResult.base.hundredths)
            #expect(answered.finalTotal == answeredResult.total.hundredths)

            // The results page's group totals are the stored rows; the average shows.
            #expect(try await ScoringResults.finalisedGroupTotals(round, on: app.db) == stored.mapValues(\.final))
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let page = try await coordinator.get("/cham-diem/dot/\(round.id!)")
            #expect(page.status == .ok && page.body.string.contains("Điểm bình quân từng nhóm tiêu chí"))

            // Recomputing the round writes the same breakdown, and only for finalised sheets.
            try await ScoringResults.recompute(roundID: round.id!, on: app.db)
            #expect(Self.same(try await ScoringBreakdown.stored(sheetID: sheet.id!, on: app.db), expected))
            let sql = app.db as! any SQLDatabase
            struct Count: Decodable { let n: Int }
            let rows = try await sql.raw("SELECT COUNT(*) AS n FROM scoring_sheet_groups WHERE round_id = \(bind: round.id!)").first(
                decoding: Count.self)?.n
            #expect(rows == expected.count)

            // The migration's own backfill rebuilds the same rows from the lines.
            try await CreateScoringSheetGroups().revert(on: app.db)
            try await CreateScoringSheetGroups().prepare(on: app.db)
            #expect(Self.same(try await ScoringBreakdown.stored(sheetID: sheet.id!, on: app.db), expected))
        }
    }

    @Test func appraisalAfterItsDeadlineIsRefusedAndNothingIsSaved() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            // Self-assessment closed 20 days ago, appraisal 10 days ago.
            let round = try await ScoringFlowTests.openRound(app, appraisers: ["noivu.hue"], selfDue: Self.today.adding(days: -20))
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV")
            try await Self.submitAll(app, sheet: sheet)
            let first = try await ScoringFlowTests.lineID(app, sheet: sheet, code: "1.1")
            var team = Browser(app)
            _ = try await team.login("noivu.hue")
            let path = "/cham-diem/phieu/\(sheet.id!)"
            let page = try await team.get(path).body.string
            #expect(page.contains("(đã hết hạn)") && !page.contains("Lưu điểm thẩm định") && !page.contains("Trả lại phiếu"))
            let refused = try await team.post(path + "/tham-dinh", form: ["tham_dinh_\(first)": "0", "ly_do_\(first)": "Chưa có kế hoạch"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Đã hết hạn thẩm định"))
            #expect(try await ScoringLine.find(first, on: app.db)?.appraisedPoints == nil)
            #expect(try await team.post(path + "/ket-thuc", form: [:]).status == .unprocessableEntity)
            #expect(try await team.post(path + "/tra-lai", form: ["ly_do": "Bổ sung"]).status == .unprocessableEntity)
            let stored = try #require(try await ScoringSheet.find(sheet.id!, on: app.db))
            #expect(stored.status == .submitted && stored.finalTotal == nil)
            // The stable code, for the API and callers.
            let user = try await ScoringFlowTests.user("noivu.hue", on: app.db)
            do {
                try await ScoringSheets.finalise(
                    try await SheetContext.load(sheet.id!, on: app.db), ineligible: false, ineligibleReason: "",
                    user: user, actor: .user(user, at: TestClock.now), on: app.db)
                Issue.record("finalising after the appraisal deadline was accepted")
            } catch let error as AppError { #expect(error.code == "appraisal_window_closed") }
            // On the deadline day itself appraisal is still open.
            let onTheDay = Actor.user(user, at: TestClock.now.addingTimeInterval(-86_400 * 10))
            #expect(
                try await ScoringSheets.saveAppraisal(
                    [first: .init(points: "0", note: "Chưa có kế hoạch")], context: try await SheetContext.load(sheet.id!, on: app.db),
                    user: user, actor: onTheDay, on: app.db
                ).isEmpty)
        }
    }

    @Test func refreshingTheComputedLinesIsAuditedInWords() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await ScoringFlowTests.openRound(app)
            let sheet = try await ScoringFlowTests.sheet(app, round: round, unit: "480.PNV")
            // A report sent on time, so the computed line 4.2 changes from "nothing due" to 1/1.
            let schedule = try await ReminderFixtures.schedule(on: app)
            let request = ReportRequest()
            request.$schedule.id = schedule
            request.$unit.id = try await Fixtures.unit("480.PNV", on: app).id!
            request.$receiver.id = try await Fixtures.unit("480", on: app).id!
            request.periodKey = "ky-1"
            request.periodLabel = "Kỳ 1"
            request.cutoffStart = Self.today.adding(days: -35).iso
            request.cutoffEnd = Self.today.adding(days: -6).iso
            request.dueOn = Self.today.adding(days: -5).iso
            request.status = .accepted
            request.submittedOn = Self.today.adding(days: -6).iso
            request.late = false
            try await request.create(on: app.db)
            var unit = Browser(app)
            _ = try await unit.login("canbo")
            #expect(try await unit.post("/cham-diem/phieu/\(sheet.id!)/cap-nhat-so-lieu", form: [:]).status == .seeOther)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "refresh_computed").first())
            #expect(entry.entity == "scoring_sheet" && entry.entityID == String(sheet.id!))
            #expect(entry.after?.contains("4.2") == true && entry.after?.contains("1/1 báo cáo định kỳ") == true)
            let subjects = try await AuditSubjects.load(for: [entry], on: app.db)
            #expect(
                subjects.sentence(entry) == "Người dùng canbo cập nhật số liệu DanVan tự tính của phiếu chấm điểm của Phòng Nội vụ năm \(round.year)")
        }
    }
}
