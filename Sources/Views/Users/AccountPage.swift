import Plot

/// Tài khoản — change one's own password and manage one's API tokens.
public struct AccountPage {
    public struct TokenRow: Sendable {
        public let name: String
        public let prefix: String
        public let created: String
        public let lastUsed: String
        public let revokeURL: String?

        public init(name: String, prefix: String, created: String, lastUsed: String, revokeURL: String?) {
            self.name = name
            self.prefix = prefix
            self.created = created
            self.lastUsed = lastUsed
            self.revokeURL = revokeURL
        }
    }

    public struct Model: Sendable {
        public let fullName: String
        public let newToken: String?
        public let tokens: [TokenRow]
        public let layout: LayoutModel
        /// Where reminders are e-mailed ("" when none).
        public let email: String
        /// Whether a calendar address exists, and its first characters.
        public let calendarTokenPrefix: String?
        /// The calendar address just made: shown once.
        public let newCalendarURL: String?

        public init(fullName: String, newToken: String?, tokens: [TokenRow], layout: LayoutModel,
                    email: String = "", calendarTokenPrefix: String? = nil, newCalendarURL: String? = nil) {
            self.fullName = fullName
            self.newToken = newToken
            self.tokens = tokens
            self.layout = layout
            self.email = email
            self.calendarTokenPrefix = calendarTokenPrefix
            self.newCalendarURL = newCalendarURL
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let csrf = model.layout.csrfToken
        return Layout.page(title: L10n.account, layout: model.layout,
            .h1(.text("Tài khoản của " + model.fullName)),
            .div(.class("action-grid"),
                Form.post(action: "/tai-khoan/mat-khau", csrf: csrf, [
                    .h2(.text("Đổi mật khẩu")),
                    Form.field("Mật khẩu hiện tại", name: "current", type: "password", required: true, autocomplete: "current-password"),
                    Form.field("Mật khẩu mới", name: "password", type: "password", required: true, hint: "Ít nhất 10 ký tự.", autocomplete: "new-password"),
                    Form.submit("Đổi mật khẩu"),
                ], extra: [.class("card")]),
                Form.post(action: "/tai-khoan/khoa-api", csrf: csrf, [
                    .h2(.text("Tạo khóa API")),
                    .p(.text("Khóa API cho phép chương trình khác gọi /api/v1 thay bạn, với quyền của bạn.")),
                    Form.field("Tên gợi nhớ", name: "name", required: true),
                    Form.submit("Tạo khóa"),
                ], extra: [.class("card")]),
                Form.post(action: "/tai-khoan/email", csrf: csrf, [
                    .h2(.text("Thư nhắc hạn")),
                    Form.field("Địa chỉ thư điện tử", name: "email", value: model.email, type: "email", hint: "Để trống nếu chỉ muốn xem thông báo trong hệ thống.",
                               autocomplete: "email"),
                    Form.submit("Lưu địa chỉ thư"),
                ], extra: [.class("card")]),
                Form.post(action: "/tai-khoan/lich", csrf: csrf, [
                    .h2(.text("Lịch hạn nộp báo cáo")),
                    .p(.text("Địa chỉ lịch (iCalendar) để thêm hạn nộp báo cáo của đơn vị vào lịch trên điện thoại hoặc Outlook. "
                             + "Thêm &cay=1 vào cuối địa chỉ để gồm cả các đơn vị trực thuộc.")),
                    .p(.class("muted"), .text(model.calendarTokenPrefix.map { "Đã có địa chỉ lịch (khóa bắt đầu bằng \($0)…). Tạo địa chỉ mới thì địa chỉ cũ ngừng hoạt động." }
                        ?? "Chưa có địa chỉ lịch.")),
                    Form.submit(model.calendarTokenPrefix == nil ? "Tạo địa chỉ lịch" : "Tạo địa chỉ lịch mới"),
                ], extra: [.class("card")])
            ),
            .unwrap(model.newCalendarURL) { url in
                .div(.class("flash flash-success"), .attr("role", "status"),
                    .p(.text("Địa chỉ lịch mới (chỉ hiển thị một lần, hãy sao chép ngay):")),
                    .element(named: "code", nodes: [.class("token"), .text(url)]))
            },
            .unwrap(model.newToken) { token in
                .div(.class("flash flash-success"), .attr("role", "status"),
                    .p(.text("Khóa API mới (chỉ hiển thị một lần, hãy sao chép ngay):")),
                    .element(named: "code", nodes: [.class("token"), .text(token)]))
            },
            .h2(.text("Khóa API của bạn")),
            model.tokens.isEmpty ? .p(.class("empty"), .text("Chưa có khóa API.")) : .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text("Tên")), .th(.text("Bắt đầu bằng")), .th(.text("Tạo lúc")), .th(.text("Dùng gần nhất")), .th(.text("Thu hồi")))),
                .tbody(.forEach(model.tokens) { row in
                    .tr(.td(.text(row.name)), .td(.class("code"), .text(row.prefix + "…")), .td(.text(row.created)), .td(.text(row.lastUsed)),
                        .td(.unwrap(row.revokeURL, { url in
                            Form.post(action: url, csrf: csrf, [Form.submit("Thu hồi", style: "danger small")], extra: [.class("inline")])
                        }, else: .text("Đã thu hồi"))))
                })
            ))
        )
    }
}
