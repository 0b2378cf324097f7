/// Trạng thái — where a model stands in its life (DOMAIN.md §2.5): đăng ký → triển khai → rà soát, phân loại (tốt, cần
/// củng cố, dừng) → công nhận ở một cấp → khen thưởng → nhân rộng. A stopped model keeps its history and moves no further.
public enum ExemplarStatus: String, Codable, CaseIterable, Sendable {
    case registered = "dang_ky"
    case launched = "trien_khai"
    case good = "tot"
    case toConsolidate = "can_cung_co"
    case stopped = "dung"
    case recognised = "cong_nhan"
    case commended = "khen_thuong"
    case replicated = "nhan_rong"

    public var label: String {
        switch self {
        case .registered: return "Đã đăng ký"
        case .launched: return "Đang triển khai"
        case .good: return "Hiệu quả (loại tốt)"
        case .toConsolidate: return "Cần củng cố"
        case .stopped: return "Dừng thực hiện"
        case .recognised: return "Đã công nhận"
        case .commended: return "Đã khen thưởng"
        case .replicated: return "Đã nhân rộng"
        }
    }

    /// Recognised, commended or replicated: what the public showcase shows.
    public var isRecognised: Bool { self == .recognised || self == .commended || self == .replicated }
}

/// Kết quả rà soát hằng năm — the yearly review's classification.
public enum ReviewOutcome: String, Codable, CaseIterable, Sendable {
    case good = "tot"
    case toConsolidate = "can_cung_co"
    case stopped = "dung"

    public var status: ExemplarStatus {
        switch self {
        case .good: return .good
        case .toConsolidate: return .toConsolidate
        case .stopped: return .stopped
        }
    }

    public var label: String { status.label }
}

/// One step a person takes on a model.
public enum ExemplarStep: Equatable, Sendable {
    /// Ra mắt, triển khai.
    case launch
    /// Rà soát, phân loại.
    case review(ReviewOutcome)
    /// Công nhận ở một cấp (by decision).
    case recognise
    /// Khen thưởng (giấy khen, bằng khen).
    case commend
    /// Nhân rộng: another unit registered a replication of it.
    case replicate

    public var label: String {
        switch self {
        case .launch: return "Triển khai"
        case .review(let outcome): return "Rà soát: " + outcome.label
        case .recognise: return "Công nhận"
        case .commend: return "Khen thưởng"
        case .replicate: return "Nhân rộng"
        }
    }
}

/// A rule a step or a registration broke: a stable code for the API and a Vietnamese message.
public struct ExemplarProblem: Error, Equatable, Sendable {
    public let code: String
    public let message: String

    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// The allowed transitions, once for the pages, the API and the demo.
public enum ExemplarLifecycle {
    /// The status after `step` from `status`, or the reason it is refused.
    ///
    /// - registered: launch, or stop (review "dừng") before it started;
    /// - launched, to consolidate: a yearly review (good, to consolidate, stopped);
    /// - good: a further review, or recognition;
    /// - recognised, commended, replicated: a further review, recognition at a higher level, commendation; replication
    ///   moves a recognised or commended model to "replicated" (a replicated model stays so);
    /// - stopped: nothing — its history stays as it was.
    public static func next(from status: ExemplarStatus, _ step: ExemplarStep) -> Result<ExemplarStatus, ExemplarProblem> {
        switch (status, step) {
        case (.stopped, _):
            return .failure(ExemplarProblem("exemplar_stopped", "Mô hình đã dừng thực hiện; lịch sử được giữ nguyên, không chuyển bước được nữa."))
        case (.registered, .launch):
            return .success(.launched)
        case (.registered, .review(.stopped)):
            return .success(.stopped)
        case (.launched, .review(let outcome)), (.toConsolidate, .review(let outcome)), (.good, .review(let outcome)):
            return .success(outcome.status)
        case (.recognised, .review(let outcome)), (.commended, .review(let outcome)), (.replicated, .review(let outcome)):
            // A recognised model reviewed as good keeps its recognition; one found weak or stopped says so.
            return .success(outcome == .good ? status : outcome.status)
        case (.good, .recognise), (.recognised, .recognise), (.commended, .recognise), (.replicated, .recognise):
            return .success(status == .good ? .recognised : status)
        case (.recognised, .commend), (.commended, .commend), (.replicated, .commend):
            return .success(status == .recognised ? .commended : status)
        case (.good, .replicate), (.toConsolidate, .replicate), (.launched, .replicate):
            return .success(status)
        case (.recognised, .replicate), (.commended, .replicate), (.replicated, .replicate):
            return .success(.replicated)
        case (_, .launch):
            return .failure(ExemplarProblem("already_launched", "Mô hình đã được triển khai."))
        case (_, .recognise):
            return .failure(ExemplarProblem("not_reviewed_good", "Chỉ công nhận mô hình đã được rà soát, đánh giá hiệu quả (loại tốt)."))
        case (_, .commend):
            return .failure(ExemplarProblem("not_recognised", "Chỉ khen thưởng mô hình đã được công nhận."))
        case (.registered, .review):
            return .failure(ExemplarProblem("not_launched", "Mô hình chưa triển khai nên chưa rà soát, phân loại được."))
        case (.registered, .replicate):
            return .failure(ExemplarProblem("not_launched", "Chỉ nhân rộng mô hình đã triển khai."))
        }
    }

    /// The steps a page may offer from `status` (replication happens by registering a copy, not as a button).
    public static func offered(from status: ExemplarStatus) -> [ExemplarStep] {
        let all: [ExemplarStep] = [.launch, .review(.good), .review(.toConsolidate), .review(.stopped), .recognise, .commend]
        return all.filter { step in
            if case .success = next(from: status, step) { return true }
            return false
        }
    }
}
