import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import Views

@testable import App

/// Issue 14, items 2–6: the official conversion table applied to Thừa Thiên Huế's 2024 units (now Thành phố Huế).
@Suite struct UnitReorganisationTests {
    static let effective = CivilDate(year: 2025, month: 7, day: 1)!

    /// Province 46 as the demo builds it (2024 list with its agencies), and one regime to hang requests on.
    private func seed(_ app: Application) async throws -> Int {
        _ = try await UnitsImport.run(
            app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"),
            provinceCode: "46", rootCode: nil, withAgencies: true)
        let province = try await Fixtures.unit("46", on: app)
        let plan = Plan(
            unitID: province.id!, number: "12/KH-UBND", year: 2025, issuedOn: "2025-01-05",
            title: "Công tác dân vận chính quyền năm 2025", purposes: "", status: .issued)
        try await plan.create(on: app.db)
        let schedule = ReportSchedule(
            planID: plan.id!, period: "monthly", dueRule: "day_of_month:15", dueText: "ngày 15 hằng tháng",
            reporters: "các cơ quan, đơn vị", receiver: "UBND tỉnh")
        try await schedule.create(on: app.db)
        return schedule.id!
    }

    @discardableResult
    private func request(_ code: String, period: String, status: ReportStatus = .pending, schedule: Int, on app: Application) async throws
        -> Int
    {
        let request = ReportRequest()
        request.$schedule.id = schedule
        request.$unit.id = try await Fixtures.unit(code, on: app).id!
        request.$receiver.id = try await Fixtures.unit("46", on: app).id!
        request.periodKey = period
        request.periodLabel = "Tháng \(period)"
        request.cutoffStart = "2025-06-01"
        request.cutoffEnd = "2025-06-30"
        request.dueOn = "2025-07-15"
        request.status = status
        if status == .accepted { request.submittedOn = "2025-07-10" }
        try await request.create(on: app.db)
        return request.id!
    }

    /// The shipped national table, plus one made-up row that splits Xã Hương Bình (20026) between Bình Điền and Hương Trà.
    private func input(agencies: [AgencyMapping.Row]? = nil, effective: CivilDate = effective, extra: [ConversionTable.Pair] = []) throws
        -> UnitReorganisation.Input
    {
        var input = try UnitsReorganise.input(
            table: DataFiles.conversionTable, list: DataFiles.unitList(structure: "2025"), agencies: nil, effective: effective)
        input.table = ConversionTable(
            pairs: input.table.pairs + [
                .init(
                    oldCode: "20026", oldDistrictCode: "480", oldProvinceCode: "46", newCode: "19996", newProvinceCode: "46", whole: false,
                    line: 20000)
            ] + extra)
        input.agencyMapping = agencies
        return input
    }

    private func unitOf(_ requestID: Int, on app: Application) async throws -> String {
        let request = try await ReportRequest.find(requestID, on: app.db)!
        return try await OrgUnit.find(request.$unit.id, on: app.db)!.code
    }

    private struct UnitState: Decodable, Equatable {
        let id: Int, code: String, name: String, parent_id: Int?, path: String, depth: Int, active_until: String?
    }

    private func state(_ app: Application) async throws -> [UnitState] {
        try await (app.db as! any SQLDatabase).raw("SELECT id, code, name, parent_id, path, depth, active_until FROM units ORDER BY id").all(
            decoding: UnitState.self)
    }

    @Test func huongTrasOpenWorkMovesItsClosedWorkStaysAndTheNewWardHoldsItsPredecessors() async throws {
        try await withTestApp { app in
            let schedule = try await seed(app)
            let toan = try await request("20005", period: "2025-07", schedule: schedule, on: app)  // Xã Hương Toàn → Phường Kim Trà
            let toanAccepted = try await request("20005", period: "2025-06", status: .accepted, schedule: schedule, on: app)
            let kimTra = try await request("20017", period: "2025-08", schedule: schedule, on: app)  // continues as Phường Kim Trà
            let chu = try await request("20020", period: "2025-07", schedule: schedule, on: app)  // same period as Hương Toàn's
            let district = try await request("480", period: "2025-07", status: .returned, schedule: schedule, on: app)
            let agency = try await request("480.PNV", period: "2025-07", status: .draft, schedule: schedule, on: app)
            let split = try await request("20026", period: "2025-07", schedule: schedule, on: app)  // split: waits for a person
            let actor = Actor.commandLine(at: TestClock.now)

            // The agency of the closed district has open work: refused until the administrator maps it; nothing applied.
            let before = try await state(app)
            let refused = await #expect(throws: UnitReorganisation.Refused.self) {
                try await UnitReorganisation.apply(try input(), actor: actor, dryRun: false, on: app.db)
            }
            #expect(
                refused?.issues.map(\.description).contains(
                    "Phòng Nội vụ (mã 480.PNV) của Thị xã Hương Trà còn việc đang mở nhưng chưa có trong tệp ánh xạ cơ quan (cột old_code,new_code).")
                    == true)
            #expect(try await state(app) == before)

            // The preview offers a default drawn from names, applies nothing.
            let (preview, previewSummary) = try await UnitReorganisation.apply(try input(), actor: actor, dryRun: true, on: app.db)
            #expect(preview.issues.count == 1)
            #expect(preview.agencyGuesses.first { $0.oldCode == "480.TTR" }?.newCode == "46.TTR")
            #expect(previewSummary.applied == false)
            #expect(try await state(app) == before)

            let (_, summary) = try await UnitReorganisation.apply(
                try input(agencies: [.init(oldCode: "480.PNV", newCode: "46.SNV", line: 2)]),
                actor: actor, dryRun: false, on: app.db)
            #expect(summary.applied)
            #expect(summary.closedDistricts == 9)
            #expect(summary.closedProvinces == 0)
            #expect(summary.created == 0)
            #expect(summary.moved["yêu cầu báo cáo chưa được chấp nhận"] == 3)
            #expect(summary.keptAsDuplicates == 1)
            #expect(summary.splitCommunes == 1)
            #expect(summary.splitOpenItems == 1)

            // Open work moved; accepted work and the duplicate stayed; the split commune's waits.
            #expect(try await unitOf(toan, on: app) == "20017")
            #expect(try await unitOf(toanAccepted, on: app) == "20005")
            #expect(try await unitOf(kimTra, on: app) == "20017")
            #expect(try await unitOf(chu, on: app) == "20020")
            #expect(try await unitOf(district, on: app) == "46")
            #expect(try await unitOf(agency, on: app) == "46.SNV")
            #expect(try await unitOf(split, on: app) == "20026")

            // The continuing rows are the new units; the others are closed under their main successor.
            let province = try await Fixtures.unit("46", on: app)
            #expect(province.name == "Thành phố Huế")
            let ward = try await Fixtures.unit("20017", on: app)
            #expect(ward.name == "Phường Kim Trà")
            #expect(ward.$parent.id == province.id)
            #expect(ward.path == province.path + "\(ward.id!)/")
            let toanUnit = try await Fixtures.unit("20005", on: app)
            #expect(toanUnit.activeUntil == "2025-07-01")
            #expect(toanUnit.$parent.id == ward.id)
            #expect(toanUnit.path == ward.path + "\(toanUnit.id!)/")
            let huongTra = try await Fixtures.unit("480", on: app)
            #expect(huongTra.activeUntil == "2025-07-01")
            #expect(try await Fixtures.unit("20026", on: app).$parent.id == (try await Fixtures.unit("20035", on: app)).id)

            // The new ward's subtree holds its predecessors' records (both halves of 2025).
            let inWard = try await ReportRequest.query(on: app.db).join(OrgUnit.self, on: \ReportRequest.$unit.$id == \OrgUnit.$id)
                .filter(OrgUnit.self, \.$path, .custom("LIKE"), ward.path + "%").all(\.$id)
            #expect(Set(inWard) == [toan, toanAccepted, kimTra, chu])

            // Successions and history.
            let successions = try await UnitSuccession.query(on: app.db).filter(\.$predecessor.$id == toanUnit.id!).all()
            #expect(
                successions.map { "\($0.$successor.id) \($0.whole) \($0.movesOpenItems) \($0.effectiveOn)" } == ["\(ward.id!) true true 2025-07-01"])
            let splitSuccessions = try await UnitSuccession.query(on: app.db).filter(
                \.$predecessor.$id == (try await Fixtures.unit("20026", on: app)).id!
            ).all()
            #expect(splitSuccessions.count == 2 && splitSuccessions.allSatisfy { !$0.movesOpenItems })
            let changes = try await UnitChange.query(on: app.db).filter(\.$unit.$id == toanUnit.id!).all().map {
                "\($0.kind.rawValue) \($0.oldValue ?? "") → \($0.newValue ?? "")"
            }
            #expect(changes.contains("closed  → ") && changes.contains("moved Thị xã Hương Trà → Phường Kim Trà"))

            // Typing an old commune's name or code finds the new ward.
            func resolved(_ typed: String) async throws -> String? {
                if case .unit(let unit) = try await UnitChoice.resolve(typed, within: "/", on: app.db) { return unit.code }
                return nil
            }
            #expect(try await resolved("Xã Hương Toàn") == "20017")
            #expect(try await resolved("20005") == "20017")
            #expect(try await resolved("Phường Hương Chữ") == "20017")

            // A second run changes nothing.
            let after = try await state(app)
            let (again, second) = try await UnitReorganisation.apply(
                try input(agencies: [.init(oldCode: "480.PNV", newCode: "46.SNV", line: 2)]),
                actor: actor, dryRun: false, on: app.db)
            #expect(again.continued.isEmpty && again.created.isEmpty && again.closed.isEmpty)
            #expect(second.moved.isEmpty)
            #expect(try await state(app) == after)

            // A later run with an earlier date is refused.
            await #expect(throws: UnitReorganisation.Refused.self) {
                try await UnitReorganisation.apply(
                    try input(effective: CivilDate(year: 2025, month: 6, day: 1)!), actor: actor, dryRun: false, on: app.db)
            }
        }
    }

    @Test func aLargeReorganisationRebuildsThePetitionIndexAfterItCommits() async throws {
        try await withTestApp { app in
            _ = try await seed(app)
            let toan = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "20005", subject: "Phản ánh đèn đường hỏng")
            let kimTra = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "20017", subject: "Đèn đường tổ 4 không sáng")
            var input = try input(agencies: [.init(oldCode: "480.PNV", newCode: "46.SNV", line: 2)])
            input.reindexAfterCommitAbove = 0
            let (_, summary) = try await UnitReorganisation.apply(input, actor: .commandLine(at: TestClock.now), dryRun: false, on: app.db)
            #expect(summary.searchIndexPending)
            #expect(summary.lines.last == L10n.Units.chiMucTimKiemDonDungLaiSauKhiGhi)
            #expect(try await PetitionSearchIndex.isCurrent(on: app.db) == false)

            // Committed, the index not yet rebuilt: Phường Kim Trà's search already holds Xã Hương Toàn's case.
            let ward = try await Fixtures.unit("20017", on: app)
            func found() async throws -> [Int] {
                try await PetitionQuery.page(
                    .init(scopePath: ward.path, search: "đèn đường", today: TestClock.today), page: .init(page: 1, per: 50), on: app.db
                ).rows.map(\.id)
            }
            #expect(try await found() == [kimTra.id!, toan.id!])
            #expect(try await PetitionSearchIndex.catchUp(on: app.db))
            #expect(
                try await PetitionSearchIndex.page(["den", "duong"], scopePath: ward.path, limit: 10, offset: 0, on: app.db).ids == [
                    kimTra.id!, toan.id!
                ])
            #expect(try await found() == [kimTra.id!, toan.id!])
        }
    }

    @Test func aBadTableIsRefusedWithItsLineAndNothingIsApplied() async throws {
        try await withTestApp { app in
            _ = try await seed(app)
            let before = try await state(app)
            let bad = ConversionTable.Pair(
                oldCode: "29999", oldDistrictCode: "480", oldProvinceCode: "46", newCode: "19996", newProvinceCode: "46", whole: true, line: 4242)
            let refused = await #expect(throws: UnitReorganisation.Refused.self) {
                try await UnitReorganisation.apply(
                    try input(agencies: [], extra: [bad]), actor: .commandLine(at: TestClock.now), dryRun: false, on: app.db)
            }
            #expect(refused?.description.contains("Dòng 4242: mã xã cũ 29999 không có trong cơ sở dữ liệu.") == true)
            #expect(try await state(app) == before)

            let path = NSTemporaryDirectory() + "bang-sai-\(UUID().uuidString).csv"
            try Data("old_code,new_code,merge\n1,2,whole\n".utf8).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(throws: ImportFailure.self) {
                try UnitsReorganise.input(table: path, list: DataFiles.unitList(structure: "2025"), agencies: nil, effective: Self.effective)
            }
            do {
                _ = try UnitsReorganise.input(table: path, list: DataFiles.unitList(structure: "2025"), agencies: nil, effective: Self.effective)
            } catch let failure as ImportFailure {
                #expect(failure.code == "csv_wrong_columns")
                #expect(failure.message.contains("thiếu cột: old_district_code, old_province_code, new_province_code"))
            }
        }
    }
}
