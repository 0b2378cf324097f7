import Plot

/// Lịch tiếp công dân — published reception days of each unit, with the next dates.
public struct PublicSchedulePage {
    public struct Row: Sendable {
        public var unit = "", host = "", rule = "", hours = "", place = "", next = ""
        public init() {}
    }

    public struct Model: Sendable {
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var formURL = ""
        public var trackingURL = ""
        /// What communes publish under the grassroots-democracy law, and the "Dân vận khéo" showcase: the other public
        /// pages a resident comes for.
        public var disclosureURL = ""
        public var showcaseURL = ""
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Lịch tiếp công dân", layout: model.layout,
            .h1(.text("Lịch tiếp công dân")),
            CitizenWidgets.operatorBlock(model.operatorInfo),
            .p(.link("Gửi kiến nghị, phản ánh", model.formURL), .text(" · "), .link("Tra cứu đơn", model.trackingURL),
               .text(" · "), .link("Thông tin xã, phường công khai", model.disclosureURL),
               .text(" · "), .link("Mô hình “Dân vận khéo”", model.showcaseURL)),
            .if(model.rows.isEmpty, .p(.class("empty"), .text("Chưa có lịch tiếp công dân được công bố."))),
            .if(!model.rows.isEmpty, CitizenWidgets.stackedTable(["Cơ quan", "Người tiếp", "Lịch", "Giờ", "Địa điểm", "Các ngày tiếp sắp tới"],
                model.rows.map { [.text($0.unit), .text($0.host), .text($0.rule), .text($0.hours), .text($0.place), .text($0.next)] })),
            model.pagination.node,
            .p(.class("muted"), .text("Ngày tiếp rơi vào ngày nghỉ được chuyển sang ngày làm việc kế tiếp. "
                                      + "Căn cứ Luật Tiếp công dân 2013, Điều 13–15."))
        )
    }
}
