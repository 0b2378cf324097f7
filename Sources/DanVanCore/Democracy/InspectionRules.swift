/// Kiểm tra, giám sát (Luật 10/2022/QH15, Điều 36–45): recommendations of the People's Inspection Board and of the Community
/// Investment Supervision Board, which the commune must answer within `inspectionAnswerDays` (Điều 40; NĐ 59/2023 Điều 15).
public enum InspectionBoard: String, CaseIterable, Sendable, Codable {
    /// Ban Thanh tra nhân dân (Điều 36–40).
    case peoplesInspection = "ban_thanh_tra_nhan_dan"
    /// Ban Giám sát đầu tư của cộng đồng (Điều 41–45).
    case investmentSupervision = "ban_giam_sat_dau_tu"

    public var label: String {
        switch self {
        case .peoplesInspection: return "Ban Thanh tra nhân dân"
        case .investmentSupervision: return "Ban Giám sát đầu tư của cộng đồng"
        }
    }
}

public enum InspectionRules {
    /// The last day of the answer: `inspectionAnswerDays` days after receipt; a period ending on a day off ends on the next
    /// working day (Bộ luật Dân sự 2015, Điều 148 khoản 5).
    public static func answerDue(receivedOn: CivilDate, settings: DemocracySettings, calendar: WorkingCalendar) -> CivilDate {
        calendar.addingCalendarDays(settings.days(.inspectionAnswerDays), to: receivedOn)
    }

    public enum Status: String, Sendable, Equatable {
        case answeredOnTime = "tra_loi_dung_han"
        case answeredLate = "tra_loi_cham"
        case open = "chua_tra_loi"
        case overdue = "qua_han"

        public var label: String {
            switch self {
            case .answeredOnTime: return "Đã trả lời đúng hạn"
            case .answeredLate: return "Đã trả lời, chậm hạn"
            case .open: return "Chưa trả lời, còn hạn"
            case .overdue: return "Quá hạn chưa trả lời"
            }
        }
    }

    public static func status(due: CivilDate, answeredOn: CivilDate?, today: CivilDate) -> Status {
        if let answeredOn { return answeredOn <= due ? .answeredOnTime : .answeredLate }
        return today > due ? .overdue : .open
    }
}
