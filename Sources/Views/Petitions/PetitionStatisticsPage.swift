import Plot

/// Thống kê đơn thư — figures per period for the user's subtree, with a .xlsx download.
public struct PetitionStatisticsPage: HTMLPage {
    public struct Model: PageModel {
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

    public var title: String { L10n.Petitions.thongKeDonThu }
    public var heading: String { L10n.Petitions.thongKeDonThuTieuDe + model.scopeName }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "form", .attr("method", "get"), .attr("action", model.action), .class("search no-print"),
                Form.field(L10n.Petitions.tuNgayDdMmYyyy, name: "tu", value: model.from, required: true),
                Form.field(L10n.Petitions.denNgayDdMmYyyy, name: "den", value: model.to, required: true),
                Form.submit("Xem")),
            .unwrap(model.error) { .p(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            .p(.text(L10n.Petitions.donNhanTuDenDungHan(model.from, model.to))),
            .unwrap(model.note) { .p(.class("hint"), .text($0)) },
            Tables.table(model.headers, model.rows.map { row in [.text(row.label)] + row.values.map { .text($0) } }),
            .p(.class("no-print"), .link(L10n.Petitions.taiVeBangTinhXlsx, model.exportURL))
        ]
    }
}
