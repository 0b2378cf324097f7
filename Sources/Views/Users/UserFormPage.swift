import Plot

/// Thêm / sửa người dùng, with password reset and disabling on an existing account.
public struct UserFormPage {
    public struct Model: Sendable {
        public let isNew: Bool
        public let action: String
        public let username: String
        public let fullName: String
        public let role: String
        public let unitCode: String
        public let isDisabled: Bool
        public let lastLogin: String?
        public let roles: [(value: String, label: String)]
        public let errors: [String: String]
        public let layout: LayoutModel

        public init(isNew: Bool, action: String, username: String, fullName: String, role: String, unitCode: String, isDisabled: Bool,
                    lastLogin: String?, roles: [(value: String, label: String)], errors: [String: String], layout: LayoutModel) {
            self.isNew = isNew
            self.action = action
            self.username = username
            self.fullName = fullName
            self.role = role
            self.unitCode = unitCode
            self.isDisabled = isDisabled
            self.lastLogin = lastLogin
            self.roles = roles
            self.errors = errors
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let csrf = model.layout.csrfToken
        var fields: [Node<HTML.BodyContext>] = []
        if model.isNew {
            fields.append(Form.field(L10n.username, name: "username", value: model.username, required: true,
                                     hint: "Chữ thường không dấu, số, dấu chấm hoặc gạch dưới.", error: model.errors["username"]))
        }
        fields += [
            Form.field("Họ và tên", name: "full_name", value: model.fullName, required: true, error: model.errors["full_name"]),
            Form.select("Vai trò", name: "role", options: model.roles, selected: model.role, required: true),
            Form.unitField("Đơn vị", name: "unit_code", value: model.unitCode, required: true,
                           hint: "Gõ một phần tên đơn vị (không cần dấu) hoặc mã. Người dùng chỉ xem và thao tác trong đơn vị này và các đơn vị trực thuộc.",
                           error: model.errors["unit_code"]),
        ]
        if model.isNew {
            fields.append(Form.field(L10n.password, name: "password", type: "password", required: true, hint: "Ít nhất 10 ký tự.",
                                     error: model.errors["password"], autocomplete: "new-password"))
        }
        fields.append(Form.submit(L10n.save))
        return Layout.page(title: model.isNew ? "Thêm người dùng" : model.fullName, layout: model.layout,
            .h1(.text(model.isNew ? "Thêm người dùng" : "Người dùng: \(model.fullName) (\(model.username))")),
            .unwrap(model.lastLogin) { .p(.class("muted"), .text("Đăng nhập gần nhất: " + $0)) },
            .if(model.isDisabled, .p(.class("flash flash-error"), .text("Tài khoản này đang bị khóa."))),
            Form.post(action: model.action, csrf: csrf, fields, extra: [.class("card narrow")]),
            .if(!model.isNew, .div(.class("action-grid no-print"),
                Form.post(action: model.action + "/dat-lai-mat-khau", csrf: csrf, [
                    .h2(.text("Đặt lại mật khẩu")),
                    Form.field("Mật khẩu mới", name: "password", type: "password", required: true, hint: "Ít nhất 10 ký tự.", autocomplete: "new-password"),
                    Form.submit("Đặt lại mật khẩu"),
                ], extra: [.class("card")]),
                Form.post(action: model.action + (model.isDisabled ? "/mo-khoa" : "/khoa"), csrf: csrf, [
                    .h2(.text(model.isDisabled ? "Mở khóa tài khoản" : "Khóa tài khoản")),
                    .p(.text(model.isDisabled ? "Người dùng sẽ đăng nhập lại được." : "Người dùng sẽ bị đăng xuất và không đăng nhập được nữa; khóa API của họ ngừng hiệu lực.")),
                    Form.submit(model.isDisabled ? "Mở khóa" : "Khóa tài khoản", style: model.isDisabled ? "primary" : "danger"),
                ], extra: [.class("card")])
            ))
        )
    }
}
