/// Chuỗi số liệu — one labelled series of a chart, a value per period; values below 0 count as 0.
public struct ChartSeries: Sendable, Equatable {
    public var label: String
    public var values: [Double]

    public init(label: String, values: [Double]) {
        self.label = label
        self.values = values
    }

    /// The value for a period, 0 when missing or negative.
    func value(at index: Int) -> Double {
        index < values.count && values[index].isFinite ? max(0, values[index]) : 0
    }
}
