import Plot

/// Tài khoản — change one's own password and manage one's API tokens.
public struct AccountPage: HTMLPage {
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

    public struct Model: PageModel {
        public var fullName = ""
        public var newToken: String?
        public var tokens: [TokenRow] = []
        public var layout = LayoutModel.anonymous()
        /// Where reminders are e-mailed ("" when none).
        public var email = ""
        /// Whether a calendar address exists, and its first characters.
        public var calendarTokenPrefix: String?
        /// The calendar address just made: shown once.
        public var newCalendarURL: String?
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.account }
    public var heading: String { L10n.Users.taiKhoanCua + model.fullName }

    public var content: [Node<HTML.BodyContext>] {
        let csrf = model.layout.csrfToken
        return [
            .div(
                .class("action-grid"),
                Form.post(
                    action: SiteURL.accountPassword.path, csrf: csrf,
                    [
                        .h2(.text(L10n.Users.doiMatKhau)),
                        Form.field(L10n.Users.matKhauHienTai, name: "current", type: "password", required: true, autocomplete: "current-password"),
                        Form.field(
                            L10n.Users.matKhauMoi, name: "password", type: "password", required: true, hint: L10n.Users.itNhat10KyTu,
                            autocomplete: "new-password"),
                        Form.submit(L10n.Users.doiMatKhau)
                    ], extra: [.class("card")]),
                Form.post(
                    action: SiteURL.accountTokens.path, csrf: csrf,
                    [
                        .h2(.text(L10n.Users.taoKhoaApi)),
                        .p(.text(L10n.Users.khoaApiChoPhepChuongTrinh(SiteURL.API.root))),
                        Form.field(L10n.Users.tenGoiNho, name: "name", required: true),
                        Form.submit(L10n.Users.taoKhoa)
                    ], extra: [.class("card")]),
                Form.post(
                    action: SiteURL.accountEmail.path, csrf: csrf,
                    [
                        .h2(.text(L10n.Users.thuNhacHan)),
                        Form.field(
                            L10n.Users.diaChiThuDienTu, name: "email", value: model.email, type: "email", hint: L10n.Users.deTrongNeuChiMuonXem,
                            autocomplete: "email"),
                        Form.submit(L10n.Users.luuDiaChiThu)
                    ], extra: [.class("card")]),
                Form.post(
                    action: SiteURL.accountCalendar.path, csrf: csrf,
                    [
                        .h2(.text(L10n.Users.lichHanNopBaoCao)),
                        .p(
                            .text(
                                L10n.Users.diaChiLichIcalendarDeThem
                                    + L10n.Users.themCay1VaoCuoiDia)),
                        .p(
                            .class("muted"),
                            .text(
                                model.calendarTokenPrefix.map { L10n.Users.daCoDiaChiLichKhoa($0) }
                                    ?? L10n.Users.chuaCoDiaChiLich)),
                        Form.submit(model.calendarTokenPrefix == nil ? L10n.Users.taoDiaChiLich : L10n.Users.taoDiaChiLichMoi)
                    ], extra: [.class("card")])
            ),
            .unwrap(model.newCalendarURL) { url in
                .div(
                    .class("flash flash-success"), .attr("role", "status"),
                    .p(.text(L10n.Users.diaChiLichMoiChiHienLabel)),
                    .element(named: "code", nodes: [.class("token"), .text(url)]))
            },
            .unwrap(model.newToken) { token in
                .div(
                    .class("flash flash-success"), .attr("role", "status"),
                    .p(.text(L10n.Users.khoaApiMoiChiHienThiLabel)),
                    .element(named: "code", nodes: [.class("token"), .text(token)]))
            },
            .h2(.text(L10n.Users.khoaApiCuaBan)),
            model.tokens.isEmpty
                ? .p(.class("empty"), .text(L10n.Users.chuaCoKhoaApi))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(L10n.Users.ten)), .th(.text(L10n.Users.batDauBang)), .th(.text(L10n.Users.taoLuc)),
                                .th(.text(L10n.Users.dungGanNhat)), .th(.text(L10n.Users.thuHoi)))),
                        .tbody(
                            .forEach(model.tokens) { row in
                                .tr(
                                    .td(.text(row.name)), .td(.class("code"), .text(row.prefix + "…")), .td(.text(row.created)),
                                    .td(.text(row.lastUsed)),
                                    .td(
                                        .unwrap(
                                            row.revokeURL,
                                            { url in
                                                Form.post(
                                                    action: url, csrf: csrf, [Form.submit(L10n.Users.thuHoi, style: "danger small")],
                                                    extra: [.class("inline")])
                                            }, else: .text(L10n.Users.daThuHoi))))
                            })
                    ))
        ]
    }
}
