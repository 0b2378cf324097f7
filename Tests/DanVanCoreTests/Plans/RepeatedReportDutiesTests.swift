import Testing
@testable import DanVanCore

@Suite struct RepeatedReportDutiesTests {
    func duty(_ period: ReportPeriod, _ due: String?, by: [String], to: String?) -> ReportObligation {
        ReportObligation(period: period, due: due, dueRule: nil, by: by, to: to, span: TextSpan(start: 0, end: 1))
    }

    @Test func theSameDutyStatedPerUnitIsOneWithEveryReporter() {
        let read = [duty(.semiannual, "ngày 20/5", by: ["Phòng Nội vụ"], to: "UBND thị xã"),
                    duty(.semiannual, "ngày 20/5", by: ["Phòng Tư pháp", "phòng nội vụ"], to: "UBND thị xã"),
                    duty(.semiannual, "ngày 25/5", by: ["Thanh tra thị xã"], to: "UBND thị xã"),
                    duty(.annual, "ngày 20/5", by: ["Phòng Tư pháp"], to: "UBND thị xã"),
                    duty(.semiannual, "ngày 20/5", by: ["Phòng Văn hóa"], to: "Ủy ban nhân dân tỉnh")]
        let merged = ReportObligation.collapsed(read)
        #expect(merged.map(\.by) == [["Phòng Nội vụ", "Phòng Tư pháp"], ["Thanh tra thị xã"], ["Phòng Tư pháp"], ["Phòng Văn hóa"]])
    }
}
