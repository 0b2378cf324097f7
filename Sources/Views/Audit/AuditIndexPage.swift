import Plot

/// Nhật ký thay đổi — every change made by a person, filterable.
public struct AuditIndexPage: HTMLPage {
    public struct Row: Sendable {
        public let at: String
        /// "Nguyễn Văn A chấp nhận báo cáo Tháng 3/2026 của Phường X".
        public let what: String
        public let username: String
        public let unitName: String
        /// "Trạng thái: Đang soạn → Chờ duyệt", one line a field.
        public let changes: [String]

        public init(at: String, what: String, username: String, unitName: String, changes: [String]) {
            self.at = at
            self.what = what
            self.username = username
            self.unitName = unitName
            self.changes = changes
        }
    }

    public struct Model: PageModel {
        public var entity = ""
        public var username = ""
        public var from = ""
        public var to = ""
        public var entities: [(value: String, label: String)] = []
        /// The sign-in stream rather than the changes.
        public var signIns = false
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var error: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.audit }

    public var content: [Node<HTML.BodyContext>] {
        [
            .nav(
                .class("tabs no-print"), .attr("aria-label", L10n.Audit.luongNhatKy),
                .ul(
                    .li(
                        model.signIns
                            ? .link(L10n.Audit.thayDoi, SiteURL.audit.path) : .strong(.attr("aria-current", "page"), .text(L10n.Audit.thayDoi))),
                    .li(
                        model.signIns
                            ? .strong(.attr("aria-current", "page"), .text(L10n.Audit.dangNhapDangXuat))
                            : .link(L10n.Audit.dangNhapDangXuat, SiteURL.audit.path + "?luong=dang-nhap"))
                )),
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.audit.path), .class("filter-form"),
                .if(model.signIns, .void("input", [("type", "hidden"), ("name", "luong"), ("value", "dang-nhap")])),
                .if(
                    !model.signIns,
                    Form.select(
                        L10n.Audit.doiTuong, name: "doi-tuong", options: model.entities, selected: model.entity, includeBlank: L10n.Audit.tatCa)),
                Form.field(L10n.Audit.tenDangNhapCuaNguoiThuc, name: "nguoi", value: model.username),
                Form.field(L10n.Audit.tuNgay, name: "tu", value: model.from, hint: "dd/mm/yyyy"),
                Form.field(L10n.Audit.denNgay, name: "den", value: model.to, hint: "dd/mm/yyyy"),
                Form.submit(L10n.Audit.loc)
            ),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.noResults))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(L10n.Audit.thoiGian)), .th(.text(L10n.Audit.viecDaLam)), .th(.text(L10n.Audit.donViCuaNguoiThucHien)),
                                .th(.text(L10n.Audit.thayDoi)))),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .td(.text(row.at)), .td(.text(row.what), .br(), .el("small", .class("muted"), .text(row.username))),
                                    .td(.text(row.unitName)),
                                    .td(row.changes.isEmpty ? .text("—") : .ul(.class("changes"), .forEach(row.changes) { .li(.text($0)) })))
                            })
                    )),
            model.pagination.node
        ]
    }
}
