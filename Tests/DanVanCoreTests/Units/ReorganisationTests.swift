import DanVanCore
import Foundation
import Testing

@Suite struct ReorganisationTests {
    static let effective = CivilDate(year: 2025, month: 7, day: 1)!

    /// Two old provinces (46 continues as Thành phố Huế, 45 closes into it), districts 474 and 480, communes.
    static let newList = """
        code,name,division_type,parent_code,level
        46,Thành phố Huế,thành phố trung ương,,province
        100,Phường Mới A,phường,46,commune
        200,Phường Mới B,phường,46,commune
        300,Đặc khu Mới,đặc khu,46,commune
        """

    /// Old communes: 100 keeps its code (with 101 and 102 whole); 103 is split between 100 and 200 (whole part to 200);
    /// 201 goes whole into 200 (a new code: no old 200); 301 in province 45 goes into the new đặc khu 300.
    static let table = """
        old_code,old_district_code,old_province_code,new_code,new_province_code,merge
        100,474,46,100,46,whole
        101,474,46,100,46,whole
        102,480,46,100,46,whole
        103,480,46,100,46,partial
        103,480,46,200,46,whole
        201,480,46,200,46,whole
        301,450,45,300,46,whole
        999,999,99,999,99,whole
        """

    static func held(openItems: Set<String> = []) -> [Reorganisation.Held] {
        let rows: [(Int, String, String, Reorganisation.Tier, Int?)] = [
            (1, "VN", "Việt Nam", .agency, nil),
            (2, "46", "Tỉnh Thừa Thiên Huế", .province, 1),
            (3, "45", "Tỉnh Quảng Trị cũ", .province, 1),
            (10, "474", "Thành phố Huế", .district, 2),
            (11, "480", "Thị xã Hương Trà", .district, 2),
            (12, "450", "Huyện Cồn Cỏ", .district, 3),
            (20, "100", "Phường Thuận Hòa", .commune, 10),
            (21, "101", "Phường Tây Lộc", .commune, 10),
            (22, "102", "Phường Tứ Hạ", .commune, 11),
            (23, "103", "Xã Hương Toàn", .commune, 11),
            (24, "201", "Xã Hương Vân", .commune, 11),
            (25, "301", "Xã Cồn Cỏ", .commune, 12),
            (30, "480.PNV", "Phòng Nội vụ", .agency, 11),
            (31, "480.TTR", "Thanh tra thị xã", .agency, 11),
            (32, "46.TTR", "Thanh tra tỉnh", .agency, 2),
            (34, "46.SNV", "Sở Nội vụ", .agency, 2),
            (35, "46.VP", "Văn phòng Ủy ban nhân dân tỉnh", .agency, 2),
            (36, "480.PTCKH", "Phòng Tài chính - Kế hoạch", .agency, 11),
            (33, "45.SNV", "Sở Nội vụ", .agency, 3)
        ]
        return rows.map { Reorganisation.Held(id: $0.0, code: $0.1, name: $0.2, tier: $0.3, parentID: $0.4, hasOpenItems: openItems.contains($0.1)) }
    }

    static func plan(
        table: String = table, held: [Reorganisation.Held] = held(), mapping: [AgencyMapping.Row]? = nil,
        last: CivilDate? = nil, effective: CivilDate = effective
    ) throws -> Reorganisation {
        Reorganisation(
            table: try ConversionTable(csv: Data(table.utf8)), newList: try AdministrativeUnitList(csv: Data(newList.utf8)),
            held: held, effective: effective, agencyMapping: mapping, lastEffective: last)
    }

    @Test func theOldUnitWhoseCodeIsKeptContinuesAndTheOthersCloseUnderTheirMainSuccessor() throws {
        let plan = try Self.plan()
        #expect(plan.issues == [])
        #expect(plan.rowsOutOfScope == 1)
        #expect(
            plan.continued.map { "\($0.code) \($0.oldName)→\($0.newName) under \($0.newParentCode ?? "-")" }
                == ["46 Tỉnh Thừa Thiên Huế→Thành phố Huế under -", "100 Phường Thuận Hòa→Phường Mới A under 46"])
        #expect(
            plan.created.map { "\($0.code) \($0.name) \($0.tier) \($0.parentCode ?? "-")" } == [
                "200 Phường Mới B commune 46", "300 Đặc khu Mới commune 46"
            ])
        #expect(plan.rootID == 1)
        let closed = Dictionary(uniqueKeysWithValues: plan.closed.map { ($0.code, $0) })
        #expect(closed["101"]?.newParentCode == "100")
        #expect(closed["101"]?.isSplit == false)
        // The split commune sits under the successor that took its whole part.
        #expect(closed["103"]?.isSplit == true)
        #expect(closed["103"]?.mainSuccessor?.code == "200")
        #expect(closed["103"]?.successors.map(\.line) == [5, 6])
        #expect(plan.splitCommunes.map(\.code) == ["103"])
        // Province 45 closes into 46; its district goes under 46; Huế's own districts stay under 46.
        #expect(closed["45"]?.mainSuccessor?.code == "46")
        #expect(closed["45"]?.newParentCode == "46")
        #expect(closed["450"]?.newParentCode == "46")
        #expect(closed["474"]?.newParentCode == nil)
        #expect(closed["480"]?.mainSuccessor?.code == "46")
        #expect(closed["46"] == nil && closed["100"] == nil && closed["46.TTR"] == nil)
    }

    @Test func agenciesOfClosedUnitsFollowOnlyTheMappingAndTheDefaultIsAGuessToConfirm() throws {
        let plan = try Self.plan()
        #expect(
            plan.agencyGuesses.map { "\($0.oldCode)→\($0.newCode ?? "-")" } == [
                "480.PNV→46.SNV", "480.TTR→46.TTR", "480.PTCKH→46.VP", "45.SNV→46.SNV"
            ])
        // Without a mapping, agencies without open work close with no successor.
        #expect(plan.closed.first { $0.code == "480.TTR" }?.successors == [])
        #expect(plan.closed.first { $0.code == "480.PTCKH" }?.successors == [])

        let mapped = try Self.plan(mapping: [AgencyMapping.Row(oldCode: "480.TTR", newCode: "46.TTR", line: 2)])
        #expect(mapped.closed.first { $0.code == "480.TTR" }?.mainSuccessor?.code == "46.TTR")
        #expect(mapped.closed.first { $0.code == "480.TTR" }?.source == .agencyMapping)
    }

    @Test func aClosedUnitWithOpenWorkAndNoSuccessorIsRefused() throws {
        let plan = try Self.plan(held: Self.held(openItems: ["480.PNV"]))
        #expect(
            plan.issues.map(\.description) == [
                "Phòng Nội vụ (mã 480.PNV) của Thị xã Hương Trà còn việc đang mở nhưng chưa có trong tệp ánh xạ cơ quan (cột old_code,new_code)."
            ])
        let fixed = try Self.plan(
            held: Self.held(openItems: ["480.PNV"]), mapping: [AgencyMapping.Row(oldCode: "480.PNV", newCode: "46.TTR", line: 3)])
        #expect(fixed.isValid)
    }

    @Test func badRowsAreReportedWithTheirLines() throws {
        let bad = Self.table.replacingOccurrences(of: "201,480,46,200", with: "777,480,46,200")
            .replacingOccurrences(of: "301,450,45,300", with: "301,450,45,888")
            .replacingOccurrences(of: "101,474,46", with: "101,480,46")
        let plan = try Self.plan(table: bad)
        #expect(
            plan.issues.map(\.description) == [
                "Dòng 3: xã cũ 101 (Phường Tây Lộc) thuộc Thành phố Huế (mã 474) trong cơ sở dữ liệu, bảng ghi huyện mã 480.",
                "Dòng 7: mã xã cũ 777 không có trong cơ sở dữ liệu.",
                "Dòng 8: mã xã mới 888 không có trong danh mục đơn vị hành chính 2025."
            ])
        #expect(
            throws: CSVError.missingColumns(["merge"], found: ["old_code", "old_district_code", "old_province_code", "new_code", "new_province_code"])
        ) {
            try ConversionTable(csv: Data("old_code,old_district_code,old_province_code,new_code,new_province_code\n1,2,3,4,5\n".utf8))
        }
    }

    @Test func unknownOldCodesCanBeLeftAsideOnRequestAndAreListed() throws {
        let table = Self.table.replacingOccurrences(of: "201,480,46,200", with: "777,480,46,200")
        let plan = Reorganisation(
            table: try ConversionTable(csv: Data(table.utf8)), newList: try AdministrativeUnitList(csv: Data(Self.newList.utf8)),
            held: Self.held(), effective: Self.effective, skipUnknownOldCodes: true)
        #expect(plan.isValid)
        #expect(plan.skippedRows.map(\.description) == ["Dòng 7: mã xã cũ 777 không có trong cơ sở dữ liệu."])
        // 201 is no longer named by the table: with no open work it closes without successor.
        #expect(plan.closed.first { $0.code == "201" }?.successors == [])
        let refused = Reorganisation(
            table: try ConversionTable(csv: Data(table.utf8)), newList: try AdministrativeUnitList(csv: Data(Self.newList.utf8)),
            held: Self.held(openItems: ["201"]), effective: Self.effective, skipUnknownOldCodes: true)
        #expect(
            refused.issues.map(\.description) == [
                "Xã Hương Vân (mã 201) không có trong bảng chuyển đổi nhưng còn việc đang mở: không có đơn vị kế thừa để nhận."
            ])
        // Asked to, the commune is left open and listed instead (the national 2024 list holds 56 such communes).
        let kept = Reorganisation(
            table: try ConversionTable(csv: Data(table.utf8)), newList: try AdministrativeUnitList(csv: Data(Self.newList.utf8)),
            held: Self.held(openItems: ["201"]), effective: Self.effective, skipUnknownOldCodes: true, keepUnnamedWithOpenWork: true)
        #expect(kept.isValid)
        #expect(!kept.closed.contains { $0.code == "201" })
        #expect(
            kept.keptUnnamed.map(\.description) == [
                "Xã Hương Vân (mã 201) không có trong bảng chuyển đổi, còn việc đang mở: giữ nguyên, chưa giải thể."
            ])
    }

    @Test func anEarlierEffectiveDateThanTheLastReorganisationIsRefused() throws {
        let plan = try Self.plan(last: CivilDate(year: 2025, month: 8, day: 1)!)
        #expect(
            plan.issues.map(\.description) == [
                "Ngày hiệu lực 01/07/2025 sớm hơn lần tổ chức lại trước (01/08/2025). Không thể áp dụng một lần tổ chức lại lùi ngày."
            ])
        #expect(try Self.plan(last: Self.effective).isValid)
    }

    @Test func aPlanOverAlreadyReorganisedUnitsIsEmpty() throws {
        // The state after applying: 46 renamed, 100 continued under 46, 200 and 300 created, the rest closed.
        var held = Self.held().map { unit -> Reorganisation.Held in
            switch unit.code {
            case "46": return .init(id: 2, code: "46", name: "Thành phố Huế", tier: .province, parentID: 1)
            case "100": return .init(id: 20, code: "100", name: "Phường Mới A", tier: .commune, parentID: 2)
            case "VN", "46.TTR", "46.SNV", "46.VP": return unit
            default: return .init(id: unit.id, code: unit.code, name: unit.name, tier: unit.tier, parentID: unit.parentID, closed: true)
            }
        }
        held.append(.init(id: 40, code: "200", name: "Phường Mới B", tier: .commune, parentID: 2))
        held.append(.init(id: 41, code: "300", name: "Đặc khu Mới", tier: .commune, parentID: 2))
        let plan = try Self.plan(held: held, last: Self.effective)
        #expect(plan.issues == [])
        #expect(plan.continued.isEmpty && plan.created.isEmpty && plan.closed.isEmpty)
    }

    @Test func theDefaultAgencyMappingIsAFileToEditAndReadBack() throws {
        let text = AgencyMapping.csv([
            .init(oldCode: "480.TTR", oldName: "Thanh tra thị xã", newCode: "46.TTR", newName: "Thanh tra tỉnh"),
            .init(oldCode: "480.PNV", oldName: "Phòng Nội vụ, cũ", newCode: nil, newName: nil)
        ])
        #expect(text == "old_code,new_code,old_name,new_name\n480.TTR,46.TTR,Thanh tra thị xã,Thanh tra tỉnh\n480.PNV,,\"Phòng Nội vụ, cũ\",\n")
        #expect(try AgencyMapping(csv: Data(text.utf8)).rows == [.init(oldCode: "480.TTR", newCode: "46.TTR", line: 2)])
        #expect(throws: CSVError.invalidRow(line: 3, reason: "mã cơ quan cũ 1 bị lặp.")) {
            try AgencyMapping(csv: Data("old_code,new_code\n1,2\n1,3\n".utf8))
        }
    }
}
