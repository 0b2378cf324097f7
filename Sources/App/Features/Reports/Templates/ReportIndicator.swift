import DanVanCore
import Fluent

/// Chỉ tiêu — one figure of a report template: a count entered by the unit, or a ratio computed from two counts.
final class ReportIndicator: Model, @unchecked Sendable {
    static let schema = "report_indicators"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "template_id") var template: ReportTemplate
    @Field(key: "position") var position: Int
    /// Short stable name used by rules and exports ("hs_dung_han").
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "unit_of_measure") var unitOfMeasure: String
    /// sum, average, max, latest, ratio.
    @Field(key: "aggregation") var aggregation: String
    /// For a ratio: numerator and denominator codes. For a count: the code it may not exceed.
    @OptionalField(key: "numerator") var numerator: String?
    @OptionalField(key: "denominator") var denominator: String?
    @OptionalField(key: "not_above") var notAbove: String?
    /// A ratio's target in percent (≥ 95 % of dossiers on time).
    @OptionalField(key: "target") var target: Double?

    init() {}

    init(templateID: Int, position: Int, definition: IndicatorDefinition) {
        self.$template.id = templateID
        self.position = position
        self.code = definition.code
        self.name = definition.name
        self.unitOfMeasure = definition.unitOfMeasure
        self.aggregation = definition.aggregation.rawValue
        self.numerator = definition.numerator
        self.denominator = definition.denominator
        self.notAbove = definition.notAbove
        self.target = definition.target
    }

    var definition: IndicatorDefinition {
        IndicatorDefinition(
            code: code, name: name, unitOfMeasure: unitOfMeasure,
            aggregation: IndicatorAggregation(rawValue: aggregation) ?? .sum,
            numerator: numerator, denominator: denominator, notAbove: notAbove, target: target)
    }
}
