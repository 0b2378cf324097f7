import Testing

@testable import DanVanCore

@Suite struct ConventionRulesTests {
    func date(_ text: String) -> CivilDate { CivilDate(vietnamese: text)! }
    let calendar = WorkingCalendar.vietnamDefault

    @Test func eachStepIsAllowedFromOneStageOnly() {
        let allowed = ConventionStep.allCases.map { step in (step, ConventionStage.allCases.filter { ConventionRules.check(step, from: $0) == nil }) }
        #expect(allowed.map(\.1) == [[.drafting], [.posted], [.adopted], [.submitted], [.submitted]])
        let refused = ConventionRules.check(.recognise, from: .posted)
        #expect(refused?.code == "step_not_allowed" && refused!.message.contains("đang niêm yết dự thảo"))
        #expect(ConventionRules.stage(after: .vote, passed: true) == .adopted)
        #expect(ConventionRules.stage(after: .vote, passed: false) == .notAdopted)
        #expect(ConventionRules.stage(after: .refuse) == .refused)
        // A new draft waits until no version is on its way.
        #expect(ConventionStage.allCases.filter(\.inProgress) == [.drafting, .posted, .adopted, .submitted])
    }

    @Test func theResidentsVoteOnlyAfterTheDraftWasPostedThirtyDays() {
        let posted = date("01/10/2026")
        #expect(ConventionRules.earliestVote(postedFrom: posted, settings: .defaults) == date("31/10/2026"))
        let early = ConventionRules.voteProblem(postedFrom: posted, heldOn: date("30/10/2026"), today: date("20/11/2026"), settings: .defaults)
        #expect(early?.code == "convention_posting_too_short")
        #expect(early!.message.contains("29 ngày") && early!.message.contains("31/10/2026"))
        #expect(ConventionRules.voteProblem(postedFrom: posted, heldOn: date("31/10/2026"), today: date("20/11/2026"), settings: .defaults) == nil)
        #expect(
            ConventionRules.voteProblem(postedFrom: posted, heldOn: date("21/11/2026"), today: date("20/11/2026"), settings: .defaults)?.code
                == "impossible_date")
        // A province re-points the figure.
        var settings = DemocracySettings()
        settings.values[.conventionDraftPostingDays] = 45
        #expect(ConventionRules.voteProblem(postedFrom: posted, heldOn: date("31/10/2026"), today: date("20/11/2026"), settings: settings) != nil)
        // The vote goes through the hamlet-vote rules: more than 50 % of all households, at a meeting or by household ballot.
        #expect(ConventionRules.voteMatter.thresholdFigure == .otherMatterThreshold)
        #expect(ConventionRules.voteMatter.allowedMethods == [.meeting, .ballot])
    }

    @Test func theCommuneDecidesWithinFiveWorkingDays() {
        // Friday 20/11/2026: five working days later is Friday 27/11 (the weekend does not count).
        #expect(ConventionRules.recognitionDue(submittedOn: date("20/11/2026"), settings: .defaults, calendar: calendar) == date("27/11/2026"))
        #expect(ConventionRules.submissionDue(adoptedOn: date("20/11/2026"), settings: .defaults, calendar: calendar) == date("27/11/2026"))
        // Holidays do not count: 30/04 and 01/05/2026 are days off.
        let holidays = WorkingCalendar(holidays: [date("30/04/2026"), date("01/05/2026")])
        #expect(ConventionRules.recognitionDue(submittedOn: date("29/04/2026"), settings: .defaults, calendar: holidays) == date("08/05/2026"))
        let due = date("27/11/2026")
        #expect(ConventionRules.deadlineStatus(due: due, doneOn: date("27/11/2026"), today: date("01/12/2026")) == .doneOnTime)
        #expect(ConventionRules.deadlineStatus(due: due, doneOn: date("30/11/2026"), today: date("01/12/2026")) == .doneLate)
        #expect(ConventionRules.deadlineStatus(due: due, doneOn: nil, today: date("27/11/2026")) == .open)
        #expect(ConventionRules.deadlineStatus(due: due, doneOn: nil, today: date("28/11/2026")) == .overdue)
    }

    @Test func datesOfTheStepsAreChecked() {
        let today = date("20/11/2026")
        #expect(ConventionRules.postingProblem(draftedOn: date("01/10/2026"), postedFrom: date("30/09/2026"), today: today)?.code == "before_draft")
        #expect(ConventionRules.postingProblem(draftedOn: date("01/10/2026"), postedFrom: date("21/11/2026"), today: today)?.code == "future_date")
        #expect(ConventionRules.postingProblem(draftedOn: date("01/10/2026"), postedFrom: date("01/10/2026"), today: today) == nil)
        #expect(
            ConventionRules.submissionProblem(adoptedOn: date("10/11/2026"), submittedOn: date("09/11/2026"), today: today)?.code == "before_vote")
        #expect(
            ConventionRules.decisionProblem(
                submittedOn: date("10/11/2026"), decidedOn: date("12/11/2026"), effectiveOn: date("11/11/2026"), today: today)?.code
                == "effective_before_decision")
        #expect(
            ConventionRules.decisionProblem(submittedOn: date("10/11/2026"), decidedOn: date("09/11/2026"), effectiveOn: nil, today: today)?.code
                == "before_submission")
        #expect(
            ConventionRules.decisionProblem(
                submittedOn: date("10/11/2026"), decidedOn: date("12/11/2026"), effectiveOn: date("01/01/2027"), today: today) == nil)
    }

    @Test func theYearlyReviewIsDueFromEighteenNovember() {
        #expect(ConventionRules.reviewDay(year: 2026) == date("18/11/2026"))
        let effective = date("01/03/2025")
        #expect(ConventionRules.reviewStatus(reviewedYears: [], effectiveOn: effective, today: date("17/11/2026")) == .notYetDue)
        #expect(ConventionRules.reviewStatus(reviewedYears: [2025], effectiveOn: effective, today: date("18/11/2026")) == .missing)
        #expect(ConventionRules.reviewStatus(reviewedYears: [2026], effectiveOn: effective, today: date("18/11/2026")) == .done)
        // Recognised after this year's review day: first reviewed next year.
        #expect(ConventionRules.reviewStatus(reviewedYears: [], effectiveOn: date("19/11/2026"), today: date("20/11/2026")) == .notYetDue)
    }
}
