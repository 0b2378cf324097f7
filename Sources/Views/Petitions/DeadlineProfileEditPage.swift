import Plot

/// Sửa bộ thời hạn — a new version of one kind and instance's time limits; values not yet checked against the law are marked.
public struct DeadlineProfileEditPage {
    /// One step's values as shown in the form.
    public struct Step: Sendable {
        public var days = "", complexDays = "", remoteDays = "", remoteComplexDays = "", counting = "", citation = ""
        public var confirmed = false
        public init() {}
    }

    public struct Model: Sendable {
        public var title = "", code = ""
        public var accept = Step(), resolve = Step()
        public var acceptLabel = "Thụ lý"
        public var extensionMaxCount = "", extensionDays = "", extensionCitation = "", note = ""
        public var countings: [(value: String, label: String)] = []
        public var errors: [String: String] = [:]
        public var action = "", backURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    private func step(_ legend: String, _ prefix: String, _ s: Step) -> Node<HTML.BodyContext> {
        let e = model.errors
        return .el("fieldset", [
            .el("legend", .text(legend)),
            .if(!s.confirmed, .p(.strong(.class("unconfirmed"), .text("CHƯA ĐỐI CHIẾU: giá trị mặc định, chưa đối chiếu văn bản pháp luật.")))),
            Form.field("Số ngày", name: prefix + "_days", value: s.days, type: "number", required: true, error: e[prefix + "_days"]),
            Form.field("Vụ việc phức tạp", name: prefix + "_complex_days", value: s.complexDays, type: "number", required: true, error: e[prefix + "_complex_days"]),
            Form.field("Vùng sâu, vùng xa", name: prefix + "_remote_days", value: s.remoteDays, type: "number", required: true, error: e[prefix + "_remote_days"]),
            Form.field("Vùng sâu, vùng xa và phức tạp", name: prefix + "_remote_complex_days", value: s.remoteComplexDays, type: "number", required: true,
                       error: e[prefix + "_remote_complex_days"]),
            Form.select("Cách tính", name: prefix + "_counting", options: model.countings, selected: s.counting, required: true),
            Form.field("Căn cứ (văn bản, điều)", name: prefix + "_citation", value: s.citation, required: true, error: e[prefix + "_citation"]),
            CitizenWidgets.checkbox("Đã đối chiếu với văn bản pháp luật", name: prefix + "_confirmed", value: "true", checked: s.confirmed),
        ])
    }

    public func render() -> String {
        let e = model.errors
        return Layout.page(title: "Sửa bộ thời hạn", layout: model.layout,
            .h1(.text("Sửa bộ thời hạn: " + model.title)),
            .p(.text("Đang dùng phiên bản "), .code(.text(model.code)),
               .text(". Lưu sẽ tạo phiên bản mới cho các đơn phân loại từ nay; đơn đã có giữ nguyên hạn.")),
            CitizenWidgets.errorSummary(e),
            Form.post(action: model.action, csrf: model.layout.csrfToken, [
                step(model.acceptLabel + " (tính từ ngày nhận đơn)", "accept", model.accept),
                step("Giải quyết (tính từ ngày thụ lý)", "resolve", model.resolve),
                .el("fieldset", [
                    .el("legend", .text("Gia hạn giải quyết (theo quyết định)")),
                    Form.field("Số lần được gia hạn (0 là không gia hạn)", name: "extension_max_count", value: model.extensionMaxCount, type: "number",
                               error: e["extension_max_count"]),
                    Form.field("Số ngày mỗi lần", name: "extension_days", value: model.extensionDays, type: "number", error: e["extension_days"]),
                    Form.field("Căn cứ gia hạn", name: "extension_citation", value: model.extensionCitation, error: e["extension_citation"]),
                ]),
                CitizenWidgets.textarea("Lý do sửa đổi (văn bản đã đối chiếu)", name: "note", value: model.note, required: true, error: e["note"], rows: 3),
                Form.submit("Lưu phiên bản mới"),
            ]),
            .p(.class("no-print"), .link("← Bộ thời hạn", model.backURL))
        )
    }
}
