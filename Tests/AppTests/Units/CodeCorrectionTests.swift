import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// `danvan units import` run with a corrected official list over a database imported from an earlier copy.
@Suite struct CodeCorrectionTests {
    /// An earlier copy: Hương Trà and Kim Trà have each other's codes, Chân Mây – Lăng Cô an old code,
    /// 19750 the wrong name, and 20500 is not in the corrected list at all.
    static let earlier = """
        code,name,division_type,parent_code,level
        46,Thành phố Huế,thành phố trung ương,,province
        19753,Phường Thuận Hoá,phường,46,commune
        19900,Phường Hương Trà,phường,46,commune
        19901,Phường Kim Trà,phường,46,commune
        19750,Phường Văn Miếu,phường,46,commune
        20152,Xã  Chân Mây – Lăng Cô,xã,46,commune
        20500,Xã Lộc Ghost,xã,46,commune
        """

    static let corrected = """
        code,name,division_type,parent_code,level
        46,Thành phố Huế,thành phố trung ương,,province
        19753,Phường Thuận Hóa,phường,46,commune
        19901,Phường Hương Trà,phường,46,commune
        19900,Phường Kim Trà,phường,46,commune
        19750,Phường Vỹ Dạ,phường,46,commune
        20137,Xã Chân Mây - Lăng Cô,xã,46,commune
        19774,Phường Phú Xuân,phường,46,commune
        """

    private static func importList(_ csv: String, on app: Application) async throws -> UnitImporter.Summary {
        let template = try AgencyTemplate(csv: FileManager.default.contents(atPath: DataFiles.agencyTemplate)!)
        return try await UnitImporter.run(
            list: try AdministrativeUnitList(csv: Data(csv.utf8)), template: template, structure: "2025",
            provinceCode: nil, actor: .commandLine(at: TestClock.now), on: app.db)
    }

    @Test func correctsCodesAndNamesInPlace() async throws {
        try await withTestApp { app in
            _ = try await Self.importList(Self.earlier, on: app)
            let huongTra = try await Fixtures.unit("19900", on: app)
            let kimTra = try await Fixtures.unit("19901", on: app)
            let chanMay = try await Fixtures.unit("20152", on: app)
            let office = try await Fixtures.unit("19900.VP", on: app)
            let user = User(username: "canbo.huongtra", fullName: "Cán bộ", passwordHash: "x", role: .unitOfficer, unitID: huongTra.id!)
            try await user.create(on: app.db)
            let count = try await OrgUnit.query(on: app.db).count()

            let summary = try await Self.importList(Self.corrected, on: app)

            #expect(summary.recoded == 3)
            #expect(summary.renamed == 3)  // Thuận Hóa, Vỹ Dạ, Chân Mây - Lăng Cô
            #expect(summary.unmatched == ["20500 Xã Lộc Ghost"])
            #expect(summary.corrections.contains(.init(oldCode: "19900", newCode: "19901", oldName: "Phường Hương Trà", newName: "Phường Hương Trà")))
            #expect(summary.message.contains("3 sửa mã, 3 đổi tên"))
            // Same rows, new codes; the agencies follow; only Phú Xuân and its agencies are new.
            #expect(try await Fixtures.unit("19901", on: app).id == huongTra.id)
            #expect(try await Fixtures.unit("19900", on: app).id == kimTra.id)
            let recodedChanMay = try await Fixtures.unit("20137", on: app)
            #expect(recodedChanMay.id == chanMay.id)
            #expect(recodedChanMay.name == "Xã Chân Mây - Lăng Cô")
            #expect(recodedChanMay.nameKey == VietnameseText.searchKey("Xã Chân Mây - Lăng Cô"))
            #expect(try await Fixtures.unit("19901.VP", on: app).id == office.id)
            #expect(try await Fixtures.unit("19750", on: app).name == "Phường Vỹ Dạ")
            #expect(try await Fixtures.unit("20500", on: app).name == "Xã Lộc Ghost")
            let perCommune = try await OrgUnit.query(on: app.db).filter(\.$parent.$id == huongTra.id!).count()
            #expect(try await OrgUnit.query(on: app.db).count() == count + 1 + perCommune)
            #expect(summary.created == 1 + perCommune)
            #expect(try await User.find(user.id, on: app.db)?.$unit.id == huongTra.id)
            // History: a code change and a rename, each with old and new value.
            let history = try await UnitChange.query(on: app.db).filter(\.$unit.$id == chanMay.id!).all()
            #expect(history.contains { $0.kind == .recoded && $0.oldValue == "20152" && $0.newValue == "20137" })
            #expect(history.contains { $0.kind == .renamed && $0.oldValue == "Xã  Chân Mây – Lăng Cô" && $0.newValue == "Xã Chân Mây - Lăng Cô" })

            let again = try await Self.importList(Self.corrected, on: app)
            #expect(again.created == 0 && again.recoded == 0 && again.renamed == 0)
            #expect(try await OrgUnit.query(on: app.db).count() == count + 1 + perCommune)
        }
    }

    @Test func aCodeHeldByAnUnmatchedUnitStopsTheImport() async throws {
        try await withTestApp { app in
            _ = try await Self.importList(Self.earlier, on: app)
            // 20500 is unmatched; a corrected list that gives its code to Hương Trà cannot apply.
            let clash = Self.corrected.replacingOccurrences(of: "19901,Phường Hương Trà", with: "20500,Phường Hương Trà")
            await #expect(throws: AppError.self) { _ = try await Self.importList(clash, on: app) }
            #expect(try await Fixtures.unit("19900", on: app).name == "Phường Hương Trà")
            #expect(try await UnitChange.query(on: app.db).filter(\.$kind == .recoded).count() == 0)
        }
    }

    /// The shipped corrected list over a database imported from the earlier copy (Tests/Fixtures), all 34 provinces.
    @Test func theRealListCorrectsTheEarlierCopy() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let earlier = try Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/vn-admin-units-2025-earlier-copy.csv"))
        let corrected = try Data(contentsOf: root.appendingPathComponent("data/vn-admin-units-2025.csv"))
        try await withTestApp { app in
            let template = try AgencyTemplate(csv: FileManager.default.contents(atPath: DataFiles.agencyTemplate)!)
            func run(_ data: Data) async throws -> UnitImporter.Summary {
                try await UnitImporter.run(
                    list: try AdministrativeUnitList(csv: data), template: template, structure: "2025",
                    provinceCode: nil, actor: .commandLine(at: TestClock.now), on: app.db)
            }
            _ = try await run(earlier)
            let count = try await OrgUnit.query(on: app.db).count()
            let vanMieu = try await Fixtures.unit("00196", on: app)
            let started = ContinuousClock.now
            let summary = try await run(corrected)
            let elapsed = ContinuousClock.now - started
            print("Sửa danh mục 2025: \(summary.message) (\(elapsed))")
            #expect(summary.created == 0)
            #expect(summary.unmatched.isEmpty)
            #expect(try await OrgUnit.query(on: app.db).count() == count)
            #expect(try await Fixtures.unit("00226", on: app).id == vanMieu.id)
            #expect(try await Fixtures.unit("00226", on: app).name == "Phường Văn Miếu - Quốc Tử Giám")
            #expect(try await Fixtures.unit("00229", on: app).name == "Phường Kim Liên")
            #expect(try await OrgUnit.query(on: app.db).filter(\.$kind == .commune).count() == 3321)
            let again = try await run(corrected)
            #expect(again.recoded == 0 && again.renamed == 0 && again.created == 0)
        }
    }
}
