/// Dân chủ ở cơ sở — the legal figures of Luật Thực hiện dân chủ ở cơ sở 2022 (Luật số 10/2022/QH15) and its decrees
/// (Nghị định 59/2023/NĐ-CP, 61/2023/NĐ-CP), each a setting tagged with its article and the version of the text it was
/// read from. The law was amended by Luật 47/2024/QH15 and Luật 97/2025/QH15 in ways not yet confirmed (DOMAIN.md §6.6),
/// so a province can re-point any figure without a new release.
public enum DemocracyFigure: String, CaseIterable, Sendable, Codable {
    /// Điều 12 khoản 3: publish no later than 05 working days after the decision or document.
    case publishWithinWorkingDays = "publish_within_working_days"
    /// Điều 13: items 1–3 and 5–12 posted at the commune office for at least 30 consecutive days.
    case minimumPostingDays = "minimum_posting_days"
    /// Điều 13 khoản 3: items 7–12 also on the commune loudspeakers for at least 03 consecutive days.
    case loudspeakerDays = "loudspeaker_days"
    /// Điều 21: contributions to public works and the collection and spending of contributions need ≥ 2/3 of ALL households
    /// of the hamlet (stored as a percentage of households, 66.67 meaning two thirds).
    case contributionThreshold = "contribution_threshold"
    /// Điều 21: every other matter needs more than 50 % of ALL households of the hamlet.
    case otherMatterThreshold = "other_matter_threshold"
    /// Điều 26–27: a consultation lasts at least 20 days from publication.
    case consultationMinimumDays = "consultation_minimum_days"
    /// Điều 40 (NĐ 59/2023 Điều 15): the commune answers the People's Inspection Board's recommendations within 15 days.
    case inspectionAnswerDays = "inspection_answer_days"
    /// NĐ 61/2023: the commune People's Committee recognises a hương ước, quy ước within 05 working days of a complete file.
    case conventionRecognitionWorkingDays = "convention_recognition_working_days"
    /// NĐ 61/2023: the draft of a hương ước, quy ước is posted for at least 30 days.
    case conventionDraftPostingDays = "convention_draft_posting_days"
    /// NĐ 61/2023: the file of an adopted hương ước, quy ước goes to the commune within 05 working days of its adoption.
    case conventionSubmissionWorkingDays = "convention_submission_working_days"

    /// The figure as the law states it, used until a province sets another.
    public var defaultValue: Double {
        switch self {
        case .publishWithinWorkingDays: return 5
        case .minimumPostingDays: return 30
        case .loudspeakerDays: return 3
        case .contributionThreshold: return 200.0 / 3.0
        case .otherMatterThreshold: return 50
        case .consultationMinimumDays: return 20
        case .inspectionAnswerDays: return 15
        case .conventionRecognitionWorkingDays: return 5
        case .conventionDraftPostingDays: return 30
        case .conventionSubmissionWorkingDays: return 5
        }
    }

    /// Where the figure comes from.
    public var article: String {
        switch self {
        case .publishWithinWorkingDays: return "Luật 10/2022/QH15, Điều 12 khoản 3"
        case .minimumPostingDays: return "Luật 10/2022/QH15, Điều 13"
        case .loudspeakerDays: return "Luật 10/2022/QH15, Điều 13 khoản 3"
        case .contributionThreshold: return "Luật 10/2022/QH15, Điều 21"
        case .otherMatterThreshold: return "Luật 10/2022/QH15, Điều 21"
        case .consultationMinimumDays: return "Luật 10/2022/QH15, Điều 26–27"
        case .inspectionAnswerDays: return "Luật 10/2022/QH15, Điều 40; Nghị định 59/2023/NĐ-CP, Điều 15"
        case .conventionRecognitionWorkingDays: return "Nghị định 61/2023/NĐ-CP"
        case .conventionDraftPostingDays: return "Nghị định 61/2023/NĐ-CP"
        case .conventionSubmissionWorkingDays: return "Nghị định 61/2023/NĐ-CP"
        }
    }

    /// The version of the text the default was read from.
    public static let defaultVersion = "Luật 10/2022/QH15 (bản 2022), NĐ 59/2023, NĐ 61/2023"

    public var label: String {
        switch self {
        case .publishWithinWorkingDays: return "Thời hạn công khai sau khi ban hành (ngày làm việc)"
        case .minimumPostingDays: return "Thời gian niêm yết tối thiểu (ngày)"
        case .loudspeakerDays: return "Thời gian phát trên hệ thống truyền thanh tối thiểu (ngày liên tục)"
        case .contributionThreshold: return "Tỷ lệ hộ tán thành — đóng góp xây dựng công trình, thu chi khoản đóng góp (%)"
        case .otherMatterThreshold: return "Tỷ lệ hộ tán thành — các nội dung khác (trên %)"
        case .consultationMinimumDays: return "Thời gian lấy ý kiến tối thiểu (ngày)"
        case .inspectionAnswerDays: return "Thời hạn trả lời kiến nghị của Ban Thanh tra nhân dân (ngày)"
        case .conventionRecognitionWorkingDays: return "Thời hạn công nhận hương ước, quy ước (ngày làm việc)"
        case .conventionDraftPostingDays: return "Thời gian niêm yết dự thảo hương ước, quy ước tối thiểu (ngày)"
        case .conventionSubmissionWorkingDays: return "Thời hạn gửi hồ sơ hương ước, quy ước đã thông qua lên xã (ngày làm việc)"
        }
    }
}

/// The figures in force: the defaults, overridden by what a province stored.
public struct DemocracySettings: Sendable, Equatable {
    public var values: [DemocracyFigure: Double]

    public init(values: [DemocracyFigure: Double] = [:]) { self.values = values }

    public static let defaults = DemocracySettings()

    public subscript(_ figure: DemocracyFigure) -> Double { values[figure] ?? figure.defaultValue }

    public func days(_ figure: DemocracyFigure) -> Int { Int(self[figure].rounded()) }
}
