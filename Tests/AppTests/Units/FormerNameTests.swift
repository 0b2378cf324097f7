import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// Issue 14, item 5: a new unit is found by any of its predecessors' names and codes from the conversion table.
@Suite struct FormerNameTests {
    static let list2025 = """
        code,name,division_type,parent_code,level
        46,Thành phố Huế,thành phố trung ương,,province
        19774,Phường Phú Xuân,phường,46,commune
        19753,Phường Thuận Hóa,phường,46,commune
        """
    static let list2024 = """
        code,name,division_type,parent_code,level
        46,Tỉnh Thừa Thiên Huế,tỉnh,,province
        474,Thành phố Huế,huyện,46,district
        19750,Phường Tây Lộc,xã,474,commune
        19774,Phường Phú Hậu,xã,474,commune
        19760,Phường Vĩnh Ninh,xã,474,commune
        """
    static let table = """
        old_code,old_district_code,old_province_code,new_code,new_province_code,merge
        19750,474,46,19774,46,whole
        19774,474,46,19774,46,whole
        19760,474,46,19753,46,partial
        19760,474,46,19774,46,partial
        19999,474,46,19800,46,whole
        """

    private func seed(_ app: Application) async throws -> UnitFormerNames.Summary {
        _ = try await UnitImporter.run(
            list: try AdministrativeUnitList(csv: Data(Self.list2025.utf8)), template: nil, structure: "2025",
            provinceCode: nil, actor: .commandLine(at: TestClock.now), on: app.db)
        return try await UnitFormerNames.load(
            table: try ConversionTable(csv: Data(Self.table.utf8)),
            oldList: try AdministrativeUnitList(csv: Data(Self.list2024.utf8)), on: app.db)
    }

    @Test func anOldCommuneNameOrCodeFindsTheUnitItWentInto() async throws {
        try await withTestApp { app in
            let summary = try await seed(app)
            #expect(summary == .init(loaded: 4, missingUnits: 1))
            func resolved(_ typed: String) async throws -> String? {
                if case .unit(let unit) = try await UnitChoice.resolve(typed, within: "/", on: app.db) { return unit.code }
                return nil
            }
            #expect(try await resolved("Phường Tây Lộc") == "19774")
            #expect(try await resolved("tay loc hue") == "19774")
            #expect(try await resolved("19750") == "19774")
            #expect(try await resolved("Phú Xuân") == "19774")
            // Vĩnh Ninh was split: both successors are offered, and the message says why.
            let split = try await UnitChoice.resolve("19760", within: "/", on: app.db)
            guard case .several(let successors) = split else {
                Issue.record("19760 went into two wards")
                return
            }
            #expect(successors.map(\.code).sorted() == ["19753", "19774"])
            let outcome = try await UnitChoice.resolve("vinh ninh", within: "/", on: app.db)
            guard case .several(let matches) = outcome else {
                Issue.record("Vĩnh Ninh went into two wards")
                return
            }
            #expect(matches.allSatisfy { $0.formerName == "Phường Vĩnh Ninh" })
            #expect(UnitChoice.problem(outcome, typed: "vinh ninh")?.contains("(trước đây: Phường Vĩnh Ninh)") == true)
            // The current name is not shown as a former one.
            #expect(try await UnitChoice.search("Phú Xuân", within: "/", limit: 10, on: app.db).map(\.formerName) == [nil])
        }
    }

    @Test func theUnitListSearchFindsOldNamesAndCodes() async throws {
        try await withTestApp { app in
            _ = try await seed(app)
            func found(_ search: String) async throws -> [String] {
                let filter = UnitQuery.Filter(scopePath: "/", search: search)
                return try await UnitQuery.page(filter, page: PageParams(page: 1, per: 50), on: app.db).items.map(\.code).sorted()
            }
            #expect(try await found("tây lộc") == ["19774"])
            #expect(try await found("19760") == ["19753", "19774"])
            #expect(try await found("thuan hoa") == ["19753"])
        }
    }

    @Test func loadingAgainReplacesInsteadOfDuplicating() async throws {
        try await withTestApp { app in
            _ = try await seed(app)
            _ = try await UnitFormerNames.load(
                table: try ConversionTable(csv: Data(Self.table.utf8)),
                oldList: try AdministrativeUnitList(csv: Data(Self.list2024.utf8)), on: app.db)
            #expect(try await UnitFormerName.query(on: app.db).count() == 4)
        }
    }
}

/// The shipped conversion table over the shipped 2025 list.
@Suite struct ShippedFormerNameTests {
    @Test func oldCommunesOfTheRealTableFindTheirSuccessors() async throws {
        try await withTestApp { app in
            let list = try AdministrativeUnitList(csv: FileManager.default.contents(atPath: DataFiles.unitList(structure: "2025"))!)
            _ = try await UnitImporter.run(
                list: list, template: nil, structure: "2025", provinceCode: nil, actor: .commandLine(at: TestClock.now), on: app.db)
            let started = ContinuousClock.now
            let summary = try await UnitsImport.loadFormerNames(app: app)
            print("Tên cũ từ bảng chuyển đổi: \(summary.loaded) dòng (\(ContinuousClock.now - started))")
            #expect(summary.loaded == 10565)
            #expect(summary.missingUnits == 0)
            func resolved(_ typed: String) async throws -> String? {
                if case .unit(let unit) = try await UnitChoice.resolve(typed, within: "/", on: app.db) { return unit.name }
                return nil
            }
            #expect(try await resolved("Phường Phúc Xá") == "Phường Hồng Hà")
            #expect(try await resolved("Xã Lộc Tiến") == "Xã Chân Mây - Lăng Cô")
            #expect(try await resolved("Phường Lộc Tiến") == "Phường 3 Bảo Lộc")
            // Words found in several old names: a list to choose from, each with the old name that matched.
            guard case .several(let matches) = try await UnitChoice.resolve("loc tien", within: "/", on: app.db) else {
                Issue.record("two communes were called Lộc Tiến")
                return
            }
            #expect(matches.contains { $0.code == "20137" && $0.formerName == "Xã Lộc Tiến" })
        }
    }
}
