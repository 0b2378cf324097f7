import Fluent

/// One figure of one version, a row each so consolidation is a GROUP BY.
final class ReportValue: Model, @unchecked Sendable {
    static let schema = "report_values"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "version_id") var version: ReportVersion
    @Parent(key: "indicator_id") var indicator: ReportIndicator
    @Field(key: "value") var value: Double

    init() {}

    init(versionID: Int, indicatorID: Int, value: Double) {
        self.$version.id = versionID
        self.$indicator.id = indicatorID
        self.value = value
    }
}
