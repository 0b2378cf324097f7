/// Report periods and due rules in the words people use, both ways: shown on every page and export, and read back from
/// what a person types on the review page ("6 tháng", "ngày 20 tháng 5"). The one vocabulary for periods.
extension ReportPeriod {
    /// "Hằng tháng", "Hằng quý", "6 tháng", "Hằng năm", "Đột xuất".
    public var label: String {
        switch self {
        case .monthly: return "Hằng tháng"
        case .quarterly: return "Hằng quý"
        case .semiannual: return "6 tháng"
        case .annual: return "Hằng năm"
        case .adhoc: return "Đột xuất"
        }
    }

    /// The label of a stored period name; an unknown name is shown as stored.
    public static func label(of stored: String) -> String {
        ReportPeriod(rawValue: stored)?.label ?? stored
    }

    /// The period a person typed, with or without diacritics, or its stored name.
    public init?(typed: String) {
        let key = VietnameseText.searchKey(typed)
        if let stored = ReportPeriod(rawValue: key) {
            self = stored
            return
        }
        let words = Set(key.split(separator: " ").map(String.init))
        if key.contains("6 thang") || key.contains("sau thang") || key.contains("nua nam") {
            self = .semiannual
        } else if words.contains("quy") {
            self = .quarterly
        } else if words.contains("nam") {
            self = .annual
        } else if words.contains("thang") {
            self = .monthly
        } else if key.contains("dot xuat") || key.contains("khi co yeu cau") {
            self = .adhoc
        } else {
            return nil
        }
    }
}

extension DueRule {
    /// "ngày 15 hằng tháng", "ngày 20 tháng thứ ba của quý", "ngày 20 tháng 5".
    public var label: String {
        switch self {
        case .dayOfMonth(let day): return "ngày \(day) hằng tháng"
        case .dayOfQuarterMonth(let day, 3): return "ngày \(day) tháng cuối quý"
        case .dayOfQuarterMonth(let day, let month): return "ngày \(day) tháng thứ \(month == 1 ? "nhất" : "hai") của quý"
        case .dayOfYear(let month, let day): return "ngày \(day) tháng \(month)"
        }
    }

    /// The stored form, "day_of_month:15", "day_of_quarter_month:20:3", "day_of_year:5:20".
    public var stored: String {
        switch self {
        case .dayOfMonth(let day): return "day_of_month:\(day)"
        case .dayOfQuarterMonth(let day, let month): return "day_of_quarter_month:\(day):\(month)"
        case .dayOfYear(let month, let day): return "day_of_year:\(month):\(day)"
        }
    }

    /// The words of a stored rule, "—" when there is none.
    public static func label(of stored: String?) -> String {
        stored.flatMap(DueRule.init(typed:))?.label ?? "—"
    }

    /// A rule as typed ("ngày 20 tháng 5", "20/5", "15 hằng tháng", "ngày 20 tháng cuối quý") or in its stored form.
    public init?(typed: String) {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: ":")
        let numbers = parts.dropFirst().compactMap { Int($0) }
        switch (parts.first, numbers.count) {
        case ("day_of_month"?, 1): self = .dayOfMonth(numbers[0])
        case ("day_of_quarter_month"?, 2): self = .dayOfQuarterMonth(day: numbers[0], monthOfQuarter: numbers[1])
        case ("day_of_year"?, 2): self = .dayOfYear(month: numbers[0], day: numbers[1])
        default:
            let key = VietnameseText.searchKey(text)
            let values = key.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard let day = values.first else { return nil }
            if key.contains("quy") {
                let month =
                    key.contains("cuoi") || key.contains("thu ba") || key.contains("thu 3")
                    ? 3
                    : key.contains("thu hai") || key.contains("thu 2") ? 2 : 1
                self = .dayOfQuarterMonth(day: day, monthOfQuarter: month)
            } else if key.contains("hang thang") || key.contains("moi thang") || (values.count == 1 && key.contains("thang") == false) {
                self = .dayOfMonth(day)
            } else if values.count >= 2 {
                self = .dayOfYear(month: values[1], day: day)
            } else {
                return nil
            }
        }
        guard isValid else { return nil }
    }

    private var isValid: Bool {
        switch self {
        case .dayOfMonth(let day): return (1...31).contains(day)
        case .dayOfQuarterMonth(let day, let month): return (1...31).contains(day) && (1...3).contains(month)
        case .dayOfYear(let month, let day): return (1...12).contains(month) && (1...31).contains(day)
        }
    }
}
