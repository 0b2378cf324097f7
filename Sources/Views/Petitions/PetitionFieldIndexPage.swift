import Plot

/// Danh mục lĩnh vực — the fields offered when classifying petitions: add, rename, retire or bring back; never delete.
public struct PetitionFieldIndexPage {
    public struct Row: Sendable {
        public var code = "", label = "", renameURL = "", toggleURL = ""
        public var isRetired = false
        public var cases = 0
        public init() {}
    }

    public struct Model: Sendable {
        public var rows: [Row] = []
        public var canEdit = false
        public var addURL = "", profilesURL = ""
        public var error: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let csrf = model.layout.csrfToken
        return Layout.page(title: "Danh mục lĩnh vực đơn", layout: model.layout,
            .h1(.text("Danh mục lĩnh vực đơn")),
            .p(.text("Lĩnh vực đang có đơn không bị xóa: ngừng sử dụng thì không còn được chọn khi phân loại, nhưng đơn cũ và thống kê vẫn giữ tên.")),
            .p(.class("no-print"), .link("Bộ thời hạn giải quyết đơn", model.profilesURL)),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
            CitizenWidgets.table(["Mã", "Tên lĩnh vực", "Số đơn", "Tình trạng", ""], model.rows.map { row in
                [.code(.text(row.code)),
                 model.canEdit
                    ? Form.post(action: row.renameURL, csrf: csrf, [
                        .el("span", .class("visually-hidden"), .el("label", .attr("for", "f-label-" + row.code), .text("Tên lĩnh vực " + row.code))),
                        .void("input", [("type", "text"), ("id", "f-label-" + row.code), ("name", "label"), ("value", row.label), ("required", "required")]),
                        Form.submit("Đổi tên", style: "secondary"),
                      ], extra: [.class("inline")])
                    : .text(row.label),
                 .text(String(row.cases)),
                 .text(row.isRetired ? "Ngừng sử dụng" : "Đang sử dụng"),
                 .if(model.canEdit, Form.post(action: row.toggleURL, csrf: csrf, [Form.submit(row.isRetired ? "Dùng lại" : "Ngừng sử dụng", style: "secondary")],
                                             extra: [.class("inline")]))]
            }),
            .if(model.canEdit, Form.post(action: model.addURL, csrf: csrf, [
                .h2(.text("Thêm lĩnh vực")),
                Form.field("Tên lĩnh vực", name: "label", required: true),
                Form.submit("Thêm"),
            ], extra: [.class("card no-print")]))
        )
    }
}
