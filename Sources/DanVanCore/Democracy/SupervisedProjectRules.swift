/// Công trình được giám sát — an investment project in the commune that the Community Investment Supervision Board
/// follows (Luật 10/2022/QH15, Điều 41–45: giám sát đầu tư của cộng đồng): its progress updates and what the board found.
public enum ProjectUpdateKind: String, CaseIterable, Sendable, Codable {
    /// Tiến độ: how far the works are, in percent, with a note.
    case progress = "tien_do"
    /// Phát hiện: what the board found (a departure from the design, the quality, the budget …).
    case finding = "phat_hien"

    public var label: String {
        switch self {
        case .progress: return "Cập nhật tiến độ"
        case .finding: return "Phát hiện của Ban giám sát"
        }
    }
}

public enum SupervisedProjectRules {
    public enum Status: String, Sendable, Equatable {
        case notStarted = "chua_khoi_cong"
        case underway = "dang_thi_cong"
        case late = "cham_tien_do"
        case finished = "hoan_thanh"

        public var label: String {
            switch self {
            case .notStarted: return "Chưa khởi công"
            case .underway: return "Đang thi công"
            case .late: return "Quá thời hạn hoàn thành"
            case .finished: return "Đã hoàn thành"
            }
        }
    }

    /// The project's state on `today` from its planned dates and the latest progress reported (percent, nil if none).
    public static func status(start: CivilDate, end: CivilDate, latestPercent: Int?, today: CivilDate) -> Status {
        if (latestPercent ?? 0) >= 100 { return .finished }
        if today > end { return .late }
        if today < start && latestPercent == nil { return .notStarted }
        return .underway
    }

    /// What is wrong with a project as typed; empty when it may be saved. Budget in đồng.
    public static func problems(name: String, investor: String, budget: Int?, start: CivilDate?, end: CivilDate?) -> [String: String] {
        var problems: [String: String] = [:]
        if name.isEmpty || name.count > 500 { problems["name"] = "Vui lòng nhập tên công trình, dự án (tối đa 500 ký tự)." }
        if investor.isEmpty || investor.count > 300 { problems["investor"] = "Vui lòng nhập chủ đầu tư (tối đa 300 ký tự)." }
        if budget == nil || budget! < 0 { problems["budget"] = "Tổng mức đầu tư không hợp lệ; nhập số đồng, ví dụ 1.250.000.000." }
        if start == nil { problems["starts_on"] = "Ngày khởi công không hợp lệ; nhập theo dạng dd/mm/yyyy." }
        if end == nil { problems["ends_on"] = "Ngày hoàn thành dự kiến không hợp lệ; nhập theo dạng dd/mm/yyyy." }
        if let start, let end, end < start { problems["ends_on"] = "Ngày hoàn thành dự kiến không được trước ngày khởi công." }
        return problems
    }

    /// What is wrong with an update: a progress needs a percent from 0 to 100, not below the last one reported.
    public static func updateProblem(kind: ProjectUpdateKind, percent: Int?, previous: Int?, note: String) -> String? {
        if note.count > 5000 { return "Nội dung tối đa 5.000 ký tự." }
        switch kind {
        case .progress:
            guard let percent, (0...100).contains(percent) else { return "Tiến độ là số phần trăm từ 0 đến 100." }
            if let previous, percent < previous { return "Tiến độ không thể thấp hơn lần cập nhật trước (\(previous)%)." }
            return nil
        case .finding:
            return note.isEmpty ? "Vui lòng ghi nội dung phát hiện của Ban giám sát." : nil
        }
    }

    /// "1.250.000.000 đồng".
    public static func money(_ amount: Int) -> String { ReportFigures.format(Double(amount)) + " đồng" }
}
