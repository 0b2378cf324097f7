import Foundation
import Testing

@testable import DanVanCore

@Suite struct ScoringObligationTests {
    /// The one-pass group map agrees with the node-by-node rule on every node of both example sets and of a tree with a
    /// bonus parent, a missing parent and three levels.
    @Test func groupCodesAgreeWithGroupCodeOfEveryNode() {
        let odd = CriteriaSet(
            nodes: [
                CriterionNode(code: "1", text: "Nhóm 1", maxPoints: Points(10)),
                CriterionNode(code: "1.1", parentCode: "1", text: "a", maxPoints: Points(10)),
                CriterionNode(code: "1.1.a", parentCode: "1.1", text: "a", maxPoints: Points(10), kind: .yesNo),
                CriterionNode(code: "T", text: "thưởng", maxPoints: Points(3), kind: .thresholds, role: .bonus),
                CriterionNode(code: "T.1", parentCode: "T", text: "con của dòng thưởng", maxPoints: Points(3), kind: .yesNo),
                CriterionNode(code: "9.1", parentCode: "9", text: "mất mục cha", maxPoints: Points(3), kind: .yesNo)
            ], bands: [ClassificationBand("Đạt", minimum: .zero)])
        for set in ExampleCriteriaSets.all.map(\.set) + [odd] {
            let map = set.groupCodes()
            for node in set.nodes { #expect(map[node.code] == set.groupCode(of: node.code), "\(node.code)") }
        }
        #expect(odd.groupCodes()["1.1.a"] == "1" && odd.groupCodes()["T.1"] == nil && odd.groupCodes()["9.1"] == nil)
    }

    @Test func aSheetOwesUntilSubmittedAndIsOverdueOnlyAfterTheDeadlineDay() {
        let deadline = CivilDate(year: 2026, month: 12, day: 10)!
        #expect(ScoringObligation.standing(owed: true, deadline: deadline, today: deadline) == .pending)
        #expect(ScoringObligation.standing(owed: true, deadline: deadline, today: deadline.adding(days: 1)) == .overdue)
        #expect(ScoringObligation.standing(owed: false, deadline: deadline, today: deadline.adding(days: 9)) == .submitted)
    }

    @Test func theReminderNamesTheUnitFirstAndCountsTheDays() {
        let deadline = CivilDate(year: 2026, month: 12, day: 10)!
        let soon = ScoringObligation.reminderText(
            roundTitle: "Đánh giá năm 2026", unitName: "Phòng Nội vụ", deadline: deadline, today: deadline.adding(days: -3))
        #expect(soon == "Phòng Nội vụ chưa nộp phiếu tự chấm điểm “Đánh giá năm 2026”; còn 3 ngày đến hạn (10/12/2026).")
        #expect(
            ScoringObligation.reminderText(roundTitle: "X", unitName: "Xã A", deadline: deadline, today: deadline).hasSuffix(
                "hôm nay là hạn tự chấm (10/12/2026)."))
        #expect(
            ScoringObligation.reminderText(roundTitle: "X", unitName: "Xã A", deadline: deadline, today: deadline.adding(days: 8))
                .hasSuffix("đã quá hạn 8 ngày (hạn 10/12/2026)."))
    }
}
