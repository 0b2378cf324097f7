import Testing

@testable import App

/// Issue 18, item 3: regimes read from one plan that repeat the same duty become one regime with all its reporters.
@Suite struct PlanRegimeCollapseTests {
    @Test func theSameDutyRepeatedIsOneRegimeWithEveryReporter() {
        let office = 7
        let read = [
            PlanRegime(
                period: "semiannual", rule: nil, dueText: "", reporters: "Phòng Tư pháp", receiver: "UBND thị xã (qua Phòng Nội vụ)",
                receiverID: office, reporterIDs: [3]),
            PlanRegime(
                period: "semiannual", rule: "day_of_year:5:20", dueText: "20/5", reporters: "Các xã, phường", receiver: "Phòng Nội vụ",
                receiverID: office, reporterIDs: [10, 11]),
            PlanRegime(
                period: "semiannual", rule: nil, dueText: "", reporters: "Phòng Tư pháp", receiver: "Phòng Nội vụ",
                receiverID: office, reporterIDs: [3]),
            PlanRegime(
                period: "annual", rule: "day_of_year:11:20", dueText: "20/11", reporters: "Các xã, phường", receiver: "Phòng Nội vụ",
                receiverID: office, reporterIDs: [10, 11]),
            // Another due date, or another receiver, is another regime.
            PlanRegime(
                period: "semiannual", rule: "day_of_year:6:15", dueText: "15/6", reporters: "Phòng Dân tộc", receiver: "Phòng Nội vụ",
                receiverID: office, reporterIDs: [4]),
            PlanRegime(period: "annual", rule: nil, dueText: "", reporters: "Thanh tra", receiver: "UBND tỉnh", receiverID: 1, reporterIDs: [5])
        ]
        let regimes = PlanRegime.collapsed(read)
        #expect(regimes.map(\.period) == ["semiannual", "annual", "semiannual", "annual"])
        #expect(regimes[0].rule == "day_of_year:5:20" && regimes[0].reporterIDs == [3, 10, 11])
        #expect(regimes[0].reporters == "Phòng Tư pháp; Các xã, phường" && regimes[0].dueText == "20/5")
        #expect(regimes[1].reporterIDs == [10, 11] && regimes[2].reporterIDs == [4] && regimes[3].receiverID == 1)
    }
}
