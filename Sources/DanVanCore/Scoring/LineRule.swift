import Foundation

/// Whether typed points fit a line: one rule for the sheet page, the appraisal page and the API.
public enum LineRule {
    /// A refused value: stable code for the API, Vietnamese sentence for the page.
    public struct Problem: Error, Sendable, Equatable {
        public let code: String
        public let message: String

        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    /// Reads and checks the points typed for `line`; an empty text is "not scored yet" (nil, no problem).
    public static func check(_ text: String, for line: CriterionNode) -> Result<Points?, Problem> {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if typed.isEmpty { return .success(nil) }
        if Points.isTooPrecise(typed) {
            return .failure(Problem(code: "points_too_precise", message: "Điểm chỉ ghi tối đa hai chữ số thập phân (ví dụ 7,25)."))
        }
        guard let points = Points(text: typed) else {
            return .failure(Problem(code: "points_not_a_number", message: "“\(typed)” không phải là số điểm; nhập ví dụ 7 hoặc 7,5."))
        }
        if let problem = problem(points, for: line) { return .failure(problem) }
        return .success(points)
    }

    /// The problem with `points` for `line`, or nil when they fit.
    public static func problem(_ points: Points, for line: CriterionNode) -> Problem? {
        if points < .zero {
            return Problem(
                code: "points_negative", message: "Điểm không được nhỏ hơn 0" + (line.role == .deduction ? " (điểm trừ ghi số dương)." : "."))
        }
        if points > line.maxPoints {
            switch line.role {
            case .bonus:
                return Problem(code: "bonus_over_cap", message: "Điểm thưởng “\(line.code)” tối đa \(line.maxPoints.text) điểm.")
            case .deduction:
                return Problem(code: "deduction_over_cap", message: "Điểm trừ “\(line.code)” tối đa \(line.maxPoints.text) điểm.")
            case .regular:
                return Problem(
                    code: "points_above_max", message: "Tiêu chí \(line.code) tối đa \(line.maxPoints.text) điểm; không chấm \(points.text) điểm.")
            }
        }
        switch line.kind {
        case .yesNo where points != .zero && points != line.maxPoints:
            return Problem(code: "points_not_yes_no", message: "Tiêu chí \(line.code) chỉ chấm 0 hoặc \(line.maxPoints.text) điểm (đạt / không đạt).")
        case .levels where !line.levels.isEmpty && !line.levels.contains(where: { $0.points == points }):
            let allowed = line.levels.map { "\($0.points.text) (\($0.label))" }.joined(separator: ", ")
            return Problem(code: "points_not_a_level", message: "Tiêu chí \(line.code) chấm theo mức: \(allowed).")
        default:
            return nil
        }
    }

    /// Points for a number under the line's thresholds: the highest minimum not above the value; zero below them all.
    public static func points(forValue value: Double, thresholds: [Threshold]) -> Points {
        thresholds.filter { value >= $0.minimum }.max { $0.minimum < $1.minimum }?.points ?? .zero
    }

    /// Points of a computed rate (0…1): through the thresholds when the line has some (rate as a percentage), else
    /// the same share of the maximum, rounded half up to 0,01.
    public static func points(forRate rate: Double, line: CriterionNode) -> Points {
        if !line.thresholds.isEmpty { return points(forValue: rate * 100, thresholds: line.thresholds) }
        return Points.share(of: line.maxPoints, rate: rate)
    }

    /// Points of a computed count (e.g. models registered in the year): through the thresholds when the line has some
    /// (the count itself, not a percentage), else the full points from one record up and none without any.
    public static func points(forCount count: Int, line: CriterionNode) -> Points {
        if !line.thresholds.isEmpty { return points(forValue: Double(count), thresholds: line.thresholds) }
        return count > 0 ? line.maxPoints : .zero
    }
}
