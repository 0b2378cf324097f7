/// Tình trạng thực hiện — how far a unit has got with its part of a task.
public enum AssignmentStatus: String, Codable, CaseIterable, Sendable {
    case notStarted = "chua_thuc_hien"
    case inProgress = "dang_thuc_hien"
    case done = "hoan_thanh"

    public var label: String {
        switch self {
        case .notStarted: return "Chưa thực hiện"
        case .inProgress: return "Đang thực hiện"
        case .done: return "Hoàn thành"
        }
    }

    /// Quá hạn: not done and past its due date (an assignment without a due date is never overdue). ISO dates compare
    /// as text, so lists that read plain rows use it as they are.
    public func isOverdue(dueOn: String?, today: String) -> Bool {
        self != .done && (dueOn.map { $0 < today } ?? false)
    }
}
