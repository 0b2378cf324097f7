/// How a figure combines across units in a consolidated report (tổng hợp).
public enum IndicatorAggregation: String, Sendable, CaseIterable {
    case sum, average, max
    /// The figure of the most recently accepted report, for stocks such as "models in operation".
    case latest
    /// Not entered: numerator ÷ denominator × 100, computed from the totals.
    case ratio

    public var label: String {
        switch self {
        case .sum: return "Cộng dồn"
        case .average: return "Trung bình"
        case .max: return "Lớn nhất"
        case .latest: return "Số mới nhất"
        case .ratio: return "Tỷ lệ (%) tính từ hai chỉ tiêu"
        }
    }
}

/// Chỉ tiêu báo cáo — what a figure means and how it is checked and combined.
public struct IndicatorDefinition: Sendable, Equatable {
    public var code: String
    public var name: String
    public var unitOfMeasure: String
    public var aggregation: IndicatorAggregation
    public var numerator: String?
    public var denominator: String?
    /// A count that may not exceed another ("on time ≤ received").
    public var notAbove: String?
    /// Target percentage of a ratio.
    public var target: Double?

    public init(
        code: String, name: String, unitOfMeasure: String, aggregation: IndicatorAggregation,
        numerator: String? = nil, denominator: String? = nil, notAbove: String? = nil, target: Double? = nil
    ) {
        self.code = code
        self.name = name
        self.unitOfMeasure = unitOfMeasure
        self.aggregation = aggregation
        self.numerator = numerator
        self.denominator = denominator
        self.notAbove = notAbove
        self.target = target
    }

    public var isEntered: Bool { aggregation != .ratio }
}
