/// Cách tính ngày — calendar days ("ngày") or working days ("ngày làm việc"), chosen per step as the law words it.
public enum DayCounting: String, Codable, Sendable {
    case calendar = "ngay"
    case working = "ngay_lam_viec"

    public var label: String { self == .calendar ? "ngày" : "ngày làm việc" }
}

/// Điều kiện vụ việc — what lengthens a time limit: complexity, a remote area, recorded extensions.
public struct CaseConditions: Sendable, Hashable {
    public var isComplex: Bool
    public var isRemote: Bool
    public var extensions: Int

    public init(isComplex: Bool = false, isRemote: Bool = false, extensions: Int = 0) {
        self.isComplex = isComplex
        self.isRemote = isRemote
        self.extensions = extensions
    }
}

/// Thời hạn một bước — one step's limit with its complex and remote-area variants and the article it comes from.
public struct StepRule: Sendable, Hashable {
    public let days: Int
    public let complexDays: Int
    public let remoteDays: Int
    public let remoteComplexDays: Int
    public let counting: DayCounting
    public let citation: String
    /// False for values DOMAIN.md marks UNCONFIRMED: shown as editable defaults.
    public let isConfirmed: Bool

    public init(
        days: Int, complexDays: Int? = nil, remoteDays: Int? = nil, remoteComplexDays: Int? = nil,
        counting: DayCounting, citation: String, isConfirmed: Bool = true
    ) {
        self.days = days
        self.complexDays = complexDays ?? days
        self.remoteDays = remoteDays ?? days
        self.remoteComplexDays = remoteComplexDays ?? complexDays ?? remoteDays ?? days
        self.counting = counting
        self.citation = citation
        self.isConfirmed = isConfirmed
    }

    public func days(for conditions: CaseConditions) -> Int {
        switch (conditions.isComplex, conditions.isRemote) {
        case (false, false): return days
        case (true, false): return complexDays
        case (false, true): return remoteDays
        case (true, true): return remoteComplexDays
        }
    }

    public func due(from start: CivilDate, conditions: CaseConditions, calendar: WorkingCalendar) -> CivilDate {
        Self.count(days(for: conditions), counting, from: start, calendar: calendar)
    }

    static func count(_ days: Int, _ counting: DayCounting, from start: CivilDate, calendar: WorkingCalendar) -> CivilDate {
        switch counting {
        case .calendar: return calendar.addingCalendarDays(days, to: start)
        case .working: return calendar.addingWorkingDays(days, to: start)
        }
    }

    /// "30 ngày (phức tạp 45 ngày) — Luật Khiếu nại 2011, Điều 28", for pages that cite the law.
    public var summary: String {
        var text = "\(days) \(counting.label)"
        if complexDays != days { text += "; phức tạp \(complexDays)" }
        if remoteDays != days { text += "; vùng sâu, vùng xa \(remoteDays)" }
        if remoteComplexDays != complexDays && remoteComplexDays != remoteDays { text += "; vùng sâu, vùng xa phức tạp \(remoteComplexDays)" }
        return text + " — theo " + citation + (isConfirmed ? "" : " (giá trị mặc định, chưa đối chiếu văn bản)") + "; có thể điều chỉnh"
    }
}

/// Gia hạn — how many times and by how much a resolution may be extended, each by a recorded decision.
public struct ExtensionRule: Sendable, Hashable {
    public let maxCount: Int
    public let days: Int
    public let citation: String

    public init(maxCount: Int, days: Int, citation: String) {
        self.maxCount = maxCount
        self.days = days
        self.citation = citation
    }
}

/// Hồ sơ thời hạn — the time limits for one kind and instance of petition. Each version has its own `id`,
/// which a case stores, so a later edit never changes the deadlines of cases already running.
public struct DeadlineProfile: Sendable, Hashable, Identifiable {
    public let id: String
    public let kind: PetitionKind
    public let instance: PetitionInstance
    /// Thụ lý (or, for kiến nghị and phản ánh, xử lý đơn): counted from the day of receipt.
    public let accept: StepRule
    /// Giải quyết: counted from the day of thụ lý.
    public let resolve: StepRule
    public let extensions: ExtensionRule?

    public init(id: String, kind: PetitionKind, instance: PetitionInstance, accept: StepRule, resolve: StepRule, extensions: ExtensionRule? = nil) {
        self.id = id
        self.kind = kind
        self.instance = instance
        self.accept = accept
        self.resolve = resolve
        self.extensions = extensions
    }

    public func acceptDue(receivedOn: CivilDate, conditions: CaseConditions, calendar: WorkingCalendar) -> CivilDate {
        accept.due(from: receivedOn, conditions: conditions, calendar: calendar)
    }

    /// The resolution due date, each recorded extension adding its days after the previous due date.
    public func resolveDue(acceptedOn: CivilDate, conditions: CaseConditions, calendar: WorkingCalendar) -> CivilDate {
        var due = resolve.due(from: acceptedOn, conditions: conditions, calendar: calendar)
        if let extensions {
            for _ in 0..<min(conditions.extensions, extensions.maxCount) {
                due = calendar.addingCalendarDays(extensions.days, to: due)
            }
        }
        return due
    }

    /// Whether one more extension is allowed after `used` ones.
    public func canExtend(after used: Int) -> Bool {
        guard let extensions else { return false }
        return used < extensions.maxCount
    }
}
