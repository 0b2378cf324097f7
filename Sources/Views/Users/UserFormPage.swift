import Plot

/// Thêm / sửa người dùng, with password reset and disabling on an existing account.
public struct UserFormPage: HTMLPage {
    public struct Model: PageModel {
        /// The account being edited; nil on the form that adds one.
        public var userID: Int?
        public var isNew: Bool { userID == nil }
        public var action: String { userID.map { SiteURL.user(.value($0)).path } ?? SiteURL.users.path }
        public var username = ""
        public var fullName = ""
        public var role = ""
        public var unitCode = ""
        public var isDisabled = false
        public var lastLogin: String?
        public var roles: [(value: String, label: String)] = []
        public var errors: [String: String] = [:]
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.isNew ? L10n.Users.themNguoiDung : model.fullName }
    public var heading: String { model.isNew ? L10n.Users.themNguoiDung : L10n.Users.nguoiDung(model.fullName, model.username) }

    public var content: [Node<HTML.BodyContext>] {
        let csrf = model.layout.csrfToken
        var fields: [Node<HTML.BodyContext>] = []
        if model.isNew {
            fields.append(
                Form.field(
                    L10n.username, name: "username", value: model.username, required: true,
                    hint: L10n.Users.chuThuongKhongDauSoDau, error: model.errors["username"]))
        }
        fields += [
            Form.field(L10n.Users.hoVaTen, name: "full_name", value: model.fullName, required: true, error: model.errors["full_name"]),
            Form.select(L10n.Users.vaiTro, name: "role", options: model.roles, selected: model.role, required: true),
            Form.unitField(
                L10n.Users.donVi, name: "unit_code", value: model.unitCode, required: true,
                hint: L10n.Users.goMotPhanTenDonVi,
                error: model.errors["unit_code"])
        ]
        if model.isNew {
            fields.append(
                Form.field(
                    L10n.password, name: "password", type: "password", required: true, hint: L10n.Users.itNhat10KyTu,
                    error: model.errors["password"], autocomplete: "new-password"))
        }
        fields.append(Form.submit(L10n.save))
        return [
            .unwrap(model.lastLogin) { .p(.class("muted"), .text(L10n.Users.dangNhapGanNhatLabel + $0)) },
            .if(model.isDisabled, .p(.class("flash flash-error"), .text(L10n.Users.taiKhoanNayDangBiKhoa))),
            Form.post(action: model.action, csrf: csrf, fields, extra: [.class("card narrow")]),
            .if(
                !model.isNew,
                .div(
                    .class("action-grid no-print"),
                    Form.post(
                        action: SiteURL.userResetPassword(.value(model.userID ?? 0)).path, csrf: csrf,
                        [
                            .h2(.text(L10n.Users.datLaiMatKhau)),
                            Form.field(
                                L10n.Users.matKhauMoi, name: "password", type: "password", required: true, hint: L10n.Users.itNhat10KyTu,
                                autocomplete: "new-password"),
                            Form.submit(L10n.Users.datLaiMatKhau)
                        ], extra: [.class("card")]),
                    Form.post(
                        action: (model.isDisabled ? SiteURL.userEnable : SiteURL.userDisable)(.value(model.userID ?? 0)).path, csrf: csrf,
                        [
                            .h2(.text(model.isDisabled ? L10n.Users.moKhoaTaiKhoan : L10n.Users.khoaTaiKhoan)),
                            .p(.text(model.isDisabled ? L10n.Users.nguoiDungSeDangNhapLai : L10n.Users.nguoiDungSeBiDangXuat)),
                            Form.submit(
                                model.isDisabled ? L10n.Users.moKhoa : L10n.Users.khoaTaiKhoan, style: model.isDisabled ? "primary" : "danger")
                        ], extra: [.class("card")])
                ))
        ]
    }
}
