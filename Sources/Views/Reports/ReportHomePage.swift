import Plot

/// Báo cáo định kỳ — the unit's reports to send, the reports waiting for the user's review, and the regimes in scope.
public struct ReportHomePage {
    public struct Model: Sendable {
        public let statuses: [(value: String, label: String)]
        public let status: String
        public let period: String
        public let subtree: Bool
        /// "qua-han", "sap-den-han" or "" (every due date).
        public let due: String
        public let myRequests: [[TableCell]]
        public let pagination: PaginationModel
        public let reviewQueue: [[TableCell]]
        public let reviewPagination: PaginationModel
        public let regimes: [[TableCell]]
        public let regimePagination: PaginationModel
        public let layout: LayoutModel

        public init(statuses: [(value: String, label: String)], status: String, period: String, subtree: Bool, due: String = "",
                    myRequests: [[TableCell]], pagination: PaginationModel,
                    reviewQueue: [[TableCell]], reviewPagination: PaginationModel, regimes: [[TableCell]], regimePagination: PaginationModel,
                    layout: LayoutModel) {
            self.statuses = statuses
            self.status = status
            self.period = period
            self.subtree = subtree
            self.due = due
            self.myRequests = myRequests
            self.pagination = pagination
            self.reviewQueue = reviewQueue
            self.reviewPagination = reviewPagination
            self.regimes = regimes
            self.regimePagination = regimePagination
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Báo cáo định kỳ", layout: model.layout,
            .h1(.text("Báo cáo định kỳ")),
            .p(.class("no-print"), .link("Lịch báo cáo của đơn vị", "/bao-cao/lich"), .text(" · "), .link("Ngày nghỉ lễ", "/ngay-nghi"),
               .text(" · "), .link("Mẫu báo cáo", "/bao-cao/mau")),
            .if(!model.reviewQueue.isEmpty, .section(
                .h2(.attr("id", "cho-duyet"), .text("Chờ tôi duyệt")),
                TableCell.table(["Đơn vị", "Kỳ báo cáo", "Hạn nộp", "Ngày nộp", "Tình trạng"], model.reviewQueue),
                model.reviewPagination.node)),
            .h2(.text("Báo cáo của đơn vị")),
            .el("form", .attr("method", "get"), .attr("action", "/bao-cao"), .class("filter-form"),
                Form.select("Tình trạng", name: "tinh_trang", options: model.statuses, selected: model.status, includeBlank: "Tất cả"),
                Form.field("Kỳ (ví dụ 2026-T05, 2026-6T)", name: "ky", value: model.period),
                Form.select("Phạm vi", name: "pham_vi", options: [("", "Đơn vị của tôi"), ("cay", "Cả các đơn vị trực thuộc")],
                            selected: model.subtree ? "cay" : ""),
                Form.select("Hạn nộp", name: "han", options: [("qua-han", "Quá hạn, chưa nộp"), ("sap-den-han", "Sắp đến hạn (14 ngày), chưa nộp")],
                            selected: model.due, includeBlank: "Mọi hạn"),
                Form.submit("Lọc", style: "secondary")),
            TableCell.table(["Đơn vị", "Báo cáo", "Kỳ báo cáo", "Hạn nộp", "Tình trạng"], model.myRequests),
            model.pagination.node,
            .h2(.text("Chế độ báo cáo")),
            TableCell.table(["Kế hoạch", "Kỳ", "Hạn nộp", "Nơi nhận", "Đơn vị báo cáo"], model.regimes,
                            empty: "Chưa có chế độ báo cáo nào. Chế độ báo cáo được tạo cùng kế hoạch (từ văn bản hoặc nhập tay)."),
            model.regimePagination.node
        )
    }
}
