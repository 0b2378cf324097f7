import Plot

/// Chế độ báo cáo — one regime: its rule, who reports to whom, its periods, and the calendar for a year.
public struct RegimePage {
    public struct Settings: Sendable {
        public let ruleKind: String
        public let day: String
        public let month: String
        public let cutoffDay: String
        public let dayOffPolicy: String
        public let policies: [(value: String, label: String)]
        public let receiverChoice: String
        public let templateID: String
        public let templates: [(value: String, label: String)]

        public init(ruleKind: String, day: String, month: String, cutoffDay: String, dayOffPolicy: String, policies: [(value: String, label: String)],
                    receiverChoice: String, templateID: String, templates: [(value: String, label: String)]) {
            self.ruleKind = ruleKind
            self.day = day
            self.month = month
            self.cutoffDay = cutoffDay
            self.dayOffPolicy = dayOffPolicy
            self.policies = policies
            self.receiverChoice = receiverChoice
            self.templateID = templateID
            self.templates = templates
        }
    }

    public struct Model: Sendable {
        public let title: String
        public let planTitle: String
        public let planURL: String
        public let facts: [(String, String)]
        public let notes: [String]
        public let periods: [[TableCell]]
        public let reporters: [[TableCell]]
        public let reporterCount: Int
        /// The reporting units one a line, by name ("Phòng Tư pháp — Thị xã Hương Trà"), or what was typed.
        public let reporterNames: String
        /// Why the list typed was not saved: names not found, names that fit several units.
        public let reportersError: String?
        public let canManage: Bool
        public let settings: Settings
        public let year: String
        public let isAdhoc: Bool
        public let kinds: [(value: String, label: String)]
        public let baseURL: String
        public let layout: LayoutModel

        public init(title: String, planTitle: String, planURL: String, facts: [(String, String)], notes: [String], periods: [[TableCell]],
                    reporters: [[TableCell]], reporterCount: Int, reporterNames: String, reportersError: String? = nil, canManage: Bool, settings: Settings, year: String,
                    isAdhoc: Bool, kinds: [(value: String, label: String)], baseURL: String, layout: LayoutModel) {
            self.title = title
            self.planTitle = planTitle
            self.planURL = planURL
            self.facts = facts
            self.notes = notes
            self.periods = periods
            self.reporters = reporters
            self.reporterCount = reporterCount
            self.reporterNames = reporterNames
            self.reportersError = reportersError
            self.canManage = canManage
            self.settings = settings
            self.year = year
            self.isAdhoc = isAdhoc
            self.kinds = kinds
            self.baseURL = baseURL
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let csrf = model.layout.csrfToken
        let settings = model.settings
        return Layout.page(title: model.title, layout: model.layout,
            .p(.link("← " + model.planTitle, model.planURL)),
            .h1(.text(model.title)),
            .el("dl", .class("facts"), .forEach(model.facts) { .group(.el("dt", .text($0.0)), .el("dd", .text($0.1))) }),
            .forEach(model.notes) { .p(.class("hint"), .text($0)) },
            .p(.class("no-print"), .link("Tình hình nộp báo cáo", model.baseURL + "/tinh-hinh?nam=" + model.year)),
            .h2(.text("Các kỳ báo cáo năm \(model.year)")),
            TableCell.table(["Kỳ", "Chốt số liệu", "Hạn nộp", "Phải nộp", "Đã nộp", "Đã chấp nhận", ""], model.periods,
                            empty: "Chưa lập lịch báo cáo cho năm \(model.year)."),
            .if(model.canManage, .div(.class("action-grid no-print"),
                model.isAdhoc
                    ? Form.post(action: model.baseURL + "/dot-xuat", csrf: csrf, [
                        .h2(.text("Yêu cầu báo cáo đột xuất")),
                        .p(.class("hint"), .text("Gửi một yêu cầu báo cáo tới mọi đơn vị báo cáo, với hạn nộp cụ thể.")),
                        Form.field("Nội dung yêu cầu", name: "noi_dung", required: true),
                        Form.field("Hạn nộp (dd/mm/yyyy)", name: "han", required: true),
                        Form.submit("Gửi yêu cầu"),
                    ], extra: [.class("card")])
                    : Form.post(action: model.baseURL + "/lap-lich", csrf: csrf, [
                        .h2(.text("Lập lịch báo cáo")),
                        .p(.class("hint"), .text("Tạo yêu cầu báo cáo cho từng đơn vị, từng kỳ trong năm. Chạy lại không tạo trùng; các yêu cầu đã có giữ nguyên hạn đã ghi.")),
                        Form.field("Năm", name: "nam", value: model.year, type: "number", required: true, attributes: [("min", "2000"), ("max", "2100")]),
                        Form.submit("Lập lịch"),
                    ], extra: [.class("card")]),
                Form.post(action: model.baseURL + "/cai-dat", csrf: csrf, [
                    .h2(.text("Quy tắc hạn nộp")),
                    Form.select("Loại quy tắc", name: "quy_tac", options: [
                        ("", "Chưa có hạn"), ("day_of_month", "Ngày … hằng tháng (tháng cuối kỳ)"),
                        ("day_of_quarter_month", "Ngày … của tháng thứ … trong quý"), ("day_of_year", "Ngày … tháng … trong năm"),
                    ], selected: settings.ruleKind),
                    Form.field("Ngày", name: "ngay", value: settings.day, type: "number", attributes: [("min", "1"), ("max", "31")]),
                    Form.field("Tháng (trong quý: 1–3; trong năm: 1–12)", name: "thang", value: settings.month, type: "number",
                               attributes: [("min", "1"), ("max", "12")]),
                    Form.field("Ngày chốt số liệu", name: "ngay_chot", value: settings.cutoffDay, type: "number", required: true,
                               hint: "Nghị định 09/2019: từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ. Chọn 1 để tính theo tháng dương lịch.",
                               attributes: [("min", "1"), ("max", "28")]),
                    Form.select("Hạn rơi vào ngày nghỉ", name: "ngay_nghi", options: settings.policies, selected: settings.dayOffPolicy),
                    Form.unitField("Đơn vị nhận báo cáo", name: "noi_nhan", value: settings.receiverChoice,
                                   hint: "Gõ một phần tên, không cần dấu, hoặc mã. Để trống: đơn vị ban hành kế hoạch."),
                    Form.select("Mẫu báo cáo", name: "mau", options: settings.templates, selected: settings.templateID),
                    Form.submit("Lưu quy tắc"),
                ], extra: [.class("card")]))),
            .h2(.text("Đơn vị thực hiện báo cáo (\(model.reporterCount))")),
            TableCell.table(["Mã", "Đơn vị", "Loại"], model.reporters, empty: "Chưa có đơn vị nào: nhập tên các đơn vị bên dưới."),
            .if(model.reporterCount > model.reporters.count, .p(.class("hint"), .text("Hiển thị \(model.reporters.count) đơn vị đầu tiên."))),
            .if(model.canManage, Form.post(action: model.baseURL + "/don-vi", csrf: csrf, [
                .div(.class(model.reportersError == nil ? "field" : "field field-error"),
                    .el("label", .attr("for", "f-don_vi"), .text("Các đơn vị báo cáo, mỗi dòng một đơn vị")),
                    .p(.attr("id", "f-don_vi-hint"), .class("hint"),
                       .text("Gõ tên đơn vị, không cần dấu (ví dụ: tư pháp hương trà), hoặc mã đơn vị. Tên trùng nhau thì ghi thêm đơn vị cấp trên sau dấu “—”.")),
                    .unwrap(model.reportersError) { .p(.attr("id", "f-don_vi-error"), .class("error-text"), .attr("role", "alert"), .text($0)) },
                    .el("textarea", .attr("id", "f-don_vi"), .attr("name", "don_vi"), .attr("rows", "6"),
                        .attr("aria-describedby", model.reportersError == nil ? "f-don_vi-hint" : "f-don_vi-hint f-don_vi-error"),
                        .text(model.reporterNames))),
                Form.select("Thêm mọi đơn vị loại (trong phạm vi đơn vị ban hành)", name: "loai", options: model.kinds, selected: nil, includeBlank: "—"),
                Form.submit("Lưu danh sách đơn vị"),
            ], extra: [.class("card no-print")]))
        )
    }
}
