import Plot

/// Mẫu báo cáo — each template's indicators (with how they combine and are checked) and narrative sections.
public struct ReportTemplatesPage {
    public struct Template: Sendable {
        public let name: String
        public let indicators: [[TableCell]]
        public let sections: [[TableCell]]

        public init(name: String, indicators: [[TableCell]], sections: [[TableCell]]) {
            self.name = name
            self.indicators = indicators
            self.sections = sections
        }
    }

    public let templates: [Template]
    public let layout: LayoutModel

    public init(templates: [Template], layout: LayoutModel) {
        self.templates = templates
        self.layout = layout
    }

    public func render() -> String {
        Layout.page(title: "Mẫu báo cáo", layout: layout,
            .p(.link("← Báo cáo định kỳ", "/bao-cao")),
            .h1(.text("Mẫu báo cáo")),
            .forEach(templates) { template in
                .section(
                    .h2(.text(template.name)),
                    TableCell.table(["Mã", "Chỉ tiêu", "Đơn vị tính", "Cách tổng hợp", "Kiểm tra"], template.indicators, caption: "Biểu số liệu"),
                    TableCell.table(["TT", "Phần nội dung", "Hướng dẫn"], template.sections, caption: "Đề cương báo cáo"))
            })
    }
}
