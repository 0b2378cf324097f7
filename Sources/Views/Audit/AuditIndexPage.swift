import Plot

/// Nhật ký thay đổi — every change made by a person, filterable.
public struct AuditIndexPage {
    public struct Row: Sendable {
        public let at: String
        public let username: String
        public let unitName: String
        public let entity: String
        public let entityID: String
        public let action: String
        public let before: String
        public let after: String

        public init(at: String, username: String, unitName: String, entity: String, entityID: String, action: String, before: String, after: String) {
            self.at = at
            self.username = username
            self.unitName = unitName
            self.entity = entity
            self.entityID = entityID
            self.action = action
            self.before = before
            self.after = after
        }
    }

    public struct Model: Sendable {
        public let entity: String
        public let username: String
        public let from: String
        public let to: String
        public let entities: [(value: String, label: String)]
        public let rows: [Row]
        public let pagination: PaginationModel
        public let error: String?
        public let layout: LayoutModel

        public init(entity: String, username: String, from: String, to: String, entities: [(value: String, label: String)], rows: [Row],
                    pagination: PaginationModel, error: String?, layout: LayoutModel) {
            self.entity = entity
            self.username = username
            self.from = from
            self.to = to
            self.entities = entities
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
            .el("form", .attr("method", "get"), .attr("action", "/nhat-ky"), .class("filter-form"),
                Form.select("Đối tượng", name: "doi-tuong", options: model.entities, selected: model.entity, includeBlank: "Tất cả"),
                Form.field("Người thực hiện", name: "nguoi", value: model.username),
                Form.field("Từ ngày", name: "tu", value: model.from, hint: "dd/mm/yyyy"),
                Form.field("Đến ngày", name: "den", value: model.to, hint: "dd/mm/yyyy"),
                Form.submit("Lọc")
            ),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            model.rows.isEmpty ? .p(.class("empty"), .text(L10n.noResults)) : .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text("Thời gian")), .th(.text("Người thực hiện")), .th(.text("Đơn vị")), .th(.text("Đối tượng")),
                           .th(.text("Thao tác")), .th(.text("Trước")), .th(.text("Sau")))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(row.at)), .td(.text(row.username)), .td(.text(row.unitName)), .td(.text(row.entity + " #" + row.entityID)),
                        .td(.text(row.action)), .td(.class("json"), .text(row.before)), .td(.class("json"), .text(row.after)))
                })
            )),
            model.pagination.node
        )
    }
}
