import Fluent

/// Phần nội dung — a narrative part of a report ("Kết quả thực hiện", "Tồn tại, hạn chế", "Phương hướng").
final class ReportSection: Model, @unchecked Sendable {
    static let schema = "report_sections"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "template_id") var template: ReportTemplate
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @Field(key: "guidance") var guidance: String

    init() {}

    init(templateID: Int, position: Int, title: String, guidance: String) {
        self.$template.id = templateID
        self.position = position
        self.title = title
        self.guidance = guidance
    }
}
