import Testing

@testable import DanVanCore

@Suite struct ReportTimelinessTests {
    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func aReportSentOnItsDueDayIsOnTimeAndOneDayLaterIsLate() {
        #expect(!ReportTimeliness.isLate(sentOn: date("2026-06-15"), dueOn: date("2026-06-15")))
        #expect(ReportTimeliness.isLate(sentOn: date("2026-06-16"), dueOn: date("2026-06-15")))
        #expect(!ReportTimeliness.isLate(sentOn: date("2026-06-01"), dueOn: date("2026-06-15")))
    }

    @Test func eachStandingFollowsFromStatusDatesAndStoredLateness() {
        let today = date("2026-06-20")
        func of(_ status: ReportStatus, due: String, sent: String? = nil, late: Bool = false) -> ReportTimeliness {
            ReportTimeliness.of(status: status, dueOn: date(due), firstSentOn: sent.map(date), late: late, today: today)
        }
        #expect(of(.accepted, due: "2026-06-15", sent: "2026-06-15") == .onTime)
        #expect(of(.submitted, due: "2026-06-15", sent: "2026-06-18", late: true) == .late)
        // Returned for correction: returned until sent again, whatever its first lateness was.
        #expect(of(.returned, due: "2026-06-15", sent: "2026-06-18", late: true) == .returned)
        // Sent again after being returned, it keeps the lateness of its first sending.
        #expect(of(.submitted, due: "2026-06-15", sent: "2026-06-10", late: false) == .onTime)
        #expect(of(.pending, due: "2026-06-19") == .missing)
        #expect(of(.draft, due: "2026-06-19") == .missing, "a draft was not sent")
        #expect(of(.pending, due: "2026-06-20") == .dueSoon, "due today is not yet missing")
        #expect(of(.pending, due: "2026-07-04") == .dueSoon, "DueSoon.days (14) ahead")
        #expect(of(.pending, due: "2026-07-05") == .notYetDue)
    }

    @Test func missingIsDueDatePassedAndNothingSent() {
        let today = date("2026-06-20")
        #expect(ReportTimeliness.isMissing(firstSentOn: nil, dueOn: date("2026-06-19"), today: today))
        #expect(!ReportTimeliness.isMissing(firstSentOn: nil, dueOn: date("2026-06-20"), today: today))
        #expect(!ReportTimeliness.isMissing(firstSentOn: date("2026-06-25"), dueOn: date("2026-06-19"), today: today))
    }

    @Test func statusesAreStoredUnderTheirVietnameseCodesAndLabelled() {
        #expect(ReportStatus.allCases.map(\.rawValue) == ["chua_nop", "dang_soan", "cho_duyet", "tra_lai", "da_chap_nhan"])
        #expect(ReportVersionState.allCases.map(\.rawValue) == ["nhap", "da_nop", "tra_lai", "chap_nhan"])
        #expect(ReportStatus.accepted.label == "Đã chấp nhận" && ReportVersionState.accepted.label == "Đã chấp nhận")
        #expect(ReportStatus.returned.label == "Bị trả lại")
    }
}
