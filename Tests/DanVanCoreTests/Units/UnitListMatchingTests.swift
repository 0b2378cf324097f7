import DanVanCore
import Foundation
import Testing

@Suite struct UnitListMatchingTests {
    private func list(_ rows: [(String, String, String?)]) -> [AdministrativeUnit] {
        let csv =
            "code,name,division_type,parent_code,level\n"
            + rows.map { code, name, parent in
                "\(code),\(name),xã,\(parent ?? ""),\(parent == nil ? "province" : "commune")"
            }.joined(separator: "\n")
        return try! AdministrativeUnitList(csv: Data(csv.utf8)).units
    }

    @Test func theSameNameUnderTheSameParentKeepsTheUnitAcrossACodeSwap() {
        let held: [UnitListMatching.Held] = [
            .init(code: "46", name: "Thành phố Huế", parentCode: nil),
            .init(code: "1", name: "Phường A", parentCode: "46"),
            .init(code: "2", name: "Phường B", parentCode: "46")
        ]
        let result = UnitListMatching.match(held: held, list: list([("46", "Thành phố Huế", nil), ("2", "Phường A", "46"), ("1", "Phường B", "46")]))
        #expect(result.corrections.map { "\($0.oldCode)→\($0.newCode)" } == ["2→1", "1→2"])
        #expect(result.unmatched.isEmpty)
    }

    @Test func namesCompareWithoutAccentsDashesOrSpaces() {
        #expect(UnitListMatching.nameKey("Xã  Chân Mây – Lăng Cô") == UnitListMatching.nameKey("xã Chân Mây - Lăng Cô"))
        #expect(UnitListMatching.nameKey("Phường B'Lao") == UnitListMatching.nameKey("Phường B’Lao"))
        #expect(UnitListMatching.nameKey("Xã Thanh Thuỷ") == UnitListMatching.nameKey("Xã Thanh Thủy"))
    }

    @Test func aNameTwiceUnderOneParentIsNotGuessedAndAnUnknownUnitIsReported() {
        let held: [UnitListMatching.Held] = [
            .init(code: "46", name: "Thành phố Huế", parentCode: nil),
            .init(code: "1", name: "Xã An Hòa", parentCode: "46"),
            .init(code: "2", name: "Xã Ân Hòa", parentCode: "46"),
            .init(code: "9", name: "Xã Cũ", parentCode: "46")
        ]
        let result = UnitListMatching.match(
            held: held, list: list([("46", "Thành phố Huế", nil), ("3", "Xã An Hòa", "46"), ("1", "Xã Ân Hòa", "46")]))
        // "an hoa" is twice on each side: only the code decides, so 1 is renamed and 2 is left for a person.
        #expect(result.corrections.map { "\($0.oldCode)→\($0.newCode) \($0.newName)" } == ["1→1 Xã Ân Hòa"])
        #expect(result.unmatched.map(\.code) == ["2", "9"])
    }
}
