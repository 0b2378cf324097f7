import Plot

/// Ngày nghỉ lễ — the list the working calendar reads: report due dates and petition time limits move around these days.
public struct HolidaysPage {
    public struct Model: Sendable {
        public let year: String
        public let years: [String]
        public let rows: [(date: String, name: String, deleteAction: String)]
        public let canEdit: Bool
        /// The day just deleted (dd/MM/yyyy) and its name, offered back once.
        public let undo: (date: String, name: String)?
        public let layout: LayoutModel

        public init(year: String, years: [String], rows: [(date: String, name: String, deleteAction: String)], canEdit: Bool,
                    undo: (date: String, name: String)? = nil, layout: LayoutModel) {
            self.year = year
            self.years = years
            self.rows = rows
            self.canEdit = canEdit
            self.undo = undo
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Ngày nghỉ lễ", layout: model.layout,
            .h1(.text("Ngày nghỉ lễ năm \(model.year)")),
            .p(.class("hint"), .text("Thứ Bảy, Chủ nhật luôn là ngày nghỉ. Danh sách dưới đây là các ngày nghỉ lễ, Tết và nghỉ bù trong tuần; cập nhật theo thông báo hằng năm của Chính phủ. Hạn nộp báo cáo đã lập không tự thay đổi.")),
            .unwrap(model.undo) { undo in
                Form.post(action: "/ngay-nghi", csrf: model.layout.csrfToken, [
                    .void("input", [("type", "hidden"), ("name", "ngay"), ("value", undo.date)]),
                    .void("input", [("type", "hidden"), ("name", "ten"), ("value", undo.name)]),
                    Form.submit("Hoàn tác: thêm lại ngày nghỉ " + undo.date, style: "secondary"),
                ], extra: [.class("no-print")])
            },
            .nav(.class("tabs no-print"), .attr("aria-label", "Năm"), .ul(.forEach(model.years) { year in
                .li(year == model.year ? .strong(.text(year)) : .link(year, "/ngay-nghi?nam=" + year))
            })),
            model.rows.isEmpty ? .p(.class("empty"), .text("Chưa có ngày nghỉ lễ nào cho năm này.")) : .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text("Ngày")), .th(.text("Tên")), .if(model.canEdit, .th(.text(""))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(row.date)), .td(.text(row.name)),
                        .if(model.canEdit, .td(Form.post(action: row.deleteAction, csrf: model.layout.csrfToken, [
                            .el("button", .attr("type", "submit"), .class("button secondary"),
                                .attr("aria-label", "Xóa ngày nghỉ " + row.date), .text("Xóa")),
                        ]))))
                }))),
            .if(model.canEdit, Form.post(action: "/ngay-nghi", csrf: model.layout.csrfToken, [
                .h2(.text("Thêm ngày nghỉ")),
                Form.field("Ngày (dd/mm/yyyy)", name: "ngay", required: true),
                Form.field("Tên ngày nghỉ", name: "ten", required: true),
                Form.submit("Thêm"),
            ], extra: [.class("card narrow no-print")]))
        )
    }
}
