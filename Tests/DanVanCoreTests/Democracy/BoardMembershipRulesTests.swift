import Testing

@testable import DanVanCore

@Suite struct BoardMembershipRulesTests {
    func date(_ text: String) -> CivilDate { CivilDate(vietnamese: text)! }

    @Test func aBoardNeedsFiveMembersOneHeadAndAtMostTwoDeputies() {
        #expect(BoardMembershipRules.compositionProblems([.head, .deputy, .member, .member, .member]).isEmpty)
        let four = BoardMembershipRules.compositionProblems([.head, .member, .member, .member])
        #expect(four.count == 1 && four[0].contains("cần ít nhất 5"))
        #expect(BoardMembershipRules.compositionProblems([.member, .member, .member, .member, .member]) == ["Ban chưa có Trưởng ban."])
        #expect(BoardMembershipRules.compositionProblems([.head, .deputy, .deputy, .deputy, .member]).first!.contains("tối đa 2"))
    }

    @Test func aMemberServesWithinTheTermUntilRelieved() {
        let from = date("01/07/2025")
        let until = date("30/06/2030")
        #expect(BoardMembershipRules.termProblem(from: from, until: from) != nil)
        #expect(BoardMembershipRules.termProblem(from: from, until: until) == nil)
        #expect(BoardMembershipRules.isServing(from: from, until: until, endedOn: nil, today: date("20/11/2026")))
        #expect(!BoardMembershipRules.isServing(from: from, until: until, endedOn: date("01/11/2026"), today: date("20/11/2026")))
        #expect(!BoardMembershipRules.isServing(from: from, until: until, endedOn: nil, today: date("01/07/2030")))
    }
}
