@testable import App
import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor

@Suite struct ImportTests {
    @Test func importingTwiceChangesNothing() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let count = try await Unit.query(on: app.db).count()
            let list = try AdministrativeUnitList(csv: Data(Fixtures.csv.utf8))
            let summary = try await UnitImporter.run(list: list, template: nil, structure: "2024", provinceCode: nil, actor: .commandLine, on: app.db)
            #expect(summary.created == 0)
            #expect(summary.unchanged == 8)
            #expect(try await Unit.query(on: app.db).count() == count)
        }
    }

    @Test func importBuildsPathsAndAgencies() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let province = try await Fixtures.unit("46", on: app)
            let town = try await Fixtures.unit("480", on: app)
            let office = try await Fixtures.unit("480.PNV", on: app)
            let inspectorate = try await Fixtures.unit("480.TTR", on: app)
            #expect(province.path == "/\(province.id!)/")
            #expect(town.path == "/\(province.id!)/\(town.id!)/")
            #expect(office.path == town.path + "\(office.id!)/")
            #expect(office.name == "Phòng Nội vụ")
            #expect(inspectorate.name == "Thanh tra thị xã")
            #expect(try await Fixtures.unit("46.TTR", on: app).name == "Thanh tra tỉnh")
            #expect(try await Fixtures.unit("48.TTR", on: app).name == "Thanh tra thành phố")
        }
    }

    @Test func renamedUnitsInANewListAreRenamedWithHistory() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let changed = Fixtures.csv.replacingOccurrences(of: "Xã Hương Toàn", with: "Phường Hương Toàn")
            let summary = try await UnitImporter.run(list: try AdministrativeUnitList(csv: Data(changed.utf8)), template: nil,
                                                     structure: "2024", provinceCode: nil, actor: .commandLine, on: app.db)
            #expect(summary.renamed == 1)
            let unit = try await Fixtures.unit("19901", on: app)
            #expect(unit.name == "Phường Hương Toàn")
            #expect(try await UnitChange.query(on: app.db).filter(\.$unit.$id == unit.id!).filter(\.$kind == .renamed).count() == 1)
        }
    }

    @Test func oneProvinceOnly() async throws {
        try await withTestApp { app in
            let list = try AdministrativeUnitList(csv: Data(Fixtures.csv.utf8))
            let summary = try await UnitImporter.run(list: list, template: nil, structure: "2024", provinceCode: "48", actor: .commandLine, on: app.db)
            #expect(summary.created == 2)
            #expect(try await Unit.query(on: app.db).filter(\.$code == "46").count() == 0)
        }
    }

    @Test func unknownProvinceIsRefused() async throws {
        try await withTestApp { app in
            let list = try AdministrativeUnitList(csv: Data(Fixtures.csv.utf8))
            await #expect(throws: AppError.self) {
                _ = try await UnitImporter.run(list: list, template: nil, structure: "2024", provinceCode: "99", actor: .commandLine, on: app.db)
            }
            #expect(try await Unit.query(on: app.db).count() == 0)
        }
    }

    @Test func theShippedListsLoadWhole() async throws {
        try await withTestApp { app in
            let list = try AdministrativeUnitList(csv: FileManager.default.contents(atPath: DataFiles.unitList(structure: "2025"))!)
            let template = try AgencyTemplate(csv: FileManager.default.contents(atPath: DataFiles.agencyTemplate)!)
            let summary = try await UnitImporter.run(list: list, template: template, structure: "2025", provinceCode: nil, actor: .commandLine, on: app.db)
            let provinces = try await Unit.query(on: app.db).filter(\.$kind == .province).count()
            let communes = try await Unit.query(on: app.db).filter(\.$kind == .commune).count()
            #expect(provinces == 34)
            #expect(communes == 3321)
            #expect(summary.created == 34 + 3321 + template.entries.filter { $0.structure != "2024" }.reduce(0) { total, entry in
                total + (entry.parentLevel == .province ? 34 : entry.parentLevel == .commune ? 3321 : 0)
            })
            let unpathed = try await Unit.query(on: app.db).filter(\.$path == "/").count()
            #expect(unpathed == 0)
        }
    }
}
