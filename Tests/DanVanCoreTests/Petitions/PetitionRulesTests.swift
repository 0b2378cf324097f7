import Testing

@testable import DanVanCore

@Suite struct PetitionRulesTests {
    @Test func statusesMoveOnlyForward() {
        #expect(PetitionStatus.received.canMove(to: .classified))
        #expect(!PetitionStatus.received.canMove(to: .accepted))
        #expect(PetitionStatus.classified.canMove(to: .filed))
        #expect(PetitionStatus.filed.needsReason)
        #expect(!PetitionStatus.resolved.canMove(to: .beingResolved))
        #expect(PetitionStatus.closed.next.isEmpty)
    }

    @Test func trackingCodesAreForgivingToType() {
        var generator = SystemRandomNumberGenerator()
        let code = TrackingCode.make(using: &generator)
        #expect(TrackingCode.normalize(code) == code)
        #expect(TrackingCode.normalize("dv 23456 789ab") == "DV-23456-789AB")
        #expect(TrackingCode.normalize("DV-00000-11111") == nil)
        #expect(TrackingCode.normalize("<script>") == nil)
    }

    @Test func similarityIgnoresAccents() {
        #expect(TextSimilarity.score("Đề nghị bồi thường đất thổ cư", "de nghi boi thuong dat tho cu") == 1)
        #expect(TextSimilarity.score("Ô nhiễm tiếng ồn", "Bồi thường đất") == 0)
        #expect(TextSimilarity.score("Bồi thường đất ruộng", "bồi thường đất vườn") > 0.5)
    }
}

@Suite struct ReceptionRecurrenceTests {
    let calendar = WorkingCalendar.vietnamDefault

    @Test func weeklyOnThursday() {
        let dates = ReceptionRecurrence(frequency: .weekly, day: 4).upcoming(from: CivilDate(iso: "2024-04-22")!, count: 3, calendar: calendar)
        #expect(dates.map(\.iso) == ["2024-04-25", "2024-05-02", "2024-05-09"])
    }

    @Test func monthlyMovesOffHolidays() {
        // 15/02/2026 is a Sunday in the Tết break; the reception moves to Monday 23/02.
        let dates = ReceptionRecurrence(frequency: .monthly, day: 15).upcoming(from: CivilDate(iso: "2026-01-20")!, count: 2, calendar: calendar)
        #expect(dates.map(\.iso) == ["2026-02-23", "2026-03-16"])
        #expect(ReceptionRecurrence(frequency: .weekly, day: 4).label == "Thứ Năm hằng tuần")
    }
}
