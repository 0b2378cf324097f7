import Plot

/// Ghi nhận đối thoại — the form for one dialogue: unit, date, chair, participants, subject, related petition, outcome, follow-up.
public struct DialogueNewPage {
    public struct Values: Sendable {
        public var unit = "", heldOn = "", chairedBy = "", participants = "", peopleCount = "1", subject = "", petitionCode = ""
        public var outcome = "", followUp = ""
        public var errors: [String: String] = [:]
        public init() {}
    }

    public struct Model: Sendable {
        public var values = Values()
        public var units: [(value: String, label: String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let v = model.values
        return Layout.page(title: "Ghi nhận đối thoại", layout: model.layout,
            .h1(.text("Ghi nhận buổi đối thoại")),
            CitizenWidgets.errorSummary(v.errors),
            Form.post(action: model.action, csrf: model.layout.csrfToken, [
                Form.select("Cơ quan tổ chức đối thoại", name: "unit_id", options: model.units, selected: v.unit, required: true),
                Form.field("Ngày đối thoại (dd/mm/yyyy)", name: "held_on", value: v.heldOn, required: true, error: v.errors["held_on"]),
                Form.field("Người chủ trì", name: "chaired_by", value: v.chairedBy, required: true, error: v.errors["chaired_by"]),
                CitizenWidgets.textarea("Thành phần tham dự (công dân, cơ quan liên quan)", name: "participants", value: v.participants,
                                        required: true, error: v.errors["participants"], rows: 3),
                Form.field("Số công dân tham dự", name: "people_count", value: v.peopleCount, type: "number", error: v.errors["people_count"]),
                Form.field("Nội dung đối thoại", name: "subject", value: v.subject, required: true, error: v.errors["subject"]),
                Form.field("Mã đơn liên quan (nếu có)", name: "petition_code", value: v.petitionCode, hint: "Ví dụ: DV-23456-789AB",
                           error: v.errors["petition_code"]),
                CitizenWidgets.textarea("Kết quả đối thoại", name: "outcome", value: v.outcome, required: true, error: v.errors["outcome"], rows: 4),
                CitizenWidgets.textarea("Việc tiếp theo, người thực hiện, thời hạn", name: "follow_up", value: v.followUp,
                                        error: v.errors["follow_up"], rows: 3),
                Form.submit("Lưu buổi đối thoại"),
            ])
        )
    }
}
