import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import App

/// Issue 15: a criteria set copied from an example, a round for Thị xã Hương Trà, a sheet filled, appraised, objected to.
@Suite struct ScoringFlowTests {
    static var today: CivilDate { TestClock.today }

    /// Copies the Tây Ninh example for Hương Trà and opens a round for its offices and communes with `appraisers`.
    static func openRound(_ app: Application, appraisers: [String] = ["noivu.hue"], selfDue: CivilDate = today.adding(days: 10)) async throws
        -> ScoringRound
    {
        let coordinator = try await Self.user("noivu.huongtra", on: app.db)
        let example = try #require(try await ScoringSet.query(on: app.db).filter(\.$exampleKey == "tay-ninh-1563").first())
        let set = try await ScoringSetStore.copy(
            example.id!, toYear: today.year, title: nil, issuerUnitID: coordinator.$unit.id,
            actor: .user(coordinator, at: TestClock.now), on: app.db)
        let town = try await Fixtures.unit("480", on: app)
        let opening = ScoringRounds.Opening(
            setID: set.id!, year: today.year, title: "", subtreeUnitID: town.id!, kinds: [.office, .commune],
            selfDue: selfDue, appraisalDue: selfDue.adding(days: 10), objectionDue: selfDue.adding(days: 20),
            appraisers: appraisers)
        return try await ScoringRounds.open(opening, by: coordinator, actor: .user(coordinator, at: TestClock.now), on: app.db)
    }

    static func user(_ username: String, on db: any Database) async throws -> User {
        try #require(try await User.query(on: db).filter(\.$username == username).with(\.$unit).first())
    }

    static func sheet(_ app: Application, round: ScoringRound, unit code: String) async throws -> ScoringSheet {
        let unit = try await Fixtures.unit(code, on: app)
        return try #require(try await ScoringSheet.query(on: app.db).filter(\.$round.$id == round.id!).filter(\.$unit.$id == unit.id!).first())
    }

    static func lineID(_ app: Application, sheet: ScoringSheet, code: String) async throws -> Int {
        let context = try await SheetContext.load(sheet.id!, on: app.db)
        return try #require(context.lines.first { context.criterion(of: $0)?.code == code }?.id)
    }

    @Test func openingMakesEverySheetAndLineAndFreezesTheSet() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await Self.openRound(app)
            let town = try await Fixtures.unit("480", on: app)
            let scored = try await OrgUnit.query(on: app.db).filter(\.$path, .custom("LIKE"), town.path + "%").filter(\.$kind ~~ [.office, .commune])
                .count()
            let sheets = try await ScoringSheet.query(on: app.db).filter(\.$round.$id == round.id!).count()
            #expect(sheets == scored)
            #expect(sheets > 5)
            let lines = try await ScoringLine.query(on: app.db).join(ScoringSheet.self, on: \ScoringLine.$sheet.$id == \ScoringSheet.$id)
                .filter(ScoringSheet.self, \.$round.$id == round.id!).count()
            #expect(lines == sheets * ExampleCriteriaSets.tayNinh.set.lines.count)
            // The town itself (a district) and the other province's units are not scored.
            #expect(try await ScoringSheet.query(on: app.db).filter(\.$unit.$id == town.id!).count() == 0)
            let set = try #require(try await ScoringSet.find(round.$set.id, on: app.db))
            #expect(set.frozen)
            let coordinator = try await Self.user("noivu.huongtra", on: app.db)
            await #expect(throws: AppError.self) {
                try await ScoringSetStore.update(
                    set, title: "Sửa", decision: set.decision, yearFrom: set.yearFrom, yearTo: nil,
                    actor: .user(coordinator, at: TestClock.now), on: app.db)
            }
            do {
                try await ScoringSetStore.update(
                    set, title: "Sửa", decision: set.decision, yearFrom: set.yearFrom, yearTo: nil,
                    actor: .user(coordinator, at: TestClock.now), on: app.db)
            } catch let error as AppError { #expect(error.code == "set_frozen") }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "scoring_round").count() == 1)
        }
    }

    @Test func theReportsLineIsComputedFromReportTimeliness() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            // Phòng Nội vụ Hương Trà: three reports due this year before today — two sent on time, one late — and one due
            // on 31/12 (not counted yet).
            let office = try await Fixtures.unit("480.PNV", on: app)
            let town = try await Fixtures.unit("480", on: app)
            for (index, due, submitted, late) in [
                (1, Self.today.adding(days: -5), Self.today.adding(days: -6), false),
                (2, Self.today.adding(days: -6), Self.today.adding(days: -6), false),
                (3, Self.today.adding(days: -7), Self.today.adding(days: -3), true),
                (4, CivilDate(year: Self.today.year, month: 12, day: 31)!, nil, false)
            ] {
                let request = ReportRequest()
                request.$schedule.id = schedule
                request.$unit.id = office.id!
                request.$receiver.id = town.id!
                request.periodKey = "ky-\(index)"
                request.periodLabel = "Kỳ \(index)"
                request.cutoffStart = due.adding(days: -30).iso
                request.cutoffEnd = due.adding(days: -1).iso
                request.dueOn = due.iso
                request.status = submitted == nil ? .pending : .accepted
                request.submittedOn = submitted?.iso
                request.late = submitted == nil ? nil : late
                try await request.create(on: app.db)
            }
            let round = try await Self.openRound(app)
            let sheet = try await Self.sheet(app, round: round, unit: "480.PNV")
            let context = try await SheetContext.load(sheet.id!, on: app.db)
            let line = try #require(context.lines.first { context.criterion(of: $0)?.code == "4.2" })
            // Tây Ninh 4.2: 10 points × 2/3 = 6,67 (half up to 0,01).
            #expect(line.computedPoints == 667)
            #expect(line.computedSource?.contains("2/3 báo cáo định kỳ") == true)
            // A commune with no reports due: nothing computed, and the source says so.
            let commune = try await Self.sheet(app, round: round, unit: "19900")
            let communeContext = try await SheetContext.load(commune.id!, on: app.db)
            let communeLine = try #require(communeContext.lines.first { communeContext.criterion(of: $0)?.code == "4.2" })
            #expect(communeLine.computedPoints == nil)
            #expect(communeLine.computedSource?.contains("Chưa có báo cáo định kỳ") == true)
        }
    }

    /// A page view only reads; the unit's "Cập nhật số liệu" button (and submitting) recomputes the computed line.
    @Test func theSheetPageReadsAndTheButtonRefreshesTheComputedLine() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let round = try await Self.openRound(app)
            let sheet = try await Self.sheet(app, round: round, unit: "480.PNV")
            let lineID = try await Self.lineID(app, sheet: sheet, code: "4.2")
            #expect(try await ScoringLine.find(lineID, on: app.db)?.computedPoints == nil)
            // A report sent on time after the round opened.
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
            let path = "/cham-diem/phieu/\(sheet.id!)"
            let page = try await unit.get(path)
            #expect(page.status == .ok && page.body.string.contains("Cập nhật số liệu"))
            // The page view did not write.
            #expect(try await ScoringLine.find(lineID, on: app.db)?.computedPoints == nil)
            // Someone outside the unit may not refresh it.
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            #expect(try await coordinator.post(path + "/cap-nhat-so-lieu", form: [:]).status == .forbidden)
            #expect(try await ScoringLine.find(lineID, on: app.db)?.computedPoints == nil)
            // The unit's officer refreshes: 1/1 on time, 10 points.
            #expect(try await unit.post(path + "/cap-nhat-so-lieu", form: [:]).status == .seeOther)
            let line = try #require(try await ScoringLine.find(lineID, on: app.db))
            #expect(line.computedPoints == 1000 && line.computedSource?.contains("1/1 báo cáo định kỳ") == true)
            // Submitting refreshes it too: a second report, sent late, makes it 1/2.
            let late = ReportRequest()
            late.$schedule.id = schedule
            late.$unit.id = request.$unit.id
            late.$receiver.id = request.$receiver.id
            late.periodKey = "ky-2"
            late.periodLabel = "Kỳ 2"
            late.cutoffStart = Self.today.adding(days: -40).iso
            late.cutoffEnd = Self.today.adding(days: -11).iso
            late.dueOn = Self.today.adding(days: -10).iso
            late.status = .accepted
            late.submittedOn = Self.today.adding(days: -2).iso
            late.late = true
            try await late.create(on: app.db)
            _ = try await unit.post(path, form: ["hanh_dong": "nop"])
            #expect(try await ScoringLine.find(lineID, on: app.db)?.computedSource?.contains("1/2 báo cáo định kỳ") == true)
        }
    }

    @Test func selfAssessmentAppraisalObjectionAndResults() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            // The self-assessment closed yesterday: a submission today is accepted and marked late.
            let round = try await Self.openRound(app, appraisers: ["noivu.hue", "canbo"], selfDue: Self.today.adding(days: -1))
            let sheet = try await Self.sheet(app, round: round, unit: "480.PNV")
            let context = try await SheetContext.load(sheet.id!, on: app.db)
            var unit = Browser(app)
            _ = try await unit.login("canbo")
            let path = "/cham-diem/phieu/\(sheet.id!)"
            #expect(try await unit.get(path).status == .ok)
            // Above the maximum: refused, what was typed stays, nothing saved.
            let first = try await Self.lineID(app, sheet: sheet, code: "1.1")
            let refused = try await unit.post(path, form: ["diem_\(first)": "7", "hanh_dong": "luu"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Tiêu chí 1.1 tối đa 5 điểm"))
            #expect(refused.body.string.contains("value=\"7\""))
            #expect(try await ScoringLine.find(first, on: app.db)?.selfPoints == nil)
            // Every line at its maximum (levels and yes/no accept their maximum); the computed line, with no report due, at 0.
            var form: [String: String] = ["hanh_dong": "nop"]
            for line in context.lines {
                guard let criterion = context.criterion(of: line) else { continue }
                let node = criterion.node
                form["diem_\(line.id!)"] = node.role == .deduction || node.source != nil ? "0" : node.maxPoints.text
            }
            // Bonus T1 and T2 (3 + 2) reach the cap of 5.
            let submitted = try await unit.post(path, form: form)
            #expect(submitted.status == .seeOther)
            var stored = try #require(try await ScoringSheet.find(sheet.id!, on: app.db))
            #expect(stored.status == .submitted)
            #expect(stored.late)
            // 90 without the computed line (no reports due: 0) + 5 bonus.
            #expect(stored.selfTotal == 9500)
            // Locked now.
            #expect(try await unit.post(path, form: ["diem_\(first)": "0", "hanh_dong": "luu"]).status == .unprocessableEntity)
            // canbo is on the team but may not appraise their own unit.
            let own = try await unit.post(path + "/tham-dinh", form: ["tham_dinh_\(first)": "0", "ly_do_\(first)": "x"])
            #expect(own.status == .forbidden)
            #expect(own.body.string.contains("không thẩm định phiếu của chính đơn vị mình"))
            var team = Browser(app)
            _ = try await team.login("noivu.hue")
            // A different point without a reason is refused; with one it is kept.
            let noReason = try await team.post(path + "/tham-dinh", form: ["tham_dinh_\(first)": "0", "ly_do_\(first)": ""])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("phải ghi lý do"))
            #expect(
                try await team.post(path + "/tham-dinh", form: ["tham_dinh_\(first)": "0", "ly_do_\(first)": "Chưa có kế hoạch năm"]).status
                    == .seeOther)
            #expect(try await team.post(path + "/ket-thuc", form: [:]).status == .seeOther)
            stored = try #require(try await ScoringSheet.find(sheet.id!, on: app.db))
            #expect(stored.status == .finalised)
            #expect(stored.finalTotal == 9000)
            #expect(stored.classLabel == "Hoàn thành xuất sắc")
            // The unit objects to line 1.1; the team answers and gives 5 back.
            #expect(
                try await unit.post(path + "/kien-nghi", form: ["dong": String(first), "noi_dung": "Kế hoạch số 5/KH-UBND đã ban hành ngày 10/01"])
                    .status == .seeOther)
            let objection = try #require(try await ScoringObjection.query(on: app.db).filter(\.$line.$id == first).first())
            #expect(
                try await team.post(path + "/tra-loi", form: ["kien_nghi": String(objection.id!), "tra_loi": "Chấp nhận", "diem_moi": "5"]).status
                    == .seeOther)
            stored = try #require(try await ScoringSheet.find(sheet.id!, on: app.db))
            #expect(stored.finalTotal == 9500)
            let page = try await unit.get(path).body.string
            #expect(page.contains("Chấp nhận"))
            #expect(!page.contains("Kết quả các năm"))  // one year only
            // Results: ranked first among agencies; the decision is a Quyết định with the table.
            let rows = try await ScoringResults.rows(round, on: app.db)
            #expect(rows.first { $0.sheetID == sheet.id }?.rank == 1)
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let results = try await coordinator.get("/cham-diem/dot/\(round.id!)")
            #expect(results.status == .ok)
            #expect(results.body.string.contains("Hoàn thành xuất sắc"))
            #expect(results.body.string.contains("<svg"))  // the distribution of classes as a chart
            #expect(results.body.string.contains("Hoàn thành xuất sắc: 1 đơn vị"))
            // The group averages come from totals summed in SQL over the finalised sheets: the same as their per-sheet sums.
            let sums = try await ScoringResults.groupSums(round, on: app.db)
            let finalisedIDs = try await ScoringSheet.query(on: app.db).filter(\.$round.$id == round.id!).filter(\.$status == .finalised).all().map {
                $0.id!
            }
            var expected: [String: Int] = [:]
            for id in finalisedIDs { for (code, points) in sums[id] ?? [:] { expected[code, default: 0] += points.hundredths } }
            let totals = try await ScoringResults.finalisedGroupTotals(round, on: app.db)
            #expect(!finalisedIDs.isEmpty && !totals.isEmpty && totals == expected)
            #expect(results.body.string.contains("Điểm bình quân từng nhóm tiêu chí"))
            let docx = try await coordinator.get("/cham-diem/dot/\(round.id!)/quyet-dinh.docx")
            #expect(docx.status == .ok)
            let xml = try ConsolidationExportTests.part(Data(buffer: docx.body), "word/document.xml")
            #expect(xml.contains("QUYẾT ĐỊNH"))
            #expect(xml.contains("công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm \(round.year)"))
            #expect(xml.contains("Phòng Nội vụ"))
            #expect(try await coordinator.get("/cham-diem/dot/\(round.id!)/ket-qua.xlsx").status == .ok)
            // Every change is in the audit log.
            let actions = Set(try await AuditEntry.query(on: app.db).filter(\.$entity ~~ ["scoring_sheet", "scoring_objection"]).all().map(\.action))
            #expect(actions.isSuperset(of: ["submit", "appraise", "finalise", "create", "answer"]))
        }
    }

    @Test func objectionsCloseWithTheirWindowAndSheetsReturnOnce() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            // Self-assessment closed 5 days ago (appraisal still open for 5 days, objections for 15).
            let round = try await Self.openRound(app, selfDue: Self.today.adding(days: -5))
            let sheet = try await Self.sheet(app, round: round, unit: "19900")
            let context = try await SheetContext.load(sheet.id!, on: app.db)
            let officer = try await Self.user("noivu.hue", on: app.db)
            // Submitted directly, then returned once; a second return is refused.
            let unitUser = try await UserService.create(
                .init(username: "canbo.tuha", fullName: "Cán bộ Tứ Hạ", role: .unitOfficer, unitCode: "19900", password: Fixtures.password),
                actor: .commandLine(at: TestClock.now), scopePath: nil, hasher: app.password.async, on: app.db)
            var entries: [Int: ScoringSheets.Entry] = [:]
            for line in context.lines { entries[line.id!] = .init(points: "0", note: "") }
            #expect(
                try await ScoringSheets.saveSelf(
                    entries, submit: true, context: context, user: unitUser, actor: .user(unitUser, at: TestClock.now), on: app.db
                ).isEmpty)
            try await ScoringSheets.giveBack(
                try await SheetContext.load(sheet.id!, on: app.db), reason: "Bổ sung tài liệu", user: officer,
                actor: .user(officer, at: TestClock.now), on: app.db)
            let again = try await SheetContext.load(sheet.id!, on: app.db)
            #expect(again.sheet.status == .returned)
            #expect(
                try await ScoringSheets.saveSelf(
                    entries, submit: true, context: again, user: unitUser, actor: .user(unitUser, at: TestClock.now), on: app.db
                ).isEmpty)
            do {
                try await ScoringSheets.giveBack(
                    try await SheetContext.load(sheet.id!, on: app.db), reason: "Lần hai", user: officer,
                    actor: .user(officer, at: TestClock.now), on: app.db)
                Issue.record("a second return was accepted")
            } catch let error as AppError { #expect(error.code == "already_returned") }
            try await ScoringSheets.finalise(
                try await SheetContext.load(sheet.id!, on: app.db), ineligible: true, ineligibleReason: "Có cán bộ bị kỷ luật",
                user: officer, actor: .user(officer, at: TestClock.now), on: app.db)
            let final = try await SheetContext.load(sheet.id!, on: app.db)
            #expect(final.sheet.classLabel == "Không đủ điều kiện xếp loại")
            // After the objection window: refused with its code.
            let late = Actor.user(unitUser, at: TestClock.now.addingTimeInterval(86_400 * 30))
            do {
                try await ScoringSheets.object(final, lineID: final.lines[0].id!, text: "Xin xem lại", user: unitUser, actor: late, on: app.db)
                Issue.record("an objection after its window was accepted")
            } catch let error as AppError { #expect(error.code == "objection_window_closed") }
            #expect(try await ScoringObjection.query(on: app.db).count() == 0)
        }
    }
}
