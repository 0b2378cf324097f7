/// Nhắc công khai — the reminder ladder (`ReminderLadder`) applied to what a commune must publish in a window: a
/// quarterly category by the last day of its quarter, a yearly one by 31/12 (Luật 10/2022/QH15, Điều 11–13; the windows
/// are `DisclosureRules.Period.windows(for:)`). Permanent categories have no due day and items published on a decision
/// have none either: they are on the coordinator's grid, not on the ladder.
public enum DisclosureReminders {
    /// The windows whose last day can have a step of the ladder on `today`, each with the frequency it is for.
    public static func windows(today: CivilDate) -> [(frequency: DisclosureFrequency, period: DisclosureRules.Period)] {
        let range = ReminderLadder.dueWindow(today: today)
        var result: [(frequency: DisclosureFrequency, period: DisclosureRules.Period)] = []
        for year in [today.year - 1, today.year] {
            for quarter in 1...4 {
                let period = DisclosureRules.Period(year: year, quarter: quarter)
                if range.contains(period.end) { result.append((.quarterly, period)) }
            }
            let whole = DisclosureRules.Period(year: year)
            if range.contains(whole.end) { result.append((.yearly, whole)) }
        }
        return result
    }

    /// A stable key of the window, for the notification's event key: "2026-q3", "2026".
    public static func key(_ period: DisclosureRules.Period) -> String {
        period.quarter.map { "\(period.year)-q\($0)" } ?? String(period.year)
    }

    /// "Phường Tứ Hạ chưa công khai 2 loại thông tin của Quý III/2026: Dự toán…; Danh mục…; đã quá hạn 3 ngày (hạn 30/09/2026)."
    public static func text(communeName: String, categories: [DisclosureCategory], period: DisclosureRules.Period, today: CivilDate) -> String {
        let due = period.end
        let days = today.days(until: due)
        let state: String
        switch days {
        case 1...: state = "còn \(days) ngày đến hạn (\(due.vietnamese))"
        case 0: state = "hôm nay là hạn (\(due.vietnamese))"
        default: state = "đã quá hạn \(-days) ngày (hạn \(due.vietnamese))"
        }
        let names = categories.sorted { $0.sortOrder < $1.sortOrder }.map(\.title).joined(separator: "; ")
        return "\(communeName) chưa công khai \(categories.count) loại thông tin của \(period.label): \(names); \(state)."
    }
}
