import Foundation

/// The y axis: gridline values from 0 to a round number at or above the largest value.
enum ChartScale {
    /// About four steps of 1, 2, 2.5 or 5 × 10ⁿ; whole steps for counts. A chart of zeros still gets an axis to 1.
    static func ticks(upTo largest: Double, wholeNumbers: Bool) -> [Double] {
        let top = largest > 0 ? largest : 1
        let rough = top / 4
        let magnitude = pow(10, floor(log10(rough)))
        var step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        if wholeNumbers { step = max(1, step.rounded(.up)) }
        let count = Int((top / step).rounded(.up))
        return (0...max(count, 1)).map { Double($0) * step }
    }

    /// Vietnamese figures: "1.250", "83,3".
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = VietnameseNumber.format(tenths / 10)
        return tenths % 10 == 0 ? whole : whole + "," + String(abs(tenths % 10))
    }
}
