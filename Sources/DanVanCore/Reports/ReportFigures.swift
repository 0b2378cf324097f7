import Foundation

/// Số liệu báo cáo — reads and checks the figures a unit typed into its report form.
public enum ReportFigures {
    public struct Checked: Sendable, Equatable {
        public var values: [String: Double]
        /// Indicator code → what is wrong, in Vietnamese.
        public var problems: [String: String]
    }

    /// Empty fields are allowed in a draft and mean "not reported"; a submission needs every entered figure.
    public static func check(_ typed: [String: String], indicators: [IndicatorDefinition], requireAll: Bool) -> Checked {
        var values: [String: Double] = [:]
        var problems: [String: String] = [:]
        for indicator in indicators where indicator.isEntered {
            let text = (typed[indicator.code] ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                if requireAll { problems[indicator.code] = "Chưa nhập số liệu." }
                continue
            }
            guard let value = number(text) else {
                problems[indicator.code] = "\"\(text)\" không phải là số."
                continue
            }
            guard value >= 0 else {
                problems[indicator.code] = "Số liệu không được âm."
                continue
            }
            values[indicator.code] = value
        }
        let names = Dictionary(indicators.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for indicator in indicators {
            guard let limit = indicator.notAbove, let value = values[indicator.code], let bound = values[limit], value > bound else { continue }
            problems[indicator.code] = "Không được lớn hơn \"\(names[limit] ?? limit)\" (\(format(bound)))."
        }
        return Checked(values: values, problems: problems)
    }

    /// "1.250" and "1250" are twelve hundred and fifty; "12,5" is twelve and a half (Vietnamese decimal comma).
    public static func number(_ text: String) -> Double? {
        var cleaned = text.replacingOccurrences(of: " ", with: "")
        if cleaned.contains(",") {
            cleaned = cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if cleaned.filter({ $0 == "." }).count > 1 || cleaned.range(of: #"^\d{1,3}(\.\d{3})+$"#, options: .regularExpression) != nil {
            cleaned = cleaned.replacingOccurrences(of: ".", with: "")
        }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// A stored figure as it goes back into a form or a draft: no grouping, a decimal comma, every digit kept,
    /// so `number(typed(x)) == x` and re-saving never rounds ("1250", "1234,567").
    public static func typed(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }

    /// 1250 → "1.250", 12.5 → "12,5": how Vietnamese documents print numbers.
    public static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = Int(rounded.magnitude)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = (rounded < 0 ? "-" : "") + digits + grouped
        let fraction = Int(((rounded.magnitude - Double(whole)) * 100).rounded())
        guard fraction > 0 else { return grouped }
        return grouped + "," + (fraction % 10 == 0 ? String(fraction / 10) : String(format: "%02d", fraction))
    }

    /// A ratio in percent, nil when the denominator is zero.
    public static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        denominator > 0 ? numerator / denominator * 100 : nil
    }
}
