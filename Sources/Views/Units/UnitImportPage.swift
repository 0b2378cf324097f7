import Plot

/// Nhập danh mục đơn vị — upload an official list as CSV.
public struct UnitImportPage {
    public struct Model: Sendable {
        public let error: String?
        public let result: String?
        public let layout: LayoutModel

        public init(error: String?, result: String?, layout: LayoutModel) {
            self.error = error
            self.result = result
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Nhập danh mục đơn vị", layout: model.layout,
            .h1(.text("Nhập danh mục đơn vị")),
            .p(.text("Tệp CSV mã hóa UTF-8 với các cột code, name, division_type, parent_code, level (như danh mục chính thức). "
                + "Đơn vị đã có (cùng mã) được giữ nguyên hoặc đổi tên; toàn bộ tệp được nhập trong một giao dịch, lỗi ở bất kỳ dòng nào thì không có gì bị ghi.")),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            .unwrap(model.result) { .div(.class("flash flash-success"), .attr("role", "status"), .text($0)) },
            Form.post(action: "/don-vi/nhap", csrf: model.layout.csrfToken, [
                .div(.class("field"),
                    .el("label", .attr("for", "f-file"), .text("Tệp CSV *")),
                    .void("input", [("type", "file"), ("id", "f-file"), ("name", "file"), ("accept", ".csv,text/csv"), ("required", "required")])),
                Form.select("Cơ cấu tổ chức", name: "structure", options: [("2025", "Chính quyền hai cấp (từ 01/07/2025)"), ("2024", "Ba cấp (trước 07/2025)")],
                            selected: "2025", required: true),
                Form.field("Chỉ nhập tỉnh, thành phố có mã", name: "province", hint: "Để trống để nhập toàn bộ tệp."),
                .el("label", .class("checkbox"),
                    .void("input", [("type", "checkbox"), ("name", "agencies"), ("value", "1"), ("checked", "checked")]),
                    .text(" Thêm các cơ quan chuyên môn theo mẫu")),
                Form.submit("Nhập"),
            ], extra: [.attr("enctype", "multipart/form-data"), .class("card narrow")]),
            .p(.link("Tổ chức lại đơn vị hành chính theo bảng chuyển đổi (từ 01/07/2025)", "/don-vi/to-chuc-lai"))
        )
    }
}
