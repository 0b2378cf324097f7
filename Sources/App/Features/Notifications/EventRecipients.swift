/// Who is told of which event — one place for the rule, tested in `EventNoticeTests`.
/// Everyone chosen is an active user of the event's unit(s) with one of these roles; the person who acted is left out.
enum EventRecipients {
    /// Those who write a unit's reports and carry out its tasks (Thanh tra reports and carries out tasks too).
    static let unitWriters: [Role] = [.unitOfficer, .coordinator, .inspector]
    /// Those who may resolve a petition assigned to their unit (`PetitionAccess.canResolve`), and the inspectorate's own.
    static let petitionHandlers: [Role] = [.unitOfficer, .inspector]
    /// Those who review the reports a unit receives (`ReportSubmission.canReview`).
    static let reviewers: [Role] = [.coordinator]

    static func roles(for event: EventNotice.Event) -> [Role] {
        switch event {
        case .reportReturned, .reportAccepted: return unitWriters  // of the reporting unit
        case .reportResubmitted: return reviewers  // of the receiving unit
        case .taskAssigned: return unitWriters  // of the assigned unit
        case .petitionAssigned, .petitionOverdue: return petitionHandlers  // of the handling unit
        }
    }
}
