/// Lời nhắc — the Vietnamese sentence of a reminder, counted from the day it is sent.
public enum ReminderMessage {
    /// "Báo cáo Tháng 5/2026 của Phòng Nội vụ: còn 3 ngày đến hạn nộp (15/05/2026)."
    public static func text(periodLabel: String, unitName: String, due: CivilDate, today: CivilDate) -> String {
        let days = today.days(until: due)
        let state: String
        switch days {
        case 1...: state = "còn \(days) ngày đến hạn nộp (\(due.vietnamese))"
        case 0: state = "hôm nay là hạn nộp (\(due.vietnamese))"
        default: state = "đã quá hạn \(-days) ngày (hạn \(due.vietnamese))"
        }
        return "Báo cáo \(periodLabel) của \(unitName): \(state)."
    }

    /// The e-mail subject: short, names the report and the urgency.
    public static func subject(periodLabel: String, unitName: String, due: CivilDate, today: CivilDate) -> String {
        let days = today.days(until: due)
        let urgency = days > 0 ? "Nhắc hạn nộp báo cáo" : days == 0 ? "Hôm nay hạn nộp báo cáo" : "Quá hạn nộp báo cáo"
        return "[DanVan] \(urgency) \(periodLabel) – \(unitName)"
    }
}
