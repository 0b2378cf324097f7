import Plot

/// The fields a petition is taken in with, shared by the staff intake form and the public form.
public struct PetitionFormValues: Sendable {
    public var subject = "", content = "", citizenName = "", citizenAddress = "", citizenPhone = "", citizenIDNumber = ""
    public var receivedOn = "", channel = "", unit = "", peopleCount = "1"
    public var kinds: Set<String> = []
    public var errors: [String: String] = [:]
    public init() {}

    /// The sender's fields; the name is required unless the form lets staff mark the petition anonymous.
    func citizenFields(nameRequired: Bool = false) -> [Node<HTML.BodyContext>] {
        [
            Form.field("Họ và tên", name: "citizen_name", value: citizenName, required: nameRequired, error: errors["citizen_name"], autocomplete: "name"),
            Form.field("Địa chỉ", name: "citizen_address", value: citizenAddress, error: errors["citizen_address"], autocomplete: "street-address"),
            Form.field("Số điện thoại", name: "citizen_phone", value: citizenPhone, type: "tel",
                       hint: "10 chữ số, bắt đầu bằng số 0; có thể cách bằng dấu cách hoặc dấu chấm (ví dụ: 0905 111 222).",
                       error: errors["citizen_phone"], autocomplete: "tel", attributes: [("inputmode", "tel")]),
            Form.field("Số định danh cá nhân / CCCD", name: "citizen_id_number", value: citizenIDNumber,
                       hint: "Căn cước công dân: 12 chữ số; chứng minh nhân dân cũ: 9 chữ số.",
                       error: errors["citizen_id_number"], attributes: [("inputmode", "numeric")]),
        ]
    }

    var contentFields: [Node<HTML.BodyContext>] {
        [
            Form.field("Tóm tắt nội dung", name: "subject", value: subject, required: true, error: errors["subject"]),
            CitizenWidgets.textarea("Nội dung chi tiết", name: "content", value: content, required: true, error: errors["content"], rows: 8),
        ]
    }
}

/// Tiếp nhận đơn — staff enter a petition received at a reception, by post or by hotline.
public struct PetitionNewPage {
    public struct Model: Sendable {
        public var values = PetitionFormValues()
        public var channels: [(value: String, label: String)] = []
        public var kinds: [(value: String, label: String)] = []
        public var units: [(value: String, label: String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let v = model.values
        return Layout.page(title: "Tiếp nhận đơn", layout: model.layout,
            .h1(.text("Tiếp nhận đơn")),
            CitizenWidgets.errorSummary(v.errors),
            Form.post(action: model.action, csrf: model.layout.csrfToken, [
                Form.select("Nguồn đơn", name: "channel", options: model.channels, selected: v.channel, required: true),
                Form.field("Ngày nhận (dd/mm/yyyy)", name: "received_on", value: v.receivedOn, required: true, error: v.errors["received_on"]),
                Form.select("Cơ quan nhận đơn", name: "unit_id", options: model.units, selected: v.unit, required: true),
                CitizenWidgets.checkboxGroup("Loại đơn", name: "kinds[]", options: model.kinds, checked: v.kinds, error: v.errors["kinds"]),
                Form.field("Số người cùng đứng đơn", name: "people_count", value: v.peopleCount, type: "number", error: v.errors["people_count"]),
                .el("fieldset", [.el("legend", .text("Người gửi đơn (thông tin cá nhân, được bảo mật)"))] + v.citizenFields()
                    + [CitizenWidgets.checkbox("Đơn nặc danh", name: "anonymous", value: "true", checked: false)]),
            ] + v.contentFields + [Form.submit("Lưu đơn")])
        )
    }
}
