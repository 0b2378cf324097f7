/// Hương ước, quy ước (Nghị định 61/2023/NĐ-CP; Luật 10/2022/QH15, Điều 15 khoản 3): a community's convention is drafted
/// by the hamlet head with the Front's hamlet committee, its draft posted for at least `conventionDraftPostingDays`,
/// adopted by the residents through a hamlet vote (more than 50 % of ALL households, Điều 21), sent to the commune within
/// `conventionSubmissionWorkingDays` working days, and recognised — or refused with reasons — by the commune People's
/// Committee within `conventionRecognitionWorkingDays` working days of a complete file; it takes effect from that decision.
/// Amendments go through the same steps; every convention is reviewed once a year, around 18 November.
public enum ConventionKind: String, CaseIterable, Sendable, Codable {
    /// Of a village (thôn, làng, ấp, bản…).
    case huongUoc = "huong_uoc"
    /// Of a residential group (tổ dân phố) or another community.
    case quyUoc = "quy_uoc"

    public var label: String {
        switch self {
        case .huongUoc: return "Hương ước"
        case .quyUoc: return "Quy ước"
        }
    }
}

/// Where one version (the first text or an amendment) of a convention stands.
public enum ConventionStage: String, CaseIterable, Sendable, Codable {
    case drafting = "du_thao"
    case posted = "niem_yet"
    case adopted = "da_thong_qua"
    case notAdopted = "khong_thong_qua"
    case submitted = "da_gui_xa"
    case recognised = "cong_nhan"
    case refused = "khong_cong_nhan"
    /// A recognised text later replaced by a recognised amendment.
    case replaced = "da_thay_the"

    public var label: String {
        switch self {
        case .drafting: return "Đang dự thảo"
        case .posted: return "Đang niêm yết dự thảo"
        case .adopted: return "Đã được Nhân dân thông qua, chờ gửi xã"
        case .notAdopted: return "Không được Nhân dân thông qua"
        case .submitted: return "Đã gửi Ủy ban nhân dân xã, chờ công nhận"
        case .recognised: return "Đã được công nhận, có hiệu lực"
        case .refused: return "Không được công nhận"
        case .replaced: return "Đã được thay thế bằng bản sửa đổi"
        }
    }

    /// Still on its way: a new draft cannot be started while one is.
    public var inProgress: Bool { [.drafting, .posted, .adopted, .submitted].contains(self) }
}

/// The steps a version goes through; each allowed from exactly one stage.
public enum ConventionStep: String, CaseIterable, Sendable, Codable {
    case post = "niem_yet"
    case vote = "bieu_quyet"
    case submit = "gui_xa"
    case recognise = "cong_nhan"
    case refuse = "khong_cong_nhan"

    public var from: ConventionStage {
        switch self {
        case .post: return .drafting
        case .vote: return .posted
        case .submit: return .adopted
        case .recognise, .refuse: return .submitted
        }
    }

    public var label: String {
        switch self {
        case .post: return "Niêm yết dự thảo"
        case .vote: return "Ghi kết quả biểu quyết của Nhân dân"
        case .submit: return "Gửi hồ sơ đề nghị công nhận lên Ủy ban nhân dân xã"
        case .recognise: return "Ghi quyết định công nhận"
        case .refuse: return "Ghi quyết định không công nhận"
        }
    }
}

/// Whether a time limit was kept.
public enum ConventionDeadlineStatus: String, Sendable, Equatable {
    case doneOnTime = "dung_han"
    case doneLate = "cham_han"
    case open = "con_han"
    case overdue = "qua_han"

    public var label: String {
        switch self {
        case .doneOnTime: return "Đúng hạn"
        case .doneLate: return "Chậm hạn"
        case .open: return "Còn hạn"
        case .overdue: return "Quá hạn"
        }
    }
}

public enum ConventionRules {
    public struct Problem: Error, Sendable, Equatable {
        public let code: String
        public let message: String
        public init(_ code: String, _ message: String) {
            self.code = code
            self.message = message
        }
    }

    /// The step may be taken from `stage`, else the Vietnamese reason.
    public static func check(_ step: ConventionStep, from stage: ConventionStage) -> Problem? {
        guard step.from == stage else {
            return Problem(
                "step_not_allowed", "Không thể “\(step.label.lowercased())” khi hương ước, quy ước đang ở bước “\(stage.label.lowercased())”.")
        }
        return nil
    }

    /// The stage a step leads to; a vote's result decides between adopted and not adopted.
    public static func stage(after step: ConventionStep, passed: Bool = true) -> ConventionStage {
        switch step {
        case .post: return .posted
        case .vote: return passed ? .adopted : .notAdopted
        case .submit: return .submitted
        case .recognise: return .recognised
        case .refuse: return .refused
        }
    }

    /// The first day the residents may vote: the draft has been posted `conventionDraftPostingDays` full days.
    public static func earliestVote(postedFrom: CivilDate, settings: DemocracySettings) -> CivilDate {
        postedFrom.adding(days: settings.days(.conventionDraftPostingDays))
    }

    /// The draft is posted from a day that has come, not before it was written.
    public static func postingProblem(draftedOn: CivilDate, postedFrom: CivilDate, today: CivilDate) -> Problem? {
        if postedFrom > today { return Problem("future_date", "Ngày bắt đầu niêm yết không thể sau hôm nay: chỉ ghi những gì đã niêm yết.") }
        if postedFrom < draftedOn {
            return Problem("before_draft", "Ngày bắt đầu niêm yết không thể trước ngày lập dự thảo (\(draftedOn.vietnamese)).")
        }
        return nil
    }

    /// A vote before the draft was posted for the minimum period is refused (NĐ 61/2023: posted at least 30 days).
    public static func voteProblem(postedFrom: CivilDate, heldOn: CivilDate, today: CivilDate, settings: DemocracySettings) -> Problem? {
        if heldOn > today { return Problem("impossible_date", "Ngày biểu quyết không thể sau hôm nay.") }
        let earliest = earliestVote(postedFrom: postedFrom, settings: settings)
        guard heldOn >= earliest else {
            let posted = max(0, postedFrom.days(until: heldOn))
            return Problem(
                "convention_posting_too_short",
                """
                Dự thảo mới niêm yết \(posted) ngày, chưa đủ tối thiểu \(settings.days(.conventionDraftPostingDays)) ngày (Nghị định\
                 61/2023/NĐ-CP); 
                """
                    + "Nhân dân biểu quyết sớm nhất ngày \(earliest.vietnamese).")
        }
        return nil
    }

    /// The matter a convention's vote is recorded under, and the methods it allows (a meeting; a household ballot as fallback).
    public static let voteMatter = HamletMatter.convention

    /// The last day to send the adopted text to the commune: `conventionSubmissionWorkingDays` working days after adoption.
    public static func submissionDue(adoptedOn: CivilDate, settings: DemocracySettings, calendar: WorkingCalendar) -> CivilDate {
        calendar.addingWorkingDays(settings.days(.conventionSubmissionWorkingDays), to: adoptedOn)
    }

    /// The last day for the commune's decision: `conventionRecognitionWorkingDays` working days after a complete file.
    public static func recognitionDue(submittedOn: CivilDate, settings: DemocracySettings, calendar: WorkingCalendar) -> CivilDate {
        calendar.addingWorkingDays(settings.days(.conventionRecognitionWorkingDays), to: submittedOn)
    }

    public static func submissionProblem(adoptedOn: CivilDate, submittedOn: CivilDate, today: CivilDate) -> Problem? {
        if submittedOn > today { return Problem("impossible_date", "Ngày gửi hồ sơ không thể sau hôm nay.") }
        if submittedOn < adoptedOn {
            return Problem("before_vote", "Ngày gửi hồ sơ không thể trước ngày Nhân dân biểu quyết (\(adoptedOn.vietnamese)).")
        }
        return nil
    }

    /// The decision comes after the file and not in the future; the text takes effect on the decision's day or later.
    public static func decisionProblem(submittedOn: CivilDate, decidedOn: CivilDate, effectiveOn: CivilDate?, today: CivilDate) -> Problem? {
        if decidedOn > today { return Problem("impossible_date", "Ngày quyết định không thể sau hôm nay.") }
        if decidedOn < submittedOn {
            return Problem("before_submission", "Ngày quyết định không thể trước ngày nhận hồ sơ (\(submittedOn.vietnamese)).")
        }
        if let effectiveOn, effectiveOn < decidedOn {
            return Problem(
                "effective_before_decision",
                "Hương ước, quy ước có hiệu lực từ ngày quyết định công nhận trở đi, không thể trước ngày \(decidedOn.vietnamese).")
        }
        return nil
    }

    public static func deadlineStatus(due: CivilDate, doneOn: CivilDate?, today: CivilDate) -> ConventionDeadlineStatus {
        if let doneOn { return doneOn <= due ? .doneOnTime : .doneLate }
        return today > due ? .overdue : .open
    }

    // MARK: - Rà soát hằng năm

    /// The yearly review is held around 18 November (Ngày hội Đại đoàn kết toàn dân tộc) and reported by the province to
    /// the Ministry of Culture, Sports and Tourism before 30 November (Nghị định 61/2023/NĐ-CP).
    public static func reviewDay(year: Int) -> CivilDate { CivilDate(year: year, month: 11, day: 18)! }

    public enum ReviewStatus: String, Sendable, Equatable {
        case done = "da_ra_soat"
        case notYetDue = "chua_den_ky"
        case missing = "chua_ra_soat"

        public var label: String {
            switch self {
            case .done: return "Đã rà soát năm nay"
            case .notYetDue: return "Chưa đến kỳ rà soát năm nay"
            case .missing: return "Chưa rà soát năm nay"
            }
        }
    }

    /// A convention in force since before this year's review day must have been reviewed this year once that day has come.
    public static func reviewStatus(reviewedYears: Set<Int>, effectiveOn: CivilDate, today: CivilDate) -> ReviewStatus {
        if reviewedYears.contains(today.year) { return .done }
        let day = reviewDay(year: today.year)
        return today >= day && effectiveOn < day ? .missing : .notYetDue
    }

    public static let reviewConclusions: [(code: String, label: String)] = [
        ("giu_nguyen", "Phù hợp, tiếp tục thực hiện"),
        ("sua_doi", "Cần sửa đổi, bổ sung"),
        ("thay_the", "Cần thay thế"),
        ("bai_bo", "Đề nghị bãi bỏ")
    ]
}
