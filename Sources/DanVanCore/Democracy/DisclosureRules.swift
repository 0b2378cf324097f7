/// The rules of công khai (Luật 10/2022/QH15, Điều 11–13): on time, long enough, and what a commune has not published.
public enum DisclosureRules {
    /// The last day an item may be published: `publishWithinWorkingDays` working days after the decision or document
    /// (Điều 12 khoản 3; the day of the decision itself is not counted).
    public static func deadline(decidedOn: CivilDate, settings: DemocracySettings, calendar: WorkingCalendar) -> CivilDate {
        calendar.addingWorkingDays(settings.days(.publishWithinWorkingDays), to: decidedOn)
    }

    /// Whether an item was published on time; an item without a decision date is on time.
    public static func isOnTime(decidedOn: CivilDate?, publishedOn: CivilDate, settings: DemocracySettings, calendar: WorkingCalendar) -> Bool {
        guard let decidedOn else { return true }
        return publishedOn <= deadline(decidedOn: decidedOn, settings: settings, calendar: calendar)
    }

    /// What the posting period says about an item.
    public enum PostingCheck: Equatable, Sendable {
        case ok
        /// Shorter than the category's minimum: allowed only with a reason, which is recorded.
        case shorterThanMinimum(days: Int, minimum: Int)
        /// The category is posted permanently, and this item has an end.
        case shouldBePermanent
        /// The end is before the start.
        case endBeforeStart

        public var needsReason: Bool {
            switch self {
            case .shorterThanMinimum, .shouldBePermanent: return true
            case .ok, .endBeforeStart: return false
            }
        }

        public var message: String? {
            switch self {
            case .ok: return nil
            case .shorterThanMinimum(let days, let minimum):
                return "Thời gian niêm yết \(days) ngày ngắn hơn tối thiểu \(minimum) ngày liên tục của loại thông tin này; vui lòng ghi lý do."
            case .shouldBePermanent:
                return "Loại thông tin này phải được niêm yết thường xuyên; có ngày kết thúc thì vui lòng ghi lý do."
            case .endBeforeStart:
                return "Ngày kết thúc niêm yết không được trước ngày bắt đầu."
            }
        }
    }

    /// Days of posting counted consecutively, both ends included (from 01/11 to 30/11 is 30 days).
    public static func postingDays(from start: CivilDate, to end: CivilDate) -> Int { start.days(until: end) + 1 }

    /// Checks the posting period of an item in `category`; `end == nil` means posted permanently.
    public static func checkPosting(start: CivilDate, end: CivilDate?, category: DisclosureCategory) -> PostingCheck {
        guard let end else { return .ok }
        if end < start { return .endBeforeStart }
        guard let minimum = category.minimumPostingDays else { return .shouldBePermanent }
        let days = postingDays(from: start, to: end)
        return days < minimum ? .shorterThanMinimum(days: days, minimum: minimum) : .ok
    }

    /// A period the coordinator looks at: a year, or one quarter of it.
    public struct Period: Sendable, Equatable {
        public let year: Int
        /// 1…4, or nil for the whole year.
        public let quarter: Int?

        public init(year: Int, quarter: Int? = nil) {
            self.year = year
            self.quarter = quarter.flatMap { (1...4).contains($0) ? $0 : nil }
        }

        public var start: CivilDate { CivilDate(year: year, month: (quarter.map { ($0 - 1) * 3 } ?? 0) + 1, day: 1)! }
        public var end: CivilDate {
            let month = quarter.map { $0 * 3 } ?? 12
            return CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
        }

        public var label: String {
            let roman = ["I", "II", "III", "IV"]
            return quarter.map { "Quý \(roman[$0 - 1])/\(year)" } ?? "Năm \(year)"
        }

        /// The windows in which a category of `frequency` needs one published item during this period.
        public func windows(for frequency: DisclosureFrequency) -> [Period] {
            switch frequency {
            case .quarterly: return quarter == nil ? (1...4).map { Period(year: year, quarter: $0) } : [self]
            case .yearly: return quarter == nil ? [self] : []
            case .permanent, .onEvent: return []
            }
        }
    }

    /// One published item as the missing-categories rule needs it.
    public struct Posting: Sendable, Equatable {
        public let category: String
        public let start: CivilDate
        /// nil: posted permanently.
        public let end: CivilDate?
        public let withdrawnOn: CivilDate?

        public init(category: String, start: CivilDate, end: CivilDate?, withdrawnOn: CivilDate? = nil) {
            self.category = category
            self.start = start
            self.end = end
            self.withdrawnOn = withdrawnOn
        }

        /// Whether the item is posted on `day`.
        public func isPosted(on day: CivilDate) -> Bool {
            start <= day && (end.map { day <= $0 } ?? true) && (withdrawnOn.map { day < $0 } ?? true)
        }
    }

    /// The state of one category of one commune for a period, as the coordinator's grid shows it.
    public enum Status: String, Sendable, Equatable {
        /// Published in every window of the period (or posted, for permanent categories).
        case published = "da_cong_khai"
        /// A window has ended without any item.
        case missing = "thieu"
        /// The window is still open and nothing is published yet.
        case pending = "chua_den_ky"
        /// Nothing is due in this period (published when there is a decision, or a yearly category in a quarter).
        case notRequired = "khong_bat_buoc"

        public var label: String {
            switch self {
            case .published: return "Đã công khai"
            case .missing: return "Chưa công khai"
            case .pending: return "Chưa đến hạn"
            case .notRequired: return "—"
            }
        }
    }

    /// The day a permanent category must have an item posted on, for `period` seen on `today`: the period's last day, or
    /// today while the period runs.
    public static func checkDay(period: Period, today: CivilDate) -> CivilDate { min(period.end, today) }

    /// Whether an item counts for the window its start falls in: a withdrawn item still counts, unless it was
    /// withdrawn the day it was posted.
    public static func countsForWindow(start: CivilDate, withdrawnOn: CivilDate?) -> Bool { withdrawnOn != start }

    /// All the status rule needs to know of one category of one commune in a period, so a database can reduce a
    /// commune's items to it (GROUP BY commune, category, month) instead of handing over every item.
    public struct Coverage: Sendable, Equatable {
        /// Months (1…12) of the period's year in which an item starts that counts for its window.
        public var months: Set<Int>
        /// Whether an item is posted on `checkDay(period:today:)`.
        public var postedOnCheckDay: Bool

        public init(months: Set<Int> = [], postedOnCheckDay: Bool = false) {
            self.months = months
            self.postedOnCheckDay = postedOnCheckDay
        }

        /// The coverage of one category's `postings` (already of that category) for `period` on `today`.
        public init(postings: [Posting], period: Period, today: CivilDate) {
            let day = DisclosureRules.checkDay(period: period, today: today)
            self.months = Set(
                postings.filter {
                    period.start <= $0.start && $0.start <= period.end
                        && DisclosureRules.countsForWindow(start: $0.start, withdrawnOn: $0.withdrawnOn)
                }.map(\.start.month))
            self.postedOnCheckDay = postings.contains { $0.isPosted(on: day) }
        }
    }

    /// The status of `category` for a commune whose items are `postings`, looking at `period` on `today`.
    /// A withdrawn item still counts for the window it was published in, unless it was withdrawn the day it was posted;
    /// a permanent category needs an item still posted on the period's last day (or today).
    public static func status(of category: DisclosureCategory, postings: [Posting], period: Period, today: CivilDate) -> Status {
        let own = postings.filter { $0.category == category.code }
        return status(of: category, coverage: Coverage(postings: own, period: period, today: today), period: period, today: today)
    }

    /// The status of `category` from what the commune's items cover (see `Coverage`); the one place the rule lives.
    public static func status(of category: DisclosureCategory, coverage: Coverage, period: Period, today: CivilDate) -> Status {
        if category.frequency == .permanent {
            guard period.start <= today else { return .pending }
            return coverage.postedOnCheckDay ? .published : .missing
        }
        let windows = period.windows(for: category.frequency)
        guard !windows.isEmpty else { return .notRequired }
        var result = Status.published
        for window in windows {
            if coverage.months.contains(where: { (window.start.month...window.end.month).contains($0) }) { continue }
            if window.end < today { return .missing }
            result = .pending
        }
        return result
    }

    /// The categories a commune has not published in `period` (status `.missing`), in the list's order.
    public static func missing(categories: [DisclosureCategory], postings: [Posting], period: Period, today: CivilDate) -> [DisclosureCategory] {
        categories.sorted { $0.sortOrder < $1.sortOrder }.filter { status(of: $0, postings: postings, period: period, today: today) == .missing }
    }
}
