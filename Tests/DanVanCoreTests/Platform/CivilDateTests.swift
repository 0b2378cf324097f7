import Testing

@testable import DanVanCore

@Suite struct CivilDateTests {
    @Test func parsesAndFormatsVietnameseDates() {
        let date = CivilDate(vietnamese: "5/2/2024")
        #expect(date?.vietnamese == "05/02/2024")
        #expect(date?.iso == "2024-02-05")
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(vietnamese: "31/02/2024") == nil)
        #expect(CivilDate(vietnamese: "29/02/2023") == nil)
        #expect(CivilDate(vietnamese: "29/02/2024") != nil)
        #expect(CivilDate(vietnamese: "12/2024") == nil)
    }
}
