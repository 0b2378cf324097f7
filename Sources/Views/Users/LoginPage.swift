import Plot

/// Đăng nhập — the sign-in form.
public struct LoginPage: HTMLPage {
    public struct Model: PageModel {
        public var username = ""
        public var error: String?
        public var next = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.login }
    public var heading: String { L10n.Users.dangNhapDanvan }

    public var content: [Node<HTML.BodyContext>] {
        [
            .section(
                .class("card narrow"),
                .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
                Form.post(
                    action: SiteURL.login.path, csrf: model.layout.csrfToken,
                    [
                        .void("input", [("type", "hidden"), ("name", "next"), ("value", model.next)]),
                        Form.field(
                            L10n.username, name: "username", value: model.username, required: true, autocomplete: "username",
                            attributes: [("autocapitalize", "none"), ("autofocus", "autofocus")]),
                        Form.field(L10n.password, name: "password", type: "password", required: true, autocomplete: "current-password"),
                        Form.submit(L10n.login)
                    ])
            ),
            // The site's address leads here; a resident who came to send a petition or read a notice needs no account.
            .p(
                .class("card narrow"), .text(L10n.Users.nguoiDanKhongCanTaiKhoanLabel),
                .a(.href(SiteURL.publicSchedule.path), .text(L10n.Users.guiKienNghiPhanAnhTra)),
                .text("."))
        ]
    }
}
