import Foundation
import Testing

@testable import DanVanCore

/// Editing one node of a set's tree: each change checked on its own, the whole set by `problems()`.
@Suite struct CriteriaTreeEditTests {
    var set: CriteriaSet {
        CriteriaSet(
            nodes: [
                CriterionNode(code: "1", text: "Nhóm 1", maxPoints: Points(20)),
                CriterionNode(code: "1.1", parentCode: "1", text: "Kế hoạch", maxPoints: Points(10), kind: .yesNo),
                CriterionNode(code: "1.1.a", parentCode: "1.1", text: "Ban hành đúng hạn", maxPoints: Points(10), kind: .yesNo),
                CriterionNode(code: "1.2", parentCode: "1", text: "Kiểm tra", maxPoints: Points(10), kind: .yesNo),
                CriterionNode(code: "T1", text: "Sáng kiến", maxPoints: Points(2), kind: .yesNo, role: .bonus)
            ], bonusCap: Points(2), bands: [ClassificationBand("Tốt", minimum: .zero)])
    }

    func refusal(_ body: () throws -> CriteriaSet) -> String? {
        do {
            _ = try body()
            return nil
        } catch { return (error as? CriteriaTreeEdit.Refusal)?.code ?? "other" }
    }

    @Test func aNewLineGoesUnderItsParentAndANewGroupBeforeTheBonusLines() throws {
        let added = try CriteriaTreeEdit.put(
            CriterionNode(code: "1.3", parentCode: "1", text: "Sơ kết", maxPoints: Points(5), kind: .yesNo), replacing: nil, in: set)
        #expect(added.nodes.map(\.code) == ["1", "1.1", "1.1.a", "1.2", "1.3", "T1"])
        #expect(added.problems() == ["Tiêu chí 1: các mục con cộng lại 25 điểm, khác điểm tối đa 20."])
        let group = try CriteriaTreeEdit.put(CriterionNode(code: "2", text: "Nhóm 2", maxPoints: Points(5), kind: .yesNo), replacing: nil, in: set)
        #expect(group.nodes.map(\.code) == ["1", "1.1", "1.1.a", "1.2", "2", "T1"])
        #expect(group.maximum == Points(25))
    }

    @Test func aChangedCodeKeepsItsPlaceAndCarriesItsChildren() throws {
        var node = set.nodes[1]
        node.code = "1.5"
        node.text = "Kế hoạch năm"
        let changed = try CriteriaTreeEdit.put(node, replacing: "1.1", in: set)
        #expect(changed.nodes.map(\.code) == ["1", "1.5", "1.1.a", "1.2", "T1"])
        #expect(changed.nodes[2].parentCode == "1.5")
        #expect(changed.problems().isEmpty)
    }

    @Test func badEditsAreRefusedWithStableCodes() {
        let s = set
        #expect(
            refusal {
                try CriteriaTreeEdit.put(
                    CriterionNode(code: "1.2", parentCode: "1", text: "x", maxPoints: Points(1), kind: .yesNo), replacing: nil, in: s)
            } == "duplicate_code")
        #expect(
            refusal {
                try CriteriaTreeEdit.put(
                    CriterionNode(code: "9", parentCode: "8", text: "x", maxPoints: Points(1), kind: .yesNo), replacing: nil, in: s)
            } == "unknown_parent")
        #expect(
            refusal {
                try CriteriaTreeEdit.put(
                    CriterionNode(code: "1.1.a.i", parentCode: "1.1.a", text: "x", maxPoints: Points(1), kind: .yesNo), replacing: nil, in: s)
            } == "too_deep")
        #expect(
            refusal {
                try CriteriaTreeEdit.put(
                    CriterionNode(code: "T2", parentCode: "1", text: "x", maxPoints: Points(1), kind: .yesNo, role: .bonus), replacing: nil, in: s)
            } == "bonus_has_parent")
        #expect(
            refusal { try CriteriaTreeEdit.put(CriterionNode(code: " ", text: "x", maxPoints: Points(1)), replacing: nil, in: s) } == "missing_code")
        #expect(
            refusal {
                try CriteriaTreeEdit.put(
                    CriterionNode(code: "1.4", parentCode: "1", text: "x", maxPoints: Points(3), kind: .levels), replacing: nil, in: s)
            } == "missing_levels")
        #expect(
            refusal {
                try CriteriaTreeEdit.put(
                    CriterionNode(
                        code: "1.4", parentCode: "1", text: "x", maxPoints: Points(3), kind: .levels, levels: [ScoreLevel("Tốt", Points(5))]),
                    replacing: nil, in: s)
            } == "level_above_max")
        #expect(
            refusal {
                try CriteriaTreeEdit.put(
                    CriterionNode(code: "1.4", parentCode: "1", text: "x", maxPoints: Points(3), kind: .computedRate), replacing: nil, in: s)
            } == "missing_source")
        // Moving a node under its own child, or a two-level node under a criterion (four levels), is refused.
        var group = s.nodes[1]
        group.parentCode = "1.1.a"
        #expect(refusal { try CriteriaTreeEdit.put(group, replacing: "1.1", in: s) } == "parent_cycle")
        group.parentCode = "1.2"
        #expect(refusal { try CriteriaTreeEdit.put(group, replacing: "1.1", in: s) } == "too_deep")
        #expect(refusal { try CriteriaTreeEdit.remove("1.1", from: s) } == "has_children")
        #expect(refusal { try CriteriaTreeEdit.remove("7", from: s) } == "unknown_criterion")
    }

    @Test func aLeafIsRemoved() throws {
        let removed = try CriteriaTreeEdit.remove("1.2", from: set)
        #expect(removed.nodes.map(\.code) == ["1", "1.1", "1.1.a", "T1"])
    }
}
