import Testing

@testable import App

/// The review page's many unit fields are resolved in memory: names that differ only in a diacritic stay apart.
@Suite struct UnitNamesInScopeTests {
    func unit(_ id: Int, _ code: String, _ name: String, parent: Int?, depth: Int) -> OrgUnit {
        let unit = OrgUnit(code: code, name: name, kind: parent == nil ? .district : .commune, parentID: parent)
        unit.id = id
        unit.depth = depth
        return unit
    }

    @Test func namesThatDifferOnlyInADiacriticStayApart() {
        let names = UnitNamesInScope(units: [
            unit(1, "480", "Thị xã Hương Trà", parent: nil, depth: 0),
            unit(2, "19903", "Phường Hương Văn", parent: 1, depth: 1),
            unit(3, "19906", "Phường Hương Vân", parent: 1, depth: 1)
        ])
        var problems: [String] = []
        #expect(names.resolveList("Phường Hương Văn — Thị xã Hương Trà\nPhường Hương Vân", field: "Thời hạn 1", problems: &problems) == [2, 3])
        #expect(problems.isEmpty)
        // Without diacritics both fit: the person is told which, and nothing is guessed.
        #expect(names.resolveList("phuong huong van", field: "Thời hạn 1", problems: &problems).isEmpty)
        #expect(problems.count == 1 && problems[0].contains("Phường Hương Văn — Thị xã Hương Trà; Phường Hương Vân — Thị xã Hương Trà"))
        #expect(names.resolveList("19903, 19906", field: "Thời hạn 1", problems: &problems) == [2, 3])
    }
}
