import Fluent

/// One narrative section of one version.
final class ReportText: Model, @unchecked Sendable {
    static let schema = "report_texts"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "version_id") var version: ReportVersion
    @Parent(key: "section_id") var section: ReportSection
    @Field(key: "text") var text: String

    init() {}

    init(versionID: Int, sectionID: Int, text: String) {
        self.$version.id = versionID
        self.$section.id = sectionID
        self.text = text
    }
}
