import Plot

/// Nhật ký thay đổi — every change made by a person, filterable.
public struct AuditIndexPage {
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

    public struct Model: Sendable {
        public let entity: String
        public let username: String
        public let from: String
        public let to: String
        public let entities: [(value: String, label: String)]
        /// The sign-in stream rather than the changes.
        public let signIns: Bool
        public let rows: [Row]
        public let pagination: PaginationModel
        public let error: String?
        public let layout: LayoutModel

        public init(entity: String, username: String, from: String, to: String, entities: [(value: String, label: String)], signIns: Bool,
                    rows: [Row],
                    pagination: PaginationModel, error: String?, layout: LayoutModel) {
            self.entity = entity
            self.username = username
            self.from = from
            self.to = to
            self.entities = entities
            self.signIns = signIns
            self.rows = rows
            self.pagination = pagination
            self.error = error
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: L10n.audit, layout: model.layout,
            .h1(.text(L10n.audit)),
            .nav(.class("tabs no-print"), .attr("aria-label", "Luồng nhật ký"), .ul(
                .li(model.signIns ? .link("Thay đổi", "/nhat-ky") : .strong(.attr("aria-current", "page"), .text("Thay đổi"))),
                .li(model.signIns ? .strong(.attr("aria-current", "page"), .text("Đăng nhập, đăng xuất")) : .link("Đăng nhập, đăng xuất", "/nhat-ky?luong=dang-nhap"))
            )),
            .el("form", .attr("method", "get"), .attr("action", "/nhat-ky"), .class("filter-form"),
                .if(model.signIns, .void("input", [("type", "hidden"), ("name", "luong"), ("value", "dang-nhap")])),
                .if(!model.signIns, Form.select("Đối tượng", name: "doi-tuong", options: model.entities, selected: model.entity, includeBlank: "Tất cả")),
                Form.field("Tên đăng nhập của người thực hiện", name: "nguoi", value: model.username),
                Form.field("Từ ngày", name: "tu", value: model.from, hint: "dd/mm/yyyy"),
                Form.field("Đến ngày", name: "den", value: model.to, hint: "dd/mm/yyyy"),
                Form.submit("Lọc")
            ),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            model.rows.isEmpty ? .p(.class("empty"), .text(L10n.noResults)) : .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text("Thời gian")), .th(.text("Việc đã làm")), .th(.text("Đơn vị của người thực hiện")), .th(.text("Thay đổi")))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(row.at)), .td(.text(row.what), .br(), .el("small", .class("muted"), .text(row.username))),
                        .td(.text(row.unitName)),
                        .td(row.changes.isEmpty ? .text("—") : .ul(.class("changes"), .forEach(row.changes) { .li(.text($0)) })))
                })
            )),
            model.pagination.node
        )
    }
}
