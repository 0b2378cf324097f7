import Testing

@testable import DanVanCore

@Suite struct DemocracyRulesTests {
    func date(_ text: String) -> CivilDate { CivilDate(vietnamese: text)! }
    let calendar = WorkingCalendar.vietnamDefault
    let categories = DisclosureCategory.lawDefaults()
    func category(_ code: String) -> DisclosureCategory { categories.first { $0.code == code }! }

    @Test func theListHasDieu11sFourteenItemsWithTheirArticles() {
        let items = categories.filter { $0.code.hasPrefix("d11k") }
        #expect(items.count == 14)
        #expect(items.map(\.article) == (1...14).map { "Luật 10/2022/QH15, Điều 11 khoản \($0)" })
        // Điều 13: items 4 and 13 are posted permanently; the others at least 30 consecutive days.
        #expect(items.filter(\.isPermanent).map(\.code) == ["d11k4", "d11k13"])
        #expect(items.filter { !$0.isPermanent }.allSatisfy { $0.minimumPostingDays == 30 })
        // Điều 13 khoản 3: items 7 to 12 also on the loudspeakers.
        #expect(items.filter(\.loudspeaker).map(\.code) == (7...12).map { "d11k\($0)" })
        #expect(category("d11k2").frequency == .quarterly)
        #expect(Set(categories.map(\.code)).count == categories.count)
        // A province's setting flows into the list.
        var settings = DemocracySettings()
        settings.values[.minimumPostingDays] = 45
        #expect(DisclosureCategory.lawDefaults(settings: settings).first!.minimumPostingDays == 45)
    }

    @Test func publishingIsOnTimeWithinFiveWorkingDays() {
        // Friday 06/11/2026: five working days later is Friday 13/11 (the weekend does not count).
        let decided = date("06/11/2026")
        #expect(DisclosureRules.deadline(decidedOn: decided, settings: .defaults, calendar: calendar) == date("13/11/2026"))
        #expect(DisclosureRules.isOnTime(decidedOn: decided, publishedOn: date("13/11/2026"), settings: .defaults, calendar: calendar))
        #expect(!DisclosureRules.isOnTime(decidedOn: decided, publishedOn: date("16/11/2026"), settings: .defaults, calendar: calendar))
        // Holidays do not count either: decided on 30/04/2026, 30/4 and 1/5 are days off.
        let holidayCalendar = WorkingCalendar(holidays: [date("30/04/2026"), date("01/05/2026")])
        #expect(DisclosureRules.deadline(decidedOn: date("29/04/2026"), settings: .defaults, calendar: holidayCalendar) == date("08/05/2026"))
        var settings = DemocracySettings()
        settings.values[.publishWithinWorkingDays] = 3
        #expect(DisclosureRules.deadline(decidedOn: decided, settings: settings, calendar: calendar) == date("11/11/2026"))
        #expect(DisclosureRules.isOnTime(decidedOn: nil, publishedOn: date("01/01/2030"), settings: .defaults, calendar: calendar))
    }

    @Test func aShortPostingNeedsAReason() {
        let budget = category("d11k2")
        let start = date("01/11/2026")
        #expect(DisclosureRules.checkPosting(start: start, end: date("30/11/2026"), category: budget) == .ok)
        let short = DisclosureRules.checkPosting(start: start, end: date("29/11/2026"), category: budget)
        #expect(short == .shorterThanMinimum(days: 29, minimum: 30))
        #expect(short.needsReason && short.message!.contains("29 ngày"))
        #expect(DisclosureRules.checkPosting(start: start, end: nil, category: budget) == .ok)
        #expect(DisclosureRules.checkPosting(start: start, end: date("31/10/2026"), category: budget) == .endBeforeStart)
        #expect(!DisclosureRules.PostingCheck.endBeforeStart.needsReason)
        // The democracy regulation is posted permanently: an end date needs a reason.
        #expect(DisclosureRules.checkPosting(start: start, end: date("31/12/2027"), category: category("d11k4")) == .shouldBePermanent)
    }

    @Test func missingCategoriesFollowTheirFrequency() {
        let today = date("20/11/2026")
        let postings = [
            DisclosureRules.Posting(category: "d11k2", start: date("15/01/2026"), end: date("20/02/2026")),
            DisclosureRules.Posting(category: "d11k2", start: date("10/04/2026"), end: date("20/05/2026")),
            // Q3 was published, then withdrawn the same day: it does not count.
            DisclosureRules.Posting(category: "d11k2", start: date("10/07/2026"), end: nil, withdrawnOn: date("10/07/2026")),
            DisclosureRules.Posting(category: "d11k4", start: date("01/01/2025"), end: nil),
            DisclosureRules.Posting(category: "d11k13", start: date("01/01/2025"), end: nil, withdrawnOn: date("01/06/2026")),
            DisclosureRules.Posting(category: "d11k1", start: date("05/03/2026"), end: date("05/04/2026"))
        ]
        let q3 = DisclosureRules.Period(year: 2026, quarter: 3)
        #expect(DisclosureRules.status(of: category("d11k2"), postings: postings, period: q3, today: today) == .missing)
        #expect(DisclosureRules.status(of: category("d11k2"), postings: postings, period: .init(year: 2026, quarter: 2), today: today) == .published)
        // The quarter still running is not missing yet.
        #expect(DisclosureRules.status(of: category("d11k2"), postings: postings, period: .init(year: 2026, quarter: 4), today: today) == .pending)
        // A yearly category is not asked for by quarter; one published "when there is a decision" never is.
        #expect(DisclosureRules.status(of: category("d11k1"), postings: postings, period: q3, today: today) == .notRequired)
        #expect(DisclosureRules.status(of: category("d11k3"), postings: [], period: q3, today: today) == .notRequired)
        #expect(DisclosureRules.status(of: category("d11k1"), postings: postings, period: .init(year: 2026), today: today) == .published)
        // Permanent: posted on the last day of the period; a withdrawn one no longer is.
        #expect(DisclosureRules.status(of: category("d11k4"), postings: postings, period: q3, today: today) == .published)
        #expect(DisclosureRules.status(of: category("d11k13"), postings: postings, period: q3, today: today) == .missing)
        #expect(DisclosureRules.status(of: category("d11k13"), postings: postings, period: .init(year: 2026, quarter: 1), today: today) == .published)
        let missing = DisclosureRules.missing(categories: categories, postings: postings, period: q3, today: today).map(\.code)
        #expect(missing == ["d11k2", "d11k13", "d13dm"])
        // For the whole year, a quarterly category is missing as soon as one ended quarter lacks it.
        #expect(DisclosureRules.status(of: category("d11k2"), postings: postings, period: .init(year: 2026), today: today) == .missing)
        #expect(q3.start == date("01/07/2026") && q3.end == date("30/09/2026") && q3.label == "Quý III/2026")
        #expect(DisclosureRules.Period(year: 2024, quarter: 9).quarter == nil)
    }

    @Test func votesCountOnAllHouseholdsOfTheHamlet() throws {
        // A road contribution: 2/3 of ALL 200 households is 134, whatever the turnout.
        let counts = HamletVoteRules.Counts(eligible: 200, voting: 150, inFavour: 133, against: 17)
        let failed = try HamletVoteRules.outcome(matter: .contribution, method: .meeting, counts: counts, settings: .defaults)
        #expect(!failed.passed && failed.required == 134)
        #expect(failed.sentence(counts) == "Không được thông qua: 133/200 hộ tán thành (66,5 % tổng số hộ), cần ít nhất 2/3 tổng số hộ (134 hộ).")
        let passed = try HamletVoteRules.outcome(
            matter: .contribution, method: .ballot,
            counts: .init(eligible: 200, voting: 150, inFavour: 134, against: 16), settings: .defaults)
        #expect(passed.passed && passed.turnoutPercent == 75)
        // Two thirds of 9 is exactly 6.
        #expect(VoteThreshold.of(.contribution, settings: .defaults).required(of: 9) == 6)
        // Other matters: more than half; 50 of 100 is not enough.
        #expect(VoteThreshold.of(.hamletHead, settings: .defaults).required(of: 100) == 51)
        #expect(VoteThreshold.of(.hamletHead, settings: .defaults).required(of: 101) == 51)
        #expect(
            !(try HamletVoteRules.outcome(
                matter: .convention, method: .meeting, counts: .init(eligible: 100, voting: 100, inFavour: 50, against: 50), settings: .defaults))
                .passed)
        // A province's threshold is used.
        var settings = DemocracySettings()
        settings.values[.contributionThreshold] = 75
        #expect(
            try HamletVoteRules.outcome(
                matter: .contribution, method: .meeting, counts: .init(eligible: 200, voting: 200, inFavour: 149, against: 0), settings: settings
            ).required == 150)
    }

    @Test func impossibleVotesAreRefused() {
        func problem(_ counts: HamletVoteRules.Counts, _ matter: HamletMatter = .other, _ method: VoteMethod = .meeting) -> HamletVoteRules.Problem? {
            do {
                _ = try HamletVoteRules.outcome(matter: matter, method: method, counts: counts, settings: .defaults)
                return nil
            } catch let problem as HamletVoteRules.Problem { return problem } catch { return nil }
        }
        #expect(problem(.init(eligible: 100, voting: 101, inFavour: 90, against: 0)) == .moreVotersThanHouseholds)
        #expect(problem(.init(eligible: 100, voting: 80, inFavour: 60, against: 30)) == .moreAnswersThanVoters)
        #expect(problem(.init(eligible: 0, voting: 0, inFavour: 0, against: 0)) == .noHouseholds)
        #expect(problem(.init(eligible: 10, voting: -1, inFavour: 0, against: 0)) == .negative)
        // Online voting only for other self-managed matters.
        #expect(problem(.init(eligible: 10, voting: 10, inFavour: 10, against: 0), .contribution, .online) == .methodNotAllowed)
        #expect(problem(.init(eligible: 10, voting: 10, inFavour: 10, against: 0), .other, .online) == nil)
    }

    @Test func consultationsLastAtLeastTwentyDays() {
        let start = date("01/11/2026")
        #expect(ConsultationRules.periodProblem(start: start, end: date("20/11/2026"), settings: .defaults) == nil)
        #expect(ConsultationRules.periodProblem(start: start, end: date("19/11/2026"), settings: .defaults)?.contains("19 ngày") == true)
        #expect(ConsultationRules.periodProblem(start: start, end: date("31/10/2026"), settings: .defaults) != nil)
        #expect(ConsultationRules.earliestEnd(start: start, settings: .defaults) == date("20/11/2026"))
        #expect(ConsultationRules.isOpen(start: start, end: date("20/11/2026"), today: date("20/11/2026")))
        #expect(!ConsultationRules.isOpen(start: start, end: date("20/11/2026"), today: date("21/11/2026")))
    }

    @Test func everyFigureCitesItsArticle() {
        for figure in DemocracyFigure.allCases {
            #expect(figure.article.contains("Điều") || figure.article.contains("Nghị định"))
            #expect(DemocracySettings.defaults[figure] == figure.defaultValue)
        }
        #expect(DemocracySettings.defaults.days(.consultationMinimumDays) == 20)
        #expect(DemocracySettings.defaults.days(.inspectionAnswerDays) == 15)
    }
}

@Suite struct InspectionRulesTests {
    func date(_ text: String) -> CivilDate { CivilDate(vietnamese: text)! }

    @Test func theCommuneAnswersWithinFifteenDays() {
        let calendar = WorkingCalendar.vietnamDefault
        // Received Monday 02/11/2026: 15 days later is Tuesday 17/11.
        let due = InspectionRules.answerDue(receivedOn: date("02/11/2026"), settings: .defaults, calendar: calendar)
        #expect(due == date("17/11/2026"))
        // Received Thursday 05/11/2026: 15 days later is Friday 20/11; received Saturday 07/11: Sunday 22/11 moves to Monday 23/11.
        #expect(InspectionRules.answerDue(receivedOn: date("07/11/2026"), settings: .defaults, calendar: calendar) == date("23/11/2026"))
        #expect(InspectionRules.status(due: due, answeredOn: date("17/11/2026"), today: date("30/11/2026")) == .answeredOnTime)
        #expect(InspectionRules.status(due: due, answeredOn: date("18/11/2026"), today: date("30/11/2026")) == .answeredLate)
        #expect(InspectionRules.status(due: due, answeredOn: nil, today: date("17/11/2026")) == .open)
        #expect(InspectionRules.status(due: due, answeredOn: nil, today: date("18/11/2026")) == .overdue)
        var settings = DemocracySettings()
        settings.values[.inspectionAnswerDays] = 10
        #expect(InspectionRules.answerDue(receivedOn: date("02/11/2026"), settings: settings, calendar: calendar) == date("12/11/2026"))
    }
}

@Suite struct SatisfactionRulesTests {
    @Test func theSatisfactionRateCountsFoursAndFives() {
        let summary = SatisfactionRules.Summary(scores: [5, 4, 3, 1, 5, 2])
        #expect(summary.count == 6 && summary.satisfied == 3 && summary.rate == 50 && summary.average == 3.3)
        #expect(SatisfactionRules.Summary(scores: []).rate == nil)
        #expect(SatisfactionRules.isLow(2) && !SatisfactionRules.isLow(3))
        #expect(SatisfactionRules.label(5) == "Rất hài lòng" && SatisfactionRules.label(1) == "Rất không hài lòng")
    }
}
