import Foundation
import Testing

@testable import DanVanCore

/// Replacing a set's bands and caps: each band checked, kept from the highest minimum down.
@Suite struct CriteriaBandsEditTests {
    let set = CriteriaSet(
        nodes: [
            CriterionNode(code: "1", text: "Nhóm 1", maxPoints: Points(60), kind: .yesNo),
            CriterionNode(code: "2", text: "Nhóm 2", maxPoints: Points(40), kind: .yesNo)
        ], bands: [ClassificationBand("Đạt", minimum: .zero)])

    func code(_ bands: [ClassificationBand], bonusCap: Points = .zero, deductionCap: Points = .zero) -> String? {
        do {
            _ = try CriteriaTreeEdit.setBands(bands, bonusCap: bonusCap, deductionCap: deductionCap, in: set)
            return nil
        } catch { return error.code }
    }

    @Test func goodBandsAreSortedAndTheCapsKept() throws {
        let result = try CriteriaTreeEdit.setBands(
            [
                ClassificationBand(" Hoàn thành ", minimum: Points(50)), ClassificationBand("Không hoàn thành", minimum: .zero),
                ClassificationBand("Hoàn thành xuất sắc", minimum: Points(90), minimumGroupPercent: 50)
            ], bonusCap: Points(5), deductionCap: Points(hundredths: 250), in: set)
        #expect(result.bands.map(\.label) == ["Hoàn thành xuất sắc", "Hoàn thành", "Không hoàn thành"])
        #expect(result.bands.first?.minimumGroupPercent == 50)
        #expect(result.bonusCap == Points(5) && result.deductionCap == Points(hundredths: 250))
        #expect(result.nodes == set.nodes)
        #expect(result.problems().isEmpty)
    }

    @Test func eachBadBandIsRefusedWithItsCode() {
        #expect(code([]) == "missing_bands")
        #expect(code([ClassificationBand("  ", minimum: Points(10))]) == "missing_band_label")
        #expect(code([ClassificationBand("Tốt", minimum: Points(80)), ClassificationBand("tot", minimum: Points(60))]) == "duplicate_band")
        #expect(code([ClassificationBand("Tốt", minimum: Points(101))]) == "band_minimum_out_of_range")
        #expect(code([ClassificationBand("Tốt", minimum: Points(100))]) == nil, "the set's maximum itself is reachable")
        #expect(code([ClassificationBand("Tốt", minimum: Points(hundredths: -1))]) == "band_minimum_out_of_range")
        #expect(code([ClassificationBand("Tốt", minimum: Points(70)), ClassificationBand("Khá", minimum: Points(70))]) == "duplicate_band_minimum")
        #expect(code([ClassificationBand("Tốt", minimum: Points(70), minimumGroupPercent: 101)]) == "band_percent_out_of_range")
        #expect(code([ClassificationBand("Tốt", minimum: Points(70))], bonusCap: Points(hundredths: -100)) == "cap_negative")
    }
}
