import Foundation

/// Điểm — a number of points kept exactly, in hundredths of a point.
///
/// **Rounding rule (stated once, used everywhere):** every line's points are kept to 0,01 điểm. A person types at most
/// two decimals (more is refused, never rounded silently). A computed line (a rate or a number converted by the set's
/// rule) is rounded half up to 0,01 điểm once, when it is computed. Group sums, totals and band comparisons add these
/// exact hundredths and are never rounded again; the total is shown with two decimals at most ("87,5", "90").
public struct Points: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Hundredths of a point.
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }
    public init(_ whole: Int) { hundredths = whole * 100 }

    public static let zero = Points(hundredths: 0)

    /// `max × rate`, rounded half up to 0,01 (rate clamped to 0…1).
    public static func share(of max: Points, rate: Double) -> Points {
        let clamped = Swift.min(1, Swift.max(0, rate.isNaN ? 0 : rate))
        return Points(hundredths: Int((Double(max.hundredths) * clamped + 0.5 + 1e-9).rounded(.down)))
    }

    /// "7,5", "7.5", "10", "0,25"; nil for anything else, a negative sign included ("-1" is read, the rule refuses it).
    public init?(text: String) {
        var raw = text.trimmingCharacters(in: [" ", "\t", "\n"])
        guard !raw.isEmpty else { return nil }
        var negative = false
        if raw.hasPrefix("-") {
            negative = true
            raw.removeFirst()
        }
        let parts = raw.replacingOccurrences(of: ",", with: ".").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first, !wholeText.isEmpty, wholeText.count <= 6,
            wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholeText)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            fraction = Int(digits)! * (digits.count == 1 ? 10 : 1)
        }
        hundredths = (whole * 100 + fraction) * (negative ? -1 : 1)
    }

    /// Did the typed text carry more than two decimals (a precision the rule refuses rather than rounds)?
    public static func isTooPrecise(_ text: String) -> Bool {
        let raw = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[1].count > 2 && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Vietnamese writing: decimal comma, no trailing zeros: "87,5", "90", "0,25", "-3".
    public var text: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let cents = magnitude % 100
        if cents == 0 { return sign + String(whole) }
        if cents % 10 == 0 { return sign + "\(whole),\(cents / 10)" }
        return sign + "\(whole)," + (cents < 10 ? "0" : "") + String(cents)
    }

    /// As a plain number for spreadsheets and JSON.
    public var value: Double { Double(hundredths) / 100 }

    public var description: String { text }

    public static func < (a: Points, b: Points) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: Points, b: Points) -> Points { Points(hundredths: a.hundredths + b.hundredths) }
    public static func - (a: Points, b: Points) -> Points { Points(hundredths: a.hundredths - b.hundredths) }
    public static func += (a: inout Points, b: Points) { a.hundredths += b.hundredths }

    public init(from decoder: any Decoder) throws { hundredths = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hundredths)
    }
}
