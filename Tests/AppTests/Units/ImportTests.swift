import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import App

@Suite struct ImportTests {
    @Test func importingTwiceChangesNothing() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let count = try await OrgUnit.query(on: app.db).count()
            let list = try AdministrativeUnitList(csv: Data(Fixtures.csv.utf8))
            let summary = try await UnitImporter.run(
                list: list, template: nil, structure: "2024", provinceCode: nil, actor: .commandLine(at: TestClock.now), on: app.db)
            #expect(summary.created == 0)
            #expect(summary.unchanged == 8)
            #expect(try await OrgUnit.query(on: app.db).count() == count)
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
            let summary = try await UnitImporter.run(
                list: try AdministrativeUnitList(csv: Data(changed.utf8)), template: nil,
                structure: "2024", provinceCode: nil, actor: .commandLine(at: TestClock.now), on: app.db)
            #expect(summary.renamed == 1)
            let unit = try await Fixtures.unit("19901", on: app)
            #expect(unit.name == "Phường Hương Toàn")
            #expect(try await UnitChange.query(on: app.db).filter(\.$unit.$id == unit.id!).filter(\.$kind == .renamed).count() == 1)
        }
    }

    @Test func oneProvinceOnly() async throws {
        try await withTestApp { app in
            let list = try AdministrativeUnitList(csv: Data(Fixtures.csv.utf8))
            let summary = try await UnitImporter.run(
                list: list, template: nil, structure: "2024", provinceCode: "48", actor: .commandLine(at: TestClock.now), on: app.db)
            #expect(summary.created == 2)
            #expect(try await OrgUnit.query(on: app.db).filter(\.$code == "46").count() == 0)
        }
    }

    @Test func unknownProvinceIsRefused() async throws {
        try await withTestApp { app in
            let list = try AdministrativeUnitList(csv: Data(Fixtures.csv.utf8))
            await #expect(throws: AppError.self) {
                _ = try await UnitImporter.run(
                    list: list, template: nil, structure: "2024", provinceCode: "99", actor: .commandLine(at: TestClock.now), on: app.db)
            }
            #expect(try await OrgUnit.query(on: app.db).count() == 0)
        }
    }

    @Test func theShippedListsLoadWhole() async throws {
        try await withTestApp { app in
            let list = try AdministrativeUnitList(csv: FileManager.default.contents(atPath: DataFiles.unitList(structure: "2025"))!)
            let template = try AgencyTemplate(csv: FileManager.default.contents(atPath: DataFiles.agencyTemplate)!)
            let summary = try await UnitImporter.run(
                list: list, template: template, structure: "2025", provinceCode: nil, actor: .commandLine(at: TestClock.now), on: app.db)
            let provinces = try await OrgUnit.query(on: app.db).filter(\.$kind == .province).count()
            let communes = try await OrgUnit.query(on: app.db).filter(\.$kind == .commune).count()
            #expect(provinces == 34)
            #expect(communes == 3321)
            #expect(
                summary.created == 34 + 3321
                    + template.entries.filter { $0.structure != "2024" }.reduce(0) { total, entry in
                        total + (entry.parentLevel == .province ? 34 : entry.parentLevel == .commune ? 3321 : 0)
                    })
            let unpathed = try await OrgUnit.query(on: app.db).filter(\.$path == "/").count()
            #expect(unpathed == 0)
        }
    }
}

@Suite struct ImportUploadTests {
    private func multipart(csv: [UInt8], csrf: String, boundary: String = "ranh-gioi") -> String {
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"structure\"\r\n\r\n2024\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"don-vi.csv\"\r\nContent-Type: text/csv\r\n\r\n"
        return body + String(decoding: csv, as: UTF8.self) + "\r\n--\(boundary)--\r\n"
    }

    @Test func aCSVWithWrongColumnsIsExplainedAndNothingIsWritten() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let before = try await OrgUnit.query(on: app.db).count()
            var browser = Browser(app)
            try await browser.login("admin.hue")
            _ = try await browser.get("/don-vi/nhap")
            let response = try await browser.postRaw(
                "/don-vi/nhap", body: multipart(csv: Array("ma,ten\n01,Hà Nội\n".utf8), csrf: browser.csrf!),
                contentType: "multipart/form-data; boundary=ranh-gioi")
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Tệp CSV thiếu cột: code, name, division_type, parent_code, level"))
            #expect(try await OrgUnit.query(on: app.db).count() == before)
        }
    }

    @Test func aHalfBadFileWritesNothing() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let before = try await OrgUnit.query(on: app.db).count()
            var browser = Browser(app)
            try await browser.login("admin.hue")
            _ = try await browser.get("/don-vi/nhap")
            let csv = "code,name,division_type,parent_code,level\n481,Huyện Mới,huyện,46,district\n19999,Xã Mới,xã,481,xa\n"
            let response = try await browser.postRaw(
                "/don-vi/nhap", body: multipart(csv: Array(csv.utf8), csrf: browser.csrf!),
                contentType: "multipart/form-data; boundary=ranh-gioi")
            #expect(response.body.string.contains("Dòng 3"))
            #expect(try await OrgUnit.query(on: app.db).count() == before)
        }
    }

    @Test func aGoodFileIsImportedUnderTheAdministratorsUnit() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("admin.hue")
            _ = try await browser.get("/don-vi/nhap")
            let csv = "code,name,division_type,parent_code,level\n46,Tỉnh Thừa Thiên Huế,tỉnh,,province\n481,Huyện Mới,huyện,46,district\n"
            let response = try await browser.postRaw(
                "/don-vi/nhap", body: multipart(csv: Array(csv.utf8), csrf: browser.csrf!),
                contentType: "multipart/form-data; boundary=ranh-gioi")
            #expect(response.status == .ok)
            #expect(response.body.string.contains("Đã nhập: 1 đơn vị mới"))
            let province = try await Fixtures.unit("46", on: app)
            #expect(try await Fixtures.unit("481", on: app).path.hasPrefix(province.path))
        }
    }

    @Test func theAPIReportsEncodingErrorsWithAStableCode() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            let token = try await browser.apiToken(for: "admin.hue")
            var latin1 = ByteBuffer(string: "code,name,division_type,parent_code,level\n")
            latin1.writeBytes([0x34, 0x36, 0x2C, 0x48, 0xE0, 0x2C, 0x2C, 0x2C, 0x70, 0x0A])
            try await app.testing().test(
                .POST, "/api/v1/units/import?structure=2024", headers: ["Authorization": "Bearer \(token)", "Content-Type": "text/csv"],
                body: latin1
            ) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(#""code":"csv_not_utf8""#))
            }
        }
    }
}
