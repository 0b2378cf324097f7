import Testing

@testable import DanVanCore

@Suite struct SheetStatusTests {
    @Test func theUnitEditsItsSheetOnlyWhileItIsADraftOrReturnedToIt() {
        #expect(SheetStatus.allCases.filter(\.unitMayEdit) == [.draft, .returned])
        #expect(SheetStatus.allCases.map(\.rawValue) == ["nhap", "da_nop", "tra_lai", "da_tham_dinh"])
        #expect(SheetStatus.finalised.label == "Đã thẩm định")
        #expect(PlanStatus.allCases.map(\.rawValue) == ["du_thao", "ban_hanh", "ket_thuc"])
        #expect(PlanStatus.issued.label == "Ban hành")
    }
}
