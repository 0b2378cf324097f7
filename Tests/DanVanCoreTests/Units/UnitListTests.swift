import Foundation
import Testing

@testable import DanVanCore

@Suite struct UnitListTests {
    @Test func readsQuotedFieldsCRLFAndBOM() throws {
        let table = try CSVTable(data: Data("\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n".utf8))
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["x, y", "say \"hi\""]])
    }

    @Test func refusesNonUTF8() {
        let latin1 = Data([0x63, 0x6F, 0x64, 0x65, 0x0A, 0xE0, 0xE1, 0x0A])
        #expect(throws: CSVError.notUTF8) { try CSVTable(data: latin1) }
        #expect(CSVError.notUTF8.code == "csv_not_utf8")
    }

    @Test func namesMissingColumns() {
        let data = Data("ma,ten\n01,Hà Nội\n".utf8)
        do {
            _ = try AdministrativeUnitList(csv: data)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == "csv_wrong_columns")
            #expect(error.message.contains("code, name, division_type, parent_code, level"))
            #expect(error.message.contains("ma, ten"))
        }
    }

    @Test func pointsAtTheBadLine() {
        let data = Data("code,name,division_type,parent_code,level\n01,Hà Nội,tỉnh,,province\n001,Ba Đình,huyện,01,quận\n".utf8)
        #expect(throws: CSVError.invalidRow(line: 3, reason: "cấp \"quận\" không hợp lệ (province, district hoặc commune).")) {
            try AdministrativeUnitList(csv: data)
        }
    }

    @Test func refusesOrphansAndDuplicates() {
        let orphan = Data("code,name,division_type,parent_code,level\n001,Ba Đình,huyện,99,district\n".utf8)
        #expect(throws: CSVError.self) { try AdministrativeUnitList(csv: orphan) }
        let duplicate = Data("code,name,division_type,parent_code,level\n01,A,tỉnh,,province\n01,B,tỉnh,,province\n".utf8)
        #expect(throws: CSVError.invalidRow(line: 3, reason: "mã 01 bị trùng.")) { try AdministrativeUnitList(csv: duplicate) }
    }

    @Test func ordersParentsBeforeChildren() throws {
        let data = Data(
            "code,name,division_type,parent_code,level\n00001,Phúc Xá,xã,001,commune\n001,Ba Đình,huyện,01,district\n01,Hà Nội,tỉnh,,province\n".utf8)
        #expect(try AdministrativeUnitList(csv: data).units.map(\.code) == ["01", "001", "00001"])
    }

    @Test func theShippedListsHaveTheOfficialCounts() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let current = try AdministrativeUnitList(csv: Data(contentsOf: root.appendingPathComponent("data/vn-admin-units-2025.csv")))
        #expect(current.units.filter { $0.level == .province }.count == 34)
        #expect(current.units.filter { $0.level == .commune }.count == 3321)
        let before = try AdministrativeUnitList(csv: Data(contentsOf: root.appendingPathComponent("data/vn-admin-units-2024.csv")))
        #expect(before.units.filter { $0.level == .province }.count == 63)
        #expect(before.units.filter { $0.level == .district }.count == 696)
        #expect(before.units.filter { $0.level == .commune }.count == 10051)
    }

    @Test func agencyNamesTakeTheTierWord() throws {
        let template = try AgencyTemplate(
            csv: Data("structure,parent_level,suffix,name,kind\n2024,district,TTR,Thanh tra {cấp},phong\n2025,district,X,Không dùng,phong\n".utf8))
        let town = AdministrativeUnit(code: "480", name: "Thị xã Hương Trà", divisionType: "huyện", parentCode: "46", level: .district)
        let agencies = template.agencies(under: town, structure: "2024")
        #expect(agencies.map(\.code) == ["480.TTR"])
        #expect(agencies.map(\.name) == ["Thanh tra thị xã"])
    }
}
