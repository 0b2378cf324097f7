import Plot

/// Thống kê đơn thư — figures per period for the user's subtree, with a .xlsx download.
public struct PetitionStatisticsPage {
    public struct Model: Sendable {
        public var scopeName = "", from = "", to = ""
        public var headers: [String] = []
        public var rows: [(label: String, values: [String])] = []
        public var exportURL = ""
        public var action = ""
        public var error: String?
        /// How a period that spans a reorganisation is counted, when it does.
        public var note: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Thống kê đơn thư", layout: model.layout,
            .h1(.text("Thống kê đơn thư — " + model.scopeName)),
            .el("form", .attr("method", "get"), .attr("action", model.action), .class("search no-print"),
                Form.field("Từ ngày (dd/mm/yyyy)", name: "tu", value: model.from, required: true),
                Form.field("Đến ngày (dd/mm/yyyy)", name: "den", value: model.to, required: true),
                Form.submit("Xem")),
            .unwrap(model.error) { .p(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            .p(.text("Đơn nhận từ \(model.from) đến \(model.to). Đúng hạn: ngày giải quyết không sau hạn giải quyết; quá hạn: tính đến hôm nay.")),
            .unwrap(model.note) { .p(.class("hint"), .text($0)) },
            CitizenWidgets.table(model.headers, model.rows.map { row in [.text(row.label)] + row.values.map { .text($0) } }),
            .p(.class("no-print"), .link("Tải về bảng tính (.xlsx)", model.exportURL))
        )
    }
}
