import Fluent
import Foundation
import Testing
import Vapor

@testable import App
@testable import DanVanCore

/// Issue 14, item 5: a plan written before the reorganisation that names old units is matched to the old units; one
/// written on or after it is offered their successors (Thừa Thiên Huế's 2024 units reorganised on 01/07/2025; Xã Hương
/// Toàn went whole into Phường Kim Trà, Xã Hương Bình is split here between Xã Bình Điền and Phường Hương Trà).
@Suite struct PlanUnitsAtDateTests {
    private func reorganised(_ app: Application) async throws -> User {
        _ = try await UnitsImport.run(
            app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"),
            provinceCode: "46", rootCode: nil, withAgencies: true)
        var input = try UnitsReorganise.input(
            table: DataFiles.conversionTable, list: DataFiles.unitList(structure: "2025"), agencies: nil,
            effective: CivilDate(year: 2025, month: 7, day: 1)!)
        input.table = ConversionTable(
            pairs: input.table.pairs + [
                .init(
                    oldCode: "20026", oldDistrictCode: "480", oldProvinceCode: "46", newCode: "19996", newProvinceCode: "46", whole: false,
                    line: 20000)
            ])
        _ = try await UnitReorganisation.apply(input, actor: .commandLine(at: TestClock.now), dryRun: false, on: app.db)
        let province = try await Fixtures.unit("46", on: app)
        let user = User(username: "noivu.hue", fullName: "Nội vụ Huế", passwordHash: "x", role: .coordinator, unitID: province.id!)
        try await user.create(on: app.db)
        return try await User.query(on: app.db).filter(\.$id == user.id!).with(\.$unit).first()!
    }

    private func document(dated date: CivilDate, naming names: [String]) -> PlanDocument {
        var document = PlanDocument()
        document.date = Located(date, span: TextSpan(start: 0, end: 0))
        document.year = date.year
        document.assignments = names.map { Assignment(unit: $0, duties: ["Triển khai kế hoạch"], span: TextSpan(start: 0, end: 0)) }
        return document
    }

    @Test func oldNamesAreTheOldUnitsBeforeTheChangeAndTheirSuccessorsAfter() async throws {
        try await withTestApp { app in
            let user = try await reorganised(app)
            let names = ["UBND xã Hương Toàn", "UBND xã Hương Bình", "UBND phường Hương Xuân", "UBND phường Kim Trà"]

            let before = try await PlanReviewBuilder.form(
                from: document(dated: CivilDate(year: 2024, month: 12, day: 20)!, naming: names),
                fileHash: nil, fileName: nil, uploader: user, today: TestClock.today, on: app.db)
            // Written in 2024: the old communes, as they were; the ward that kept its row is found by the name it bore
            // then (Phường Hương Xuân), and not by the name it took on 01/07/2025.
            #expect(
                (before.duties ?? []).prefix(3).map(\.typedUnits) == [
                    "Xã Hương Toàn — Phường Kim Trà", "Xã Hương Bình — Xã Bình Điền", "Phường Kim Trà — Thành phố Huế"
                ])
            #expect((before.duties ?? []).prefix(3).allSatisfy { $0.hint == nil })
            #expect((before.duties ?? [])[3].typedUnits != "Phường Kim Trà — Thành phố Huế")

            // Written after 01/07/2025: the whole-merged commune's successor is filled in and said so; the split one
            // offers both successors for a person to choose.
            let after = try await PlanReviewBuilder.form(
                from: document(dated: CivilDate(year: 2025, month: 9, day: 1)!, naming: names),
                fileHash: nil, fileName: nil, uploader: user, today: TestClock.today, on: app.db)
            #expect((after.duties ?? [])[0].typedUnits == "Phường Kim Trà — Thành phố Huế")
            #expect(
                (after.duties ?? [])[0].hint
                    == """
                    UBND xã Hương Toàn: Xã Hương Toàn đã giải thể từ ngày 01/07/2025, nay thuộc Phường Kim Trà — đã điền đơn vị kế thừa, hãy\
                     kiểm tra lại
                    """
            )
            #expect((after.duties ?? [])[1].typedUnits == "")
            #expect(
                (after.duties ?? [])[1].hint
                    == """
                    UBND xã Hương Bình: Xã Hương Bình đã chia tách từ ngày 01/07/2025 vào nhiều đơn vị — ghi một hoặc nhiều trong: Xã Bình Điền\
                     — Thành phố Huế; Phường Hương Trà — Thành phố Huế
                    """
            )
            #expect((after.duties ?? [])[3].typedUnits == "Phường Kim Trà — Thành phố Huế" && (after.duties ?? [])[3].hint == nil)
        }
    }

    @Test func typedOldNamesFollowThePlansDate() async throws {
        try await withTestApp { app in
            _ = try await reorganised(app)
            let province = try await Fixtures.unit("46", on: app)
            let scope = try await OrgUnit.query(on: app.db).filter(\.$path, .custom("LIKE"), province.path + "%").all()
            func resolved(_ typed: String, on date: CivilDate) async throws -> [String] {
                let atDate = try await UnitsAtDate.load(under: province.path, units: scope, date: date, on: app.db)
                switch UnitNamesInScope(units: scope, atDate: atDate).resolve(typed) {
                case .unit(let unit): return [unit.code]
                case .several(let matches): return matches.map(\.code)
                case .none: return []
                }
            }
            let spring2025 = CivilDate(year: 2025, month: 3, day: 1)!
            let autumn2025 = CivilDate(year: 2025, month: 9, day: 1)!
            #expect(try await resolved("Xã Hương Toàn", on: spring2025) == ["20005"])
            #expect(try await resolved("Xã Hương Toàn", on: autumn2025) == ["20017"])
            #expect(try await resolved("20005", on: autumn2025) == ["20017"])
            #expect(try await resolved("Xã Hương Bình", on: autumn2025) == ["20035", "19996"])
            // The district closed without a successor commune: its successor is the province.
            #expect(try await resolved("Thị xã Hương Trà", on: spring2025) == ["480"])
            #expect(try await resolved("Thị xã Hương Trà", on: autumn2025) == ["46"])
        }
    }
    /// Thị xã Hương Trà closed on 01/07/2025 and its nine communes moved away (under Thành phố Huế or under the ward
    /// they merged into); its plan of 2024 that names "UBND các xã, phường" still means those nine communes of then.
    @Test func aClosedDistrictsPlanOfBeforeTheChangeNamesItsCommunesOfThen() async throws {
        try await withTestApp { app in
            let user = try await reorganised(app)
            let district = try await Fixtures.unit("480", on: app)
            #expect(district.activeUntil == "2025-07-01")
            let oldCommunes = ["19996", "20005", "20008", "20011", "20017", "20020", "20026", "20035", "20041"]
            var expected: [Int] = []
            for code in oldCommunes { expected.append(try await Fixtures.unit(code, on: app).id!) }
            #expect(try await OrgUnit.query(on: app.db).filter(\.$parent.$id == district.id!).filter(\.$kind == .commune).count() == 0)

            // The plan's review page: the issuer is the district as it was, "các xã, phường" its nine communes of then.
            var document = document(dated: CivilDate(year: 2024, month: 12, day: 20)!, naming: ["UBND các xã, phường"])
            document.issuer = Located("UBND thị xã Hương Trà", span: TextSpan(start: 0, end: 0))
            let form = try await PlanReviewBuilder.form(
                from: document, fileHash: nil, fileName: nil, uploader: user, today: TestClock.today, on: app.db)
            #expect(form.issuer == "Thị xã Hương Trà — Thành phố Huế")
            let typed = (form.duties ?? []).first?.typedUnits.split(separator: "\n").map(String.init) ?? []
            #expect(typed.count == 9)
            #expect(typed.contains("Xã Hương Toàn — Phường Kim Trà") && typed.contains("Phường Kim Trà — Thành phố Huế"))

            // Its regime's reporters, read at the plan's date: the same nine; read today, none is left under it.
            let then = try await RegimeUnits.resolve(
                reporters: "UBND các xã, phường", receiver: "UBND thị xã", issuer: district,
                date: CivilDate(year: 2024, month: 12, day: 20)!, on: app.db)
            #expect(then.reporters == expected.sorted())
            let now = try await RegimeUnits.resolve(
                reporters: "UBND các xã, phường", receiver: "UBND thị xã", issuer: district,
                date: CivilDate(year: 2025, month: 9, day: 1)!, on: app.db)
            #expect(now.reporters.isEmpty)
        }
    }
}
