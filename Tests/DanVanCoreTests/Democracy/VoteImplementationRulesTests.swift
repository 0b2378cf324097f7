import Testing

@testable import DanVanCore

@Suite struct VoteImplementationRulesTests {
    func date(_ text: String) -> CivilDate { CivilDate(vietnamese: text)! }
    let held = CivilDate(vietnamese: "01/10/2026")!
    let today = CivilDate(vietnamese: "20/11/2026")!

    func codes(_ entry: VoteImplementationRules.Entry, passed: Bool = true, before: VoteImplementationRules.Balance = .init()) -> [String] {
        VoteImplementationRules.problems(entry, passed: passed, heldOn: held, eligible: 180, before: before, today: today).map(\.code)
    }

    @Test func amountsAreWholeDongWrittenTheVietnameseWay() {
        #expect(VoteImplementationRules.dong(1_234_567) == "1.234.567 đ")
        #expect(VoteImplementationRules.dong(500) == "500 đ")
        #expect(VoteImplementationRules.dong(0) == "0 đ")
        #expect(VoteImplementationRules.dong(-250_000) == "-250.000 đ")
        #expect(VoteImplementationRules.amount("12.500.000") == 12_500_000)
        #expect(VoteImplementationRules.amount("12 500 000 đ") == 12_500_000)
        #expect(VoteImplementationRules.amount("12500000") == 12_500_000)
        #expect(VoteImplementationRules.amount("-500") == -500)
        #expect(VoteImplementationRules.amount("mười triệu") == nil)
        #expect(VoteImplementationRules.amount("") == nil)
    }

    @Test func aCollectionNeedsAPositiveAmountAndTheHouseholdsWithinTheHamlet() {
        #expect(codes(.init(kind: .collected, amount: 45_000_000, households: 90, date: date("15/10/2026"))).isEmpty)
        #expect(codes(.init(kind: .collected, amount: 0, households: 90, date: date("15/10/2026"))) == ["invalid_amount"])
        #expect(codes(.init(kind: .collected, amount: -5, households: 90, date: date("15/10/2026"))) == ["invalid_amount"])
        #expect(codes(.init(kind: .collected, amount: 5_000, households: 181, date: date("15/10/2026"))) == ["invalid_households"])
        #expect(codes(.init(kind: .collected, amount: 5_000, households: nil, date: date("15/10/2026"))) == ["invalid_households"])
        #expect(codes(.init(kind: .collected, amount: 5_000, households: 0, date: date("15/10/2026"))) == ["invalid_households"])
    }

    @Test func entriesFallBetweenTheVoteAndToday() {
        #expect(codes(.init(kind: .collected, amount: 5_000, households: 1, date: date("30/09/2026"))) == ["invalid_date"])
        #expect(codes(.init(kind: .collected, amount: 5_000, households: 1, date: date("21/11/2026"))) == ["invalid_date"])
        #expect(codes(.init(kind: .collected, amount: 5_000, households: 1, date: held)).isEmpty)
        #expect(codes(.init(kind: .collected, amount: 5_000, households: 1, date: today)).isEmpty)
    }

    @Test func onlyAPassedMatterIsImplemented() {
        #expect(codes(.init(kind: .collected, amount: 5_000, households: 1, date: today), passed: false) == ["vote_not_passed"])
    }

    @Test func spendingBeyondTheBalanceNeedsAReasonAndIsThenAllowed() {
        let before = VoteImplementationRules.Balance(collected: 10_000_000, spent: 4_000_000)
        #expect(before.balance == 6_000_000)
        let within = VoteImplementationRules.Entry(kind: .spent, amount: 6_000_000, date: today, purpose: "Mua xi măng")
        #expect(codes(within, before: before).isEmpty)
        #expect(VoteImplementationRules.overspendWarning(within, before: before) == nil)
        var beyond = VoteImplementationRules.Entry(kind: .spent, amount: 6_000_001, date: today, purpose: "Mua xi măng")
        #expect(codes(beyond, before: before) == ["overspend_needs_reason"])
        #expect(VoteImplementationRules.overspendWarning(beyond, before: before)!.contains("6.000.000 đ"))
        beyond.overspendReason = "Ngân sách xã ứng trước"
        #expect(codes(beyond, before: before).isEmpty)
        #expect(codes(.init(kind: .spent, amount: 1_000, date: today), before: before) == ["missing_purpose"])
    }

    @Test func theBalanceRunsOverEveryEntry() {
        let entries: [VoteImplementationRules.Entry] = [
            .init(kind: .collected, amount: 45_000_000, households: 90, date: date("10/10/2026")),
            .init(kind: .collected, amount: 30_000_000, households: 60, date: date("20/10/2026")),
            .init(kind: .spent, amount: 52_300_000, date: date("05/11/2026"), purpose: "Mua xi măng, đá")
        ]
        let balance = VoteImplementationRules.Balance.of(entries)
        #expect(balance.collected == 75_000_000 && balance.spent == 52_300_000 && balance.balance == 22_700_000)
        #expect(balance.householdContributions == 150)
        let text = VoteImplementationRules.publicText(
            subject: "Làm đường bê tông", hamlet: "Thôn 1", decision: "Quyết định 45/QĐ-UBND",
            entries: entries.reversed(), today: today)
        #expect(text.contains("Đã thu: 75.000.000 đ (150 lượt hộ đóng góp)"))
        #expect(text.contains("Còn lại: 22.700.000 đ"))
        #expect(text.contains("Quyết định 45/QĐ-UBND"))
        // In date order, whatever order they were given in.
        let first = text.range(of: "10/10/2026")!
        let last = text.range(of: "05/11/2026")!
        #expect(first.lowerBound < last.lowerBound)
    }
}
