import Plot

/// Một đơn — facts, time limits with the law they come from, the citizen (when allowed), history, duplicates, and the next steps.
public struct PetitionShowPage {
    public struct Deadline: Sendable {
        public var step = "", due = "", state = "", rule = ""
        public var isOverdue = false
        public init() {}
    }

    public struct Event: Sendable {
        public var date = "", status = "", note = "", by = ""
        public init() {}
    }

    public struct Attachment: Sendable {
        public var name = "", url = "", size = "", description = "", by = "", at = ""
        public init() {}
    }

    public struct Duplicate: Sendable {
        public var code = "", url = "", subject = "", reason = ""
        public init() {}
    }

    /// The choices the classification form offers, and what is selected now.
    public struct Classification: Sendable {
        public var kinds: [(value: String, label: String)] = []
        public var selectedKinds: Set<String> = []
        public var instances: [(value: String, label: String)] = []
        public var instance = ""
        public var fields: [(value: String, label: String)] = []
        public var field = ""
        public var inCompetence = ""
        public var flags: [(value: String, label: String)] = []
        public var selectedFlags: Set<String> = []
        public var unitChoice = ""
        public init() {}
    }

    public struct Model: Sendable {
        public var code = "", subject = "", content = "", receivedOn = "", channel = "", kinds = "", instance = "", field = ""
        public var competence = "", flags = "", status = "", statusReason = "", unitName = "", profileID = ""
        public var deadlines: [Deadline] = []
        public var resolution: String?
        public var resolutionPublic = false
        /// The citizen's name, address, phone, ID; nil when this user may not see them.
        public var personal: [(String, String)]?
        public var personalHiddenReason = ""
        public var events: [Event] = []
        /// Files attached to the case; nil when this user may not open them (personal data).
        public var attachments: [Attachment]?
        /// Where to post a new file; nil when this user may not add one.
        public var attachmentUploadURL: String?
        public var attachmentLimit = ""
        public var duplicates: [Duplicate] = []
        public var actionBase = ""
        public var today = ""
        public var canClassify = false, canAccept = false, canDecide = false, canStart = false, canExtend = false
        public var canResolve = false, canClose = false, canGrantIdentity = false
        public var classification = Classification()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Đơn " + model.code, layout: model.layout,
            .h1(.text("Đơn " + model.code + ": " + model.subject)),
            CitizenWidgets.facts([
                ("Trạng thái", model.status + (model.statusReason.isEmpty ? "" : " — " + model.statusReason)),
                ("Ngày nhận", model.receivedOn), ("Nguồn đơn", model.channel), ("Loại đơn", model.kinds), ("Lần giải quyết", model.instance),
                ("Lĩnh vực", model.field), ("Thẩm quyền", model.competence), ("Đánh dấu", model.flags.isEmpty ? "—" : model.flags),
                ("Đơn vị giải quyết", model.unitName), ("Bộ thời hạn áp dụng", model.profileID),
            ]),
            .section(.h2(.text("Thời hạn")),
                .if(model.deadlines.isEmpty, .p(.class("empty"), .text("Không còn thời hạn nào đang chạy."))),
                .if(!model.deadlines.isEmpty, CitizenWidgets.table(["Bước", "Hạn", "Tình trạng", "Căn cứ"], model.deadlines.map { row in
                    [.text(row.step), .text(row.due), .span(.class(row.isOverdue ? "overdue" : ""), .text(row.state)), .small(.text(row.rule))]
                }))),
            .section(.h2(.text("Người gửi đơn")),
                .unwrap(model.personal, { CitizenWidgets.facts($0) }, else: .p(.class("notice"), .text(model.personalHiddenReason)))),
            .section(.h2(.text("Nội dung đơn")), .p(.class("prose"), .text(model.content))),
            attachmentsSection,
            .unwrap(model.resolution) { text in
                .section(.h2(.text("Kết quả giải quyết")), .p(.class("prose"), .text(text)),
                         .p(.class("muted"), .text(model.resolutionPublic ? "Đã công khai trên trang tra cứu." : "Không công khai.")))
            },
            .if(!model.duplicates.isEmpty, .section(.h2(.text("Có thể trùng với")),
                CitizenWidgets.table(["Mã", "Nội dung", "Lý do"], model.duplicates.map { [.link($0.code, $0.url), .text($0.subject), .text($0.reason)] }))),
            .section(.h2(.text("Diễn biến xử lý")),
                CitizenWidgets.table(["Ngày", "Trạng thái", "Ghi chú", "Người thực hiện"], model.events.map {
                    [.text($0.date), .text($0.status), .text($0.note), .text($0.by)]
                })),
            actions
        )
    }

    private var attachmentsSection: Node<HTML.BodyContext> {
        .section(.h2(.text("Tệp đính kèm")),
            .unwrap(model.attachments, { rows in
                rows.isEmpty ? .p(.class("empty"), .text("Chưa có tệp đính kèm."))
                    : CitizenWidgets.table(["Tệp", "Mô tả", "Dung lượng", "Người tải lên", "Lúc"], rows.map { row in
                        [.link(row.name, row.url), .text(row.description), .text(row.size), .text(row.by), .text(row.at)]
                    })
            }, else: .p(.class("notice"), .text("Tệp đính kèm chứa thông tin cá nhân của người gửi đơn; bạn không được xem."))),
            .unwrap(model.attachmentUploadURL) { url in
                Form.post(action: url, csrf: model.layout.csrfToken, [
                    .h3(.text("Đính kèm tệp (bản quét đơn, quyết định, biên bản)")),
                    Form.field("Tệp", name: "file", type: "file", required: true, hint: model.attachmentLimit),
                    Form.field("Mô tả", name: "description"),
                    Form.submit("Tải lên"),
                ], extra: [.attr("enctype", "multipart/form-data"), .class("card no-print")])
            })
    }

    private var actions: Node<HTML.BodyContext> {
        let csrf = model.layout.csrfToken
        let base = model.actionBase
        let c = model.classification
        return .section(.class("actions no-print"), .h2(.text("Xử lý đơn")),
            .div(.class("action-grid"),
                .if(model.canClassify, Form.post(action: base + "/phan-loai", csrf: csrf, [
                    .h3(.text("Phân loại, giao đơn vị")),
                    CitizenWidgets.checkboxGroup("Loại đơn", name: "kinds[]", options: c.kinds, checked: c.selectedKinds),
                    Form.select("Lần giải quyết (khiếu nại)", name: "instance", options: c.instances, selected: c.instance),
                    Form.select("Lĩnh vực", name: "field", options: c.fields, selected: c.field, required: true),
                    Form.select("Thẩm quyền", name: "competence", options: [("true", "Thuộc thẩm quyền"), ("false", "Không thuộc thẩm quyền")],
                                selected: c.inCompetence, required: true),
                    CitizenWidgets.checkboxGroup("Đánh dấu", name: "flags[]", options: c.flags, checked: c.selectedFlags),
                    Form.unitField("Đơn vị giải quyết", name: "unit", value: c.unitChoice, required: true),
                    Form.submit("Lưu phân loại"),
                ], extra: [.class("card")])),
                .if(model.canAccept, Form.post(action: base + "/thu-ly", csrf: csrf, [
                    .h3(.text("Thụ lý")),
                    Form.field("Ngày thụ lý (dd/mm/yyyy)", name: "date", value: model.today, required: true),
                    Form.submit("Thụ lý"),
                ], extra: [.class("card")])),
                .if(model.canDecide, Form.post(action: base + "/xu-ly", csrf: csrf, [
                    .h3(.text("Chuyển, trả lại hoặc lưu đơn")),
                    Form.select("Kết quả", name: "outcome", options: [("chuyen_don", "Chuyển đơn"), ("tra_lai", "Trả lại đơn"), ("luu_don", "Lưu đơn")],
                                selected: nil, required: true),
                    CitizenWidgets.textarea("Lý do", name: "reason", required: true, rows: 3),
                    Form.submit("Ghi nhận"),
                ], extra: [.class("card")])),
                .if(model.canStart, Form.post(action: base + "/bat-dau", csrf: csrf, [
                    .h3(.text("Bắt đầu giải quyết")), Form.submit("Bắt đầu giải quyết"),
                ], extra: [.class("card")])),
                .if(model.canExtend, Form.post(action: base + "/gia-han", csrf: csrf, [
                    .h3(.text("Gia hạn giải quyết tố cáo")),
                    Form.field("Số quyết định gia hạn", name: "decision", required: true),
                    Form.field("Ngày quyết định (dd/mm/yyyy)", name: "date", value: model.today, required: true),
                    Form.submit("Gia hạn"),
                ], extra: [.class("card")])),
                .if(model.canResolve, Form.post(action: base + "/giai-quyet", csrf: csrf, [
                    .h3(.text("Kết quả giải quyết")),
                    Form.field("Ngày giải quyết (dd/mm/yyyy)", name: "date", value: model.today, required: true),
                    CitizenWidgets.textarea("Quyết định hoặc nội dung trả lời", name: "resolution", required: true),
                    CitizenWidgets.checkbox("Công khai nội dung trả lời trên trang tra cứu", name: "publish", value: "true", checked: true),
                    Form.submit("Ghi nhận kết quả"),
                ], extra: [.class("card")])),
                .if(model.canClose, Form.post(action: base + "/ket-thuc", csrf: csrf, [
                    .h3(.text("Kết thúc hồ sơ")), Form.submit("Kết thúc"),
                ], extra: [.class("card")])),
                .if(model.canGrantIdentity, Form.post(action: base + "/cho-xem-danh-tinh", csrf: csrf, [
                    .h3(.text("Danh tính người tố cáo")),
                    .p(.text("Danh tính người tố cáo đang được giữ bí mật với đơn vị được giao.")),
                    Form.submit("Cho phép đơn vị được giao xem", style: "danger"),
                ], extra: [.class("card")]))
            )
        )
    }
}
