import Testing

@testable import DanVanCore

@Suite struct DeadlineTests {
    let calendar = WorkingCalendar.vietnamDefault
    let profiles = DeadlineProfiles.defaults

    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func complaintFirstInstance() {
        let profile = profiles.current(for: .complaint, instance: .first)
        let accepted = date("2024-03-01")
        #expect(profile.acceptDue(receivedOn: date("2024-02-20"), conditions: .init(), calendar: calendar) == date("2024-03-01"))
        // 30 days land on Sunday 31/03: the period ends on Monday.
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(), calendar: calendar) == date("2024-04-01"))
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(isComplex: true), calendar: calendar) == date("2024-04-15"))
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(isRemote: true), calendar: calendar) == date("2024-04-15"))
        // 60 days land on 30/04, then 01/05: both holidays.
        #expect(
            profile.resolveDue(acceptedOn: accepted, conditions: .init(isComplex: true, isRemote: true), calendar: calendar) == date("2024-05-02"))
        #expect(profile.resolve.citation == "Luật Khiếu nại 2011, Điều 28")
    }

    @Test func complaintSecondInstance() {
        let profile = profiles.current(for: .complaint, instance: .second)
        let accepted = date("2024-06-03")
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(), calendar: calendar) == date("2024-07-18"))
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(isComplex: true), calendar: calendar) == date("2024-08-02"))
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(isRemote: true), calendar: calendar) == date("2024-08-02"))
        #expect(
            profile.resolveDue(acceptedOn: accepted, conditions: .init(isComplex: true, isRemote: true), calendar: calendar) == date("2024-08-12"))
        #expect(!profile.accept.isConfirmed)
        #expect(profile.accept.summary.contains("có thể điều chỉnh"))
    }

    @Test func denunciationExtensionsByDecision() {
        let profile = profiles.current(for: .denunciation, instance: .first)
        let accepted = date("2024-07-01")
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(), calendar: calendar) == date("2024-07-31"))
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(extensions: 1), calendar: calendar) == date("2024-08-30"))
        // The second extension ends on Sunday 29/09.
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(extensions: 2), calendar: calendar) == date("2024-09-30"))
        #expect(profile.resolveDue(acceptedOn: accepted, conditions: .init(extensions: 3), calendar: calendar) == date("2024-09-30"))
        #expect(profile.canExtend(after: 1))
        #expect(!profile.canExtend(after: 2))
        #expect(!profiles.current(for: .complaint, instance: .first).canExtend(after: 0))
    }

    @Test func denunciationIntakeCountsWorkingDaysAcrossTet() {
        let profile = profiles.current(for: .denunciation, instance: .first)
        #expect(profile.acceptDue(receivedOn: date("2024-02-06"), conditions: .init(), calendar: calendar) == date("2024-02-22"))
    }

    @Test func receptionAnswerWithinTenWorkingDays() {
        // Received at a reception on 25/04/2024; 29/04–01/05 are off.
        #expect(DeadlineProfiles.receptionAnswer.due(from: date("2024-04-25"), conditions: .init(), calendar: calendar) == date("2024-05-14"))
    }

    @Test func theStrictestKindGoverns() {
        #expect(PetitionKind.governing([.feedback, .complaint]) == .complaint)
        #expect(PetitionKind.governing([.complaint, .denunciation]) == .denunciation)
        #expect(PetitionKind.decode(PetitionKind.encode([.feedback, .denunciation])) == [.denunciation, .feedback])
        #expect(profiles.current(for: .feedback, instance: .second).id == "phan_anh/lan_dau/tt05-2021-v2")
    }

    /// Which steps DOMAIN.md §3 confirms: Luật Khiếu nại Điều 27, 28, 37 and Luật Tố cáo Điều 30 are confirmed there;
    /// Điều 36 (thụ lý lần hai), the 10 working days of Luật Tố cáo Điều 24 and Thông tư 05/2021 are marked UNCONFIRMED.
    @Test func eachDefaultIsFlaggedAsDomainConfirmsIt() {
        func flags(_ kind: PetitionKind, _ instance: PetitionInstance) -> [Bool] {
            let profile = profiles.current(for: kind, instance: instance)
            return [profile.accept.isConfirmed, profile.resolve.isConfirmed]
        }
        #expect(flags(.complaint, .first) == [true, true])
        #expect(flags(.complaint, .second) == [false, true])
        #expect(flags(.denunciation, .first) == [false, true])
        #expect(flags(.recommendation, .first) == [false, false])
        #expect(flags(.feedback, .first) == [false, false])
    }

    @Test func generalFeedbackIsNotTimedByTheDecreeOnAdministrativeRegulations() {
        for kind in [PetitionKind.recommendation, .feedback] {
            let current = profiles.current(for: kind, instance: .first)
            #expect(current.id.hasSuffix("-v2"))
            #expect(!current.resolve.citation.hasPrefix("Nghị định 20/2008"))
            #expect(current.resolve.summary.contains("chưa có căn cứ pháp lý") && current.resolve.summary.contains("chưa đối chiếu"))
            // The days do not change, so a case opened under either version has the same deadline.
            let v1 = DeadlineProfiles.vietnam.current(for: kind, instance: .first)
            #expect(current.resolve.days == v1.resolve.days && current.accept == v1.accept)
        }
    }

    /// Migration 006 loads `vietnam` as version 1: it must stay what was shipped.
    @Test func versionOneIsFrozenHistory() {
        let v1 = DeadlineProfiles.vietnam
        #expect(v1.all.count == 5 && v1.all.allSatisfy { $0.id.hasSuffix("-v1") })
        #expect(v1.current(for: .feedback, instance: .first).resolve.citation == "Nghị định 20/2008/NĐ-CP")
        #expect(DeadlineProfiles.defaults.all.prefix(5).elementsEqual(v1.all))
    }

    @Test func aNewProfileVersionLeavesOldCasesAlone() {
        let old = profiles.current(for: .complaint, instance: .first)
        let edited = DeadlineProfile(
            id: "khieu_nai/lan_dau/2011-v2", kind: .complaint, instance: .first, accept: old.accept,
            resolve: StepRule(days: 20, counting: .calendar, citation: old.resolve.citation))
        let newer = DeadlineProfiles(all: profiles.all + [edited])
        #expect(newer.current(for: .complaint, instance: .first).id == "khieu_nai/lan_dau/2011-v2")
        #expect(newer.profile(id: old.id) == old)
    }

    @Test func statusCountsDaysLeft() {
        let due = date("2024-04-01")
        #expect(DeadlineStatus(due: due, today: date("2024-04-03")).label == "Quá hạn 2 ngày")
        #expect(DeadlineStatus(due: due, today: date("2024-04-01")).label == "Hôm nay là hạn cuối")
        #expect(DeadlineStatus(due: due, today: date("2024-03-29")).isDueSoon)
        #expect(!DeadlineStatus(due: due, today: date("2024-03-01")).isDueSoon)
    }
}
