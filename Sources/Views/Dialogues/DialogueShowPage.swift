import Plot

/// Một buổi đối thoại — its facts, participants (when allowed), outcome and follow-up.
public struct DialogueShowPage {
    public struct Model: Sendable {
        public var date = "", unit = "", chairedBy = "", peopleCount = "", subject = "", outcome = "", followUp = "", recordedBy = ""
        /// Nil when this user may not see the participants' names.
        public var participants: String?
        public var petition: (code: String, url: String, subject: String)?
        public var listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Đối thoại ngày " + model.date, layout: model.layout,
            .h1(.text("Đối thoại ngày " + model.date + ": " + model.subject)),
            CitizenWidgets.facts([
                ("Cơ quan", model.unit), ("Ngày", model.date), ("Người chủ trì", model.chairedBy),
                ("Số công dân tham dự", model.peopleCount), ("Người ghi nhận", model.recordedBy),
            ]),
            .section(.h2(.text("Thành phần tham dự")),
                .unwrap(model.participants, { .p(.class("prose"), .text($0)) },
                        else: .p(.class("notice"), .text("Thông tin cá nhân của công dân chỉ Thanh tra và cán bộ đơn vị xem được.")))),
            .section(.h2(.text("Đơn liên quan")),
                .unwrap(model.petition, { .p(.link($0.code, $0.url), .text(": " + $0.subject)) },
                        else: .p(.class("empty"), .text("Không gắn với đơn nào.")))),
            .section(.h2(.text("Kết quả đối thoại")), .p(.class("prose"), .text(model.outcome))),
            .section(.h2(.text("Việc tiếp theo")),
                .if(model.followUp.isEmpty, .p(.class("empty"), .text("Không ghi."))),
                .if(!model.followUp.isEmpty, .p(.class("prose"), .text(model.followUp)))),
            .p(.class("no-print"), .link("← Danh sách đối thoại", model.listURL))
        )
    }
}
