import Plot

/// Tra cứu đơn — status and published answer by tracking code; no personal data.
public struct PublicTrackingPage {
    public struct Result: Sendable {
        public var code = "", receivedOn = "", kind = "", status = "", updatedOn = "", answer: String?
        /// The unit handling the petition, and the date its next answer is due (nil once answered).
        public var handler = ""
        public var answerDue: String?
        public init() {}
    }

    public struct Model: Sendable {
        public var code = ""
        public var result: Result?
        public var notFound = false
        public var justFiled = false
        public var action = ""
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Tra cứu đơn", layout: model.layout,
            .h1(.text("Tra cứu tình trạng xử lý đơn")),
            CitizenWidgets.operatorBlock(model.operatorInfo),
            .if(model.justFiled, .div(.class("flash flash-success"), .attr("role", "status"),
                .p(.text("Cơ quan đã nhận đơn của bạn. Mã tra cứu của bạn là:")),
                .p(.strong(.class("tracking-code"), .text(model.code))),
                .p(.text("Vui lòng ghi lại mã này để theo dõi việc xử lý.")))),
            .el("form", .attr("method", "get"), .attr("action", model.action), .class("no-print"),
                CitizenWidgets.requiredLegend,
                Form.field("Mã tra cứu", name: "ma", value: model.code, required: true, hint: "Ví dụ: DV-23456-789AB"),
                Form.submit("Tra cứu")),
            .if(model.notFound, .p(.class("notice"), .attr("role", "status"),
                .text("Không tìm thấy đơn với mã này. Vui lòng kiểm tra lại mã tra cứu."))),
            .unwrap(model.result) { result in
                .section(.h2(.text("Đơn " + result.code)),
                    CitizenWidgets.facts([("Ngày nhận", result.receivedOn), ("Loại đơn", result.kind),
                                          ("Cơ quan xử lý", result.handler), ("Tình trạng", result.status)]
                                         + (result.answerDue.map { [("Hạn trả lời", $0)] } ?? [])
                                         + [("Cập nhật ngày", result.updatedOn)]),
                    .unwrap(result.answer) { .section(.h3(.text("Nội dung trả lời")), .p(.class("prose"), .text($0))) })
            }
        )
    }
}
