import Plot

/// Gửi kiến nghị, phản ánh — the public form: no account, no JavaScript; a hidden field that people leave empty catches robots.
public struct PublicPetitionPage {
    public struct Model: Sendable {
        public var values = PetitionFormValues()
        public var units: [(value: String, label: String)] = []
        public var action = ""
        public var trackingURL = ""
        public var operatorInfo = PublicOperator()
        /// Why a send was refused before the form was checked (too fast after opening it): everything typed stays.
        public var refusal: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let v = model.values
        return Layout.page(title: "Gửi kiến nghị, phản ánh", layout: model.layout,
            .h1(.text("Gửi kiến nghị, phản ánh")),
            CitizenWidgets.operatorBlock(model.operatorInfo),
            .unwrap(model.refusal) { text in
                .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text(text)),
                     .p(.link("Mở lại biểu mẫu trống", model.action)))
            },
            .p(.text("Bạn không cần tài khoản. Sau khi gửi, bạn nhận một mã tra cứu để theo dõi việc xử lý. "
                     + "Thông tin cá nhân của bạn chỉ cơ quan giải quyết được xem và không hiển thị trên trang tra cứu.")),
            .p(.text("Khiếu nại, tố cáo xin gửi trực tiếp tại nơi tiếp công dân hoặc qua bưu chính để được bảo vệ theo quy định.")),
            CitizenWidgets.errorSummary(v.errors),
            CitizenWidgets.requiredLegend,
            Form.post(action: model.action, csrf: model.layout.csrfToken, [
                Form.select("Gửi đến cơ quan", name: "unit_id", options: model.units, selected: v.unit, required: true),
                Form.select("Loại", name: "kind", options: [("kien_nghi", "Kiến nghị"), ("phan_anh", "Phản ánh")],
                            selected: v.kinds.first ?? "kien_nghi", required: true),
            ] + v.contentFields + v.citizenFields(nameRequired: true) + [
                .div(.class("honeypot"), .attr("aria-hidden", "true"),
                     Form.field("Để trống ô này", name: "website", attributes: [("tabindex", "-1"), ("autocomplete", "off")])),
                Form.submit("Gửi"),
            ]),
            .p(.link("Tra cứu đơn đã gửi", model.trackingURL))
        )
    }
}
