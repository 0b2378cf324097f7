import Testing

@testable import DanVanCore

@Suite struct ReminderLadderTests {
    let due = CivilDate(iso: "2026-05-15")!

    func step(daysFromDue offset: Int, submitted: Bool = false) -> String? {
        ReminderLadder.step(due: due, today: due.adding(days: offset), submitted: submitted)?.key
    }

    @Test func stepsBeforeTheDueDate() {
        #expect(step(daysFromDue: -8) == nil)
        #expect(step(daysFromDue: -7) == "truoc-7")
        #expect(step(daysFromDue: -3) == "truoc-3")
        #expect(step(daysFromDue: -1) == "truoc-1")
        #expect(step(daysFromDue: 0) == "dung-han")
    }

    @Test func everyThreeDaysOverdue() {
        #expect(step(daysFromDue: 3) == "qua-3")
        #expect(step(daysFromDue: 6) == "qua-6")
        #expect(step(daysFromDue: 9) == "qua-9")
        #expect(step(daysFromDue: 30) == "qua-30")
    }

    @Test func daysBetweenRungsKeepTheLatestRungSoAMissedRunIsCaughtUpOnce() {
        // The job did not run on the 8th: on the 10th the latest rung (truoc-7) is the one step that fires.
        #expect(step(daysFromDue: -5) == "truoc-7")
        #expect(step(daysFromDue: -2) == "truoc-3")
        #expect(step(daysFromDue: 1) == "dung-han")
        // A week's outage after the due date: one step (qua-6), not dung-han, qua-3 and qua-6 together.
        #expect(step(daysFromDue: 7) == "qua-6")
        #expect(step(daysFromDue: 8) == "qua-6")
    }

    @Test func submittedReportsAndLongOverdueOnesAreNotChased() {
        #expect(step(daysFromDue: -3, submitted: true) == nil)
        #expect(step(daysFromDue: 9, submitted: true) == nil)
        #expect(step(daysFromDue: ReminderLadder.maximumOverdueDays) != nil)
        #expect(step(daysFromDue: ReminderLadder.maximumOverdueDays + 1) == nil)
    }

    @Test func escalatesOnlyAfterSevenDaysOverdue() {
        #expect(ReminderStep(key: "qua-6")?.escalates == false)
        #expect(ReminderStep(key: "qua-9")?.escalates == true)
        #expect(ReminderStep(key: "dung-han")?.escalates == false)
        #expect(ReminderStep(key: "truoc-7")?.escalates == false)
    }

    @Test func keysRoundTrip() {
        for offset in [-7, -3, -1, 0, 3, 6, 9, 90] {
            let step = ReminderStep(offset: offset)
            #expect(ReminderStep(key: step.key) == step)
        }
        #expect(ReminderStep(key: "qua-0") == nil)
        #expect(ReminderStep(key: "sau-3") == nil)
    }

    @Test func windowCoversEveryDueDateThatCanHaveAStep() {
        let today = CivilDate(iso: "2026-05-20")!
        let window = ReminderLadder.dueWindow(today: today)
        #expect(window.lowerBound == today.adding(days: -ReminderLadder.maximumOverdueDays))
        #expect(window.upperBound == CivilDate(iso: "2026-05-27")!)
    }

    @Test func messagesCountFromTheDayTheyAreSent() {
        let before = ReminderMessage.text(periodLabel: "Tháng 5/2026", unitName: "Phòng Nội vụ", due: due, today: due.adding(days: -3))
        #expect(before == "Báo cáo Tháng 5/2026 của Phòng Nội vụ: còn 3 ngày đến hạn nộp (15/05/2026).")
        let late = ReminderMessage.text(periodLabel: "Tháng 5/2026", unitName: "Phòng Nội vụ", due: due, today: due.adding(days: 6))
        #expect(late == "Báo cáo Tháng 5/2026 của Phòng Nội vụ: đã quá hạn 6 ngày (hạn 15/05/2026).")
        let today = ReminderMessage.text(periodLabel: "Quý II/2026", unitName: "Xã A", due: due, today: due)
        #expect(today.contains("hôm nay là hạn nộp (15/05/2026)"))
    }
}
