import Testing

@testable import DanVanCore

@Suite struct AssignmentStatusTests {
    @Test func anAssignmentIsOverdueWhenNotDoneAndPastItsDueDate() {
        let today = "2026-06-20"
        #expect(AssignmentStatus.inProgress.isOverdue(dueOn: "2026-06-19", today: today))
        #expect(AssignmentStatus.notStarted.isOverdue(dueOn: "2026-06-19", today: today))
        #expect(!AssignmentStatus.inProgress.isOverdue(dueOn: "2026-06-20", today: today), "due today is not overdue")
        #expect(!AssignmentStatus.done.isOverdue(dueOn: "2026-01-01", today: today))
        #expect(!AssignmentStatus.notStarted.isOverdue(dueOn: nil, today: today), "no due date, never overdue")
        #expect(AssignmentStatus.allCases.map(\.rawValue) == ["chua_thuc_hien", "dang_thuc_hien", "hoan_thanh"])
    }
}
