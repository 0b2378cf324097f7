import Plot

/// Mẫu báo cáo — each template's indicators (with how they combine and are checked) and narrative sections.
public struct ReportTemplatesPage {
    public struct Template: Sendable {
        public let name: String
        public let indicators: [[TableCell]]
        public let sections: [[TableCell]]
        /// Where the copy, add-indicator and add-section forms post ("/bao-cao/mau/3").
        public let base: String
        public let codes: [(value: String, label: String)]
        /// Whether this person may add to it; false for the national default unless they keep national rules (copying stays open).
        public let canChange: Bool

        public init(name: String, indicators: [[TableCell]], sections: [[TableCell]], base: String, codes: [(value: String, label: String)],
                    canChange: Bool = true) {
            self.name = name
            self.indicators = indicators
            self.sections = sections
            self.base = base
            self.codes = codes
            self.canChange = canChange
        }
    }

    public let templates: [Template]
    public let aggregations: [(value: String, label: String)]
    public let canEdit: Bool
    public let layout: LayoutModel

    public init(templates: [Template], aggregations: [(value: String, label: String)], canEdit: Bool, layout: LayoutModel) {
        self.templates = templates
        self.aggregations = aggregations
        self.canEdit = canEdit
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
                    TableCell.table(["TT", "Phần nội dung", "Hướng dẫn"], template.sections, caption: "Đề cương báo cáo"),
                    .if(canEdit, editor(template)))
            })
    }

    private func editor(_ template: Template) -> Node<HTML.BodyContext> {
        .div(.class("action-grid no-print"),
            .if(template.canChange, additions(template),
                else: .p(.class("hint"), .text("Mẫu mặc định dùng chung toàn quốc; chỉ quản trị hoặc chuyên viên Nội vụ cấp tỉnh được sửa. Hãy sao chép mẫu rồi sửa bản sao."))),
            Form.post(action: template.base + "/sao-chep", csrf: layout.csrfToken, [
                .h3(.text("Sao chép mẫu")),
                .p(.class("hint"), .text("Tạo một mẫu mới từ mẫu này để chỉnh cho chế độ báo cáo của đơn vị; báo cáo đã nộp theo mẫu cũ giữ nguyên.")),
                Form.field("Tên mẫu mới", name: "ten", required: true),
                Form.submit("Sao chép", style: "secondary"),
            ], extra: [.class("card")]))
    }

    private func additions(_ template: Template) -> Node<HTML.BodyContext> {
        .group(
            Form.post(action: template.base + "/chi-tieu", csrf: layout.csrfToken, [
                .h3(.text("Thêm chỉ tiêu")),
                Form.field("Mã (chữ thường, không dấu, ví dụ so_hoi_nghi)", name: "ma", required: true),
                Form.field("Tên chỉ tiêu", name: "ten", required: true),
                Form.field("Đơn vị tính", name: "don_vi_tinh", required: true),
                Form.select("Cách tổng hợp", name: "tong_hop", options: aggregations, selected: "sum"),
                Form.select("Không được lớn hơn chỉ tiêu", name: "khong_qua", options: template.codes, selected: nil, includeBlank: "—"),
                Form.submit("Thêm chỉ tiêu"),
            ], extra: [.class("card")]),
            Form.post(action: template.base + "/phan", csrf: layout.csrfToken, [
                .h3(.text("Thêm phần nội dung")),
                Form.field("Tiêu đề", name: "tieu_de", required: true),
                Form.field("Hướng dẫn", name: "huong_dan"),
                Form.submit("Thêm phần"),
            ], extra: [.class("card")]))
    }
}
