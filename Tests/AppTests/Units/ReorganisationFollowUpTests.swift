import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import Views

@testable import App

/// Issue 14, items 3 and 4 beyond report requests: plan obligations, regimes' reporter lists and hamlets follow a
/// whole-merged commune's successor or wait for a person when it was split; the completeness grid and the petition
/// statistics of 2025 show the successor with its predecessors and count each half of the year from the right units.
/// Thừa Thiên Huế's 2024 units; on 01/07/2025 Xã Hương Toàn (20005) and Phường Hương Chữ (20020) go whole into Phường
/// Hương Xuân (20017, now Phường Kim Trà); Xã Hương Bình (20026) is split here between Xã Bình Điền and Phường Hương Trà.
@Suite struct ReorganisationFollowUpTests {
    private struct Seeded {
        let plan: Int
        let schedule: Int
        let otherSchedule: Int
    }

    private func seed(_ app: Application) async throws -> Seeded {
        _ = try await UnitsImport.run(
            app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"),
            provinceCode: "46", rootCode: nil, withAgencies: true)
        let province = try await Fixtures.unit("46", on: app)
        let plan = Plan(
            unitID: province.id!, number: "12/KH-UBND", year: 2025, issuedOn: "2025-01-05",
            title: "Công tác dân vận chính quyền năm 2025", purposes: "", status: .issued)
        try await plan.create(on: app.db)
        var schedules: [Int] = []
        for period in ["monthly", "quarterly"] {
            let schedule = ReportSchedule(
                planID: plan.id!, period: period, dueRule: "day_of_month:15", dueText: "ngày 15",
                reporters: "các xã, phường", receiver: "UBND tỉnh")
            try await schedule.create(on: app.db)
            schedules.append(schedule.id!)
        }
        return Seeded(plan: plan.id!, schedule: schedules[0], otherSchedule: schedules[1])
    }

    private func apply(_ app: Application) async throws -> UnitReorganisation.Summary {
        var input = try UnitsReorganise.input(
            table: DataFiles.conversionTable, list: DataFiles.unitList(structure: "2025"), agencies: nil,
            effective: CivilDate(year: 2025, month: 7, day: 1)!)
        input.table = ConversionTable(
            pairs: input.table.pairs + [
                .init(
                    oldCode: "20026", oldDistrictCode: "480", oldProvinceCode: "46", newCode: "19996", newProvinceCode: "46", whole: false,
                    line: 20000)
            ])
        return try await UnitReorganisation.apply(input, actor: .commandLine(at: TestClock.now), dryRun: false, on: app.db).1
    }

    private func id(_ code: String, _ app: Application) async throws -> Int { try await Fixtures.unit(code, on: app).id! }

    @discardableResult
    private func request(_ code: String, schedule: Int, period: String, submitted: Bool, on app: Application) async throws -> Int {
        let request = ReportRequest()
        request.$schedule.id = schedule
        request.$unit.id = try await id(code, app)
        request.$receiver.id = try await id("46", app)
        request.periodKey = period
        request.periodLabel = "Tháng " + period
        request.cutoffStart = period + "-01"
        request.cutoffEnd = period + "-28"
        request.dueOn = period + "-28"
        request.status = submitted ? .accepted : .pending
        if submitted {
            request.submittedOn = period + "-20"
            request.late = false
        }
        try await request.create(on: app.db)
        return request.id!
    }

    @Test func obligationsReportersAndHamletsFollowTheSuccessorOrWaitForAPerson() async throws {
        try await withTestApp { app in
            let seeded = try await seed(app)
            let toan = try await id("20005", app)
            let chu = try await id("20020", app)
            let xuan = try await id("20017", app)
            let binh = try await id("20026", app)
            // Obligations: Hương Toàn's open one moves, its fulfilled one stays; Hương Chữ's collides with Hương Xuân's own.
            let open = PlanObligation(
                planID: seeded.plan, unitID: toan, kind: .subPlan, description: "Xây dựng kế hoạch", dueOn: "2025-08-15", sendTo: nil)
            let fulfilled = PlanObligation(
                planID: seeded.plan, unitID: toan, kind: .submission, description: "Gửi báo cáo sơ kết", dueOn: "2025-06-15", sendTo: nil)
            fulfilled.fulfilledOn = "2025-06-10"
            let splitOpen = PlanObligation(
                planID: seeded.plan, unitID: binh, kind: .subPlan, description: "Xây dựng kế hoạch", dueOn: "2025-08-15", sendTo: nil)
            for obligation in [open, fulfilled, splitOpen] { try await obligation.create(on: app.db) }
            // Reporters: both Hương Toàn and Hương Xuân report monthly (one stays: the ward); only Hương Chữ quarterly (moves).
            for (schedule, unit) in [(seeded.schedule, toan), (seeded.schedule, xuan), (seeded.otherSchedule, chu), (seeded.otherSchedule, binh)] {
                try await ReportScheduleReporter(scheduleID: schedule, unitID: unit).create(on: app.db)
            }
            // Hamlets: one under Hương Toàn (whole), one under Hương Bình (split).
            let thon = OrgUnit(code: "20005.T1", name: "Thôn Giáp Thượng", kind: .hamlet, parentID: toan)
            let split = OrgUnit(code: "20026.T1", name: "Thôn Bình Tiến", kind: .hamlet, parentID: binh)
            for hamlet in [thon, split] {
                try await hamlet.create(on: app.db)
            }
            try await UnitReorganisation.recomputePaths(on: app.db as! any SQLDatabase)

            let summary = try await apply(app)
            #expect(summary.moved["nghĩa vụ theo kế hoạch chưa thực hiện"] == 1)
            #expect(summary.moved["thôn, tổ dân phố"] == 1)
            #expect(summary.moved["lượt có tên trong danh sách đơn vị báo cáo của chế độ báo cáo"] == 1)
            #expect(summary.removedDuplicates["lượt có tên trong danh sách đơn vị báo cáo của chế độ báo cáo"] == 1)
            #expect(summary.lines.joined().contains("bỏ 1 lượt có tên trong danh sách đơn vị báo cáo của chế độ báo cáo trùng với đơn vị kế thừa"))

            #expect(try await PlanObligation.find(open.id, on: app.db)?.$unit.id == xuan)
            #expect(try await PlanObligation.find(fulfilled.id, on: app.db)?.$unit.id == toan)
            #expect(try await PlanObligation.find(splitOpen.id, on: app.db)?.$unit.id == binh)
            let reporters = try await ReportScheduleReporter.query(on: app.db).all().map { "\($0.$schedule.id)>\($0.$unit.id)" }
            #expect(Set(reporters) == ["\(seeded.schedule)>\(xuan)", "\(seeded.otherSchedule)>\(xuan)", "\(seeded.otherSchedule)>\(binh)"])
            let ward = try await Fixtures.unit("20017", on: app)
            let movedHamlet = try #require(try await OrgUnit.find(thon.id, on: app.db))
            #expect(movedHamlet.$parent.id == xuan && movedHamlet.path == ward.path + "\(thon.id!)/")

            // Each unit's move is audited once, naming what moved and what was removed as a duplicate.
            let audited = try await AuditEntry.query(on: app.db).filter(\.$action == "move_open_items").filter(\.$entityID == "\(toan)").all()
            #expect(audited.count == 1)
            let after = audited.first?.after ?? ""
            #expect(after.contains("\"from\":\"Xã Hương Toàn\"") && after.contains("\"unit\":\"Phường Kim Trà\""))
            #expect(after.contains("1 nghĩa vụ theo kế hoạch chưa thực hiện") && after.contains("1 thôn, tổ dân phố"))
            #expect(after.contains("bỏ 1 lượt có tên trong danh sách đơn vị báo cáo của chế độ báo cáo trùng với Phường Kim Trà"))

            // The split commune's obligation, reporter row and hamlet wait for a person; giving the hamlet to Phường
            // Hương Trà moves it there, recorded with who decided.
            let waiting = try await SplitCommuneWork.items(scopePath: "/", limit: 50, offset: 0, on: app.db)
            #expect(Set(waiting.items.map(\.tbl)) == ["plan_obligations", "report_schedule_reporters", "units"])
            let huongTra = try await Fixtures.unit("19996", on: app)
            let (moved, refused) = try await SplitCommuneWork.assign(
                [.init(table: "units", id: split.id!, successorID: huongTra.id!)], scopePath: "/",
                actor: .commandLine(at: TestClock.now), on: app.db)
            #expect(moved == 1 && refused.isEmpty)
            let given = try #require(try await OrgUnit.find(split.id, on: app.db))
            #expect(given.$parent.id == huongTra.id && given.path == huongTra.path + "\(split.id!)/")
            #expect(try await UnitSplitDecision.query(on: app.db).filter(\.$itemTable == "units").count() == 1)

            // Running it again changes nothing.
            let again = try await apply(app)
            #expect(again.moved.isEmpty && again.removedDuplicates.isEmpty)
        }
    }

    /// The same report request sent to every commune: a whole-merged commune's request for a period its successor
    /// already has (open or accepted), or that another predecessor brings, is not moved a second time; it stays with
    /// the closed commune, counted and audited, and a second run records nothing more.
    @Test func anOpenItemTheSuccessorAlreadyHasIsNotDuplicated() async throws {
        try await withTestApp { app in
            let seeded = try await seed(app)
            let toan = try await id("20005", app)
            let xuan = try await id("20017", app)
            let chu = try await id("20020", app)
            let toanJuly = try await request("20005", schedule: seeded.schedule, period: "2025-07", submitted: false, on: app)
            try await request("20017", schedule: seeded.schedule, period: "2025-07", submitted: false, on: app)
            let toanAugust = try await request("20005", schedule: seeded.schedule, period: "2025-08", submitted: false, on: app)
            let chuAugust = try await request("20020", schedule: seeded.schedule, period: "2025-08", submitted: false, on: app)
            let toanSeptember = try await request("20005", schedule: seeded.schedule, period: "2025-09", submitted: false, on: app)
            try await request("20017", schedule: seeded.schedule, period: "2025-09", submitted: true, on: app)
            let toanQuarter = try await request("20005", schedule: seeded.otherSchedule, period: "2025-09", submitted: false, on: app)

            let summary = try await apply(app)
            #expect(summary.moved["yêu cầu báo cáo chưa được chấp nhận"] == 2)
            #expect(summary.keptAsDuplicates == 3)
            #expect(summary.lines.joined().contains("3 việc trùng với việc đơn vị kế thừa đã có, giữ ở đơn vị cũ"))
            func unit(_ request: Int) async throws -> Int? { try await ReportRequest.find(request, on: app.db)?.$unit.id }
            #expect(try await unit(toanJuly) == toan)
            #expect(try await unit(toanAugust) == xuan)
            #expect(try await unit(chuAugust) == chu)
            #expect(try await unit(toanSeptember) == toan)
            #expect(try await unit(toanQuarter) == xuan)
            // The successor holds one request per schedule and period.
            let atWard = try await ReportRequest.query(on: app.db).filter(\.$unit.$id == xuan).all().map { "\($0.$schedule.id) \($0.periodKey)" }
            #expect(atWard.count == Set(atWard).count && atWard.count == 4)

            let entries = try await AuditEntry.query(on: app.db).filter(\.$action == "move_open_items").all()
            let toanEntry = entries.first { $0.entityID == "\(toan)" }?.after ?? ""
            #expect(toanEntry.contains("2 yêu cầu báo cáo chưa được chấp nhận trùng với việc Phường Kim Trà đã có"))
            let chuEntry = entries.first { $0.entityID == "\(chu)" }?.after ?? ""
            #expect(chuEntry.contains("1 yêu cầu báo cáo chưa được chấp nhận trùng với việc Phường Kim Trà đã có"))

            // Again: nothing moves, nothing more is recorded.
            let again = try await apply(app)
            #expect(again.moved.isEmpty && again.keptAsDuplicates == 3)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "move_open_items").count() == entries.count)
            #expect(try await ReportRequest.query(on: app.db).filter(\.$unit.$id == xuan).count() == 4)
        }
    }

    @Test func theGridOf2025CountsThePredecessorsFirstHalfAndTheSuccessorsSecond() async throws {
        try await withTestApp { app in
            let seeded = try await seed(app)
            let schedule = seeded.schedule
            // June: Hương Toàn and Hương Xuân both reported. July: both were asked; the ward's stays its own, Hương Toàn's
            // is left with it as a duplicate and must not count any more.
            try await request("20005", schedule: schedule, period: "2025-06", submitted: true, on: app)
            try await request("20017", schedule: schedule, period: "2025-06", submitted: true, on: app)
            try await request("20005", schedule: schedule, period: "2025-07", submitted: false, on: app)
            try await request("20017", schedule: schedule, period: "2025-07", submitted: false, on: app)
            let summary = try await apply(app)
            #expect(summary.keptAsDuplicates == 1)

            let sql = app.db as! any SQLDatabase
            let ward = try await Fixtures.unit("20017", on: app)
            let counts = try await CompletenessController.periodCounts(
                scheduleID: schedule, year: 2025, scopePath: ward.path, today: "2025-09-01", on: sql)
            #expect(counts.map { "\($0.key) \($0.expected) \($0.onTime) \($0.missing)" } == ["2025-06 2 2 0", "2025-07 1 0 1"])
            #expect(try await CompletenessController.unitCount(scheduleID: schedule, year: 2025, scopePath: ward.path, on: sql) == 2)
            let rows = try await CompletenessController.unitPage(
                scheduleID: schedule, year: 2025, scopePath: ward.path,
                page: PageParams(page: 1, per: 50), on: sql)
            #expect(rows.map(\.code) == ["20017", "20005"])
            #expect(rows[1].activeUntil == "2025-07-01" && rows[1].successorName == "Phường Kim Trà")
            let cells = try await CompletenessController.cells(scheduleID: schedule, year: 2025, unitIDs: rows.map(\.id), on: sql)
            #expect(cells.filter { $0.unitID == rows[1].id }.map(\.key) == ["2025-06"])

            // The ward with its predecessors, and the sentence that says how 2025 is counted.
            let entry = try #require(
                try await UnitPredecessors.of(
                    [ward.id!], from: CivilDate(year: 2025, month: 1, day: 1)!,
                    to: CivilDate(year: 2025, month: 12, day: 31)!, on: app.db)[ward.id!])
            #expect(
                UnitPredecessors.label(ward.name, entry)
                    == "Phường Kim Trà, gồm các xã, phường, thị trấn cũ: Phường Hương Chữ, Xã Hương Toàn (từ 01/07/2025)")
            #expect(
                try await CompletenessController.reorganisedOn(
                    scopePath: ward.path, from: CivilDate(year: 2025, month: 1, day: 1)!,
                    to: CivilDate(year: 2025, month: 12, day: 31)!, on: sql) == CivilDate(year: 2025, month: 7, day: 1))
            // 2026 does not span it.
            #expect(
                try await UnitPredecessors.of(
                    [ward.id!], from: CivilDate(year: 2026, month: 1, day: 1)!,
                    to: CivilDate(year: 2026, month: 12, day: 31)!, on: app.db
                ).isEmpty)
        }
    }

    @Test func theGridAndStatisticsPagesSayHowTheYearIsCounted() async throws {
        try await withTestApp { app in
            let seeded = try await seed(app)
            try await request("20005", schedule: seeded.schedule, period: "2025-06", submitted: true, on: app)
            try await request("20017", schedule: seeded.schedule, period: "2025-07", submitted: false, on: app)
            _ = try await apply(app)
            _ = try await UserService.create(
                .init(
                    username: "noivu.kimtra", fullName: "Nội vụ Kim Trà", role: .coordinator, unitCode: "20017",
                    password: Fixtures.password),
                actor: .commandLine(at: TestClock.now), scopePath: nil, hasher: app.password.async, on: app.db)
            var browser = Browser(app)
            try await browser.login("noivu.kimtra")
            let grid = try await browser.get(SiteURL.reportGrid(.value(seeded.schedule)).path + "?nam=2025")
            #expect(grid.status == .ok)
            let page = grid.body.string
            #expect(page.contains("Phường Kim Trà, gồm các xã, phường, thị trấn cũ: Phường Hương Chữ, Xã Hương Toàn (từ 01/07/2025)"))
            #expect(page.contains("Xã Hương Toàn (đến 30/06/2025, nay thuộc Phường Kim Trà)"))
            #expect(page.contains("Có tổ chức lại đơn vị hành chính từ ngày 01/07/2025"))
            let statistics = try await browser.get(SiteURL.petitionStatistics.path + "?tu=01/01/2025&den=31/12/2025")
            #expect(statistics.status == .ok)
            #expect(
                statistics.body.string.contains(
                    "Thống kê đơn thư — Phường Kim Trà, gồm các xã, phường, thị trấn cũ: Phường Hương Chữ, Xã Hương Toàn (từ 01/07/2025)"))
            #expect(statistics.body.string.contains("Có tổ chức lại đơn vị hành chính từ ngày 01/07/2025"))
            let later = try await browser.get(SiteURL.petitionStatistics.path + "?tu=01/01/2026&den=31/12/2026")
            #expect(!later.body.string.contains("gồm các xã"))
        }
    }
}
