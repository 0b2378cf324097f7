import Fluent

/// Mẫu đề cương báo cáo — the figures (biểu mẫu số liệu) and narrative sections a regime asks for.
final class ReportTemplate: Model, @unchecked Sendable {
    static let schema = "report_templates"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    @Children(for: \.$template) var indicators: [ReportIndicator]
    @Children(for: \.$template) var sections: [ReportSection]

    init() {}

    init(name: String) {
        self.name = name
    }
}
