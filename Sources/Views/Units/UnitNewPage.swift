import Plot

/// Thêm đơn vị — the form to add a unit under an existing one.
public struct UnitNewPage {
    public struct Model: Sendable {
        public let code: String
        public let name: String
        public let kind: String
        public let parentCode: String
        public let activeFrom: String
        public let kinds: [(value: String, label: String)]
        public let errors: [String: String]
        public let layout: LayoutModel

        public init(code: String, name: String, kind: String, parentCode: String, activeFrom: String,
                    kinds: [(value: String, label: String)], errors: [String: String], layout: LayoutModel) {
            self.code = code
            self.name = name
            self.kind = kind
            self.parentCode = parentCode
            self.activeFrom = activeFrom
            self.kinds = kinds
            self.errors = errors
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Thêm đơn vị", layout: model.layout,
            .h1(.text("Thêm đơn vị")),
            Form.post(action: "/don-vi", csrf: model.layout.csrfToken, [
                Form.field("Mã đơn vị", name: "code", value: model.code, required: true, hint: "Mã duy nhất, ví dụ 474.PNV.", error: model.errors["code"]),
                Form.field("Tên đơn vị", name: "name", value: model.name, required: true, error: model.errors["name"]),
                Form.select("Loại đơn vị", name: "kind", options: model.kinds, selected: model.kind, required: true),
                Form.unitField("Đơn vị cấp trên", name: "parent_code", value: model.parentCode, required: true, error: model.errors["parent_code"]),
                Form.field("Hoạt động từ ngày (dd/mm/yyyy)", name: "active_from", value: model.activeFrom, required: true, error: model.errors["active_from"]),
                Form.submit(L10n.save),
                .link(L10n.cancel, "/don-vi", .class("button secondary")),
            ], extra: [.class("card narrow")])
        )
    }
}
