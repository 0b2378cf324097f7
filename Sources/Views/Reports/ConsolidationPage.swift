import Plot

/// Tổng hợp báo cáo — a period's figures combined over accepted reports, the units' narratives, who is missing or late.
public struct ConsolidationPage {
    public struct Model: Sendable {
        public let title: String
        public let regimeURL: String
        public let periods: [(value: String, label: String)]
        public let period: String
        public let summary: String
        public let figures: [[TableCell]]
        public let narratives: [(title: String, entries: [(unit: String, text: String)])]
        public let missing: [[TableCell]]
        public let late: [String]
        public let docxURL: String
        public let xlsxURL: String
        /// The signer form, for people who may set the receiving unit's signer: where it posts, the title lines, the name.
        public let signer: (action: String, lines: String, name: String)?
        /// Where "send upward" posts, and to which report, when the unit has one to answer for this period.
        public let upward: (action: String, label: String)?
        public let layout: LayoutModel

        public init(title: String, regimeURL: String, periods: [(value: String, label: String)], period: String, summary: String,
                    figures: [[TableCell]], narratives: [(title: String, entries: [(unit: String, text: String)])], missing: [[TableCell]],
                    late: [String], docxURL: String, xlsxURL: String, signer: (action: String, lines: String, name: String)? = nil, upward: (action: String, label: String)?, layout: LayoutModel) {
            self.title = title
            self.regimeURL = regimeURL
            self.periods = periods
            self.period = period
            self.summary = summary
            self.figures = figures
            self.narratives = narratives
            self.missing = missing
            self.late = late
            self.docxURL = docxURL
            self.xlsxURL = xlsxURL
            self.signer = signer
            self.upward = upward
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Tổng hợp báo cáo", layout: model.layout,
            .p(.link("← " + model.title, model.regimeURL)),
            .h1(.text("Tổng hợp báo cáo")),
            .el("form", .attr("method", "get"), .attr("action", model.regimeURL + "/tong-hop"), .class("filter-form"),
                Form.select("Kỳ báo cáo", name: "ky", options: model.periods, selected: model.period),
                Form.submit("Xem", style: "secondary")),
            .p(.text(model.summary)),
            .p(.class("no-print"), .text("Tải về: "), .link("Báo cáo (.docx, thể thức Nghị định 30/2020)", model.docxURL), .text(" · "),
               .link("Số liệu theo đơn vị (.xlsx)", model.xlsxURL)),
            .unwrap(model.signer) { signer in
                Form.post(action: signer.action, csrf: model.layout.csrfToken, [
                    .h2(.text("Người ký báo cáo")),
                    .p(.class("hint"), .text("In vào khối chữ ký của tệp .docx và được ghi nhớ cho các văn bản sau của đơn vị.")),
                    .div(.class("field"),
                        .el("label", .attr("for", "f-chuc_danh"), .text("Quyền hạn, chức vụ người ký (mỗi dòng một dòng) *")),
                        .el("small", .attr("id", "f-chuc_danh-hint"), .class("hint"), .text("Ví dụ: KT. CHỦ TỊCH, xuống dòng, PHÓ CHỦ TỊCH.")),
                        .el("textarea", .attr("id", "f-chuc_danh"), .attr("name", "chuc_danh"), .attr("rows", "3"), .attr("required", "required"),
                            .attr("aria-describedby", "f-chuc_danh-hint"), .text(signer.lines))),
                    Form.field("Họ và tên người ký", name: "ho_ten", value: signer.name, hint: "Để trống nếu ký tay họ tên."),
                    Form.submit("Lưu người ký", style: "secondary"),
                ], extra: [.class("card no-print narrow")])
            },
            .unwrap(model.upward) { upward in
                Form.post(action: upward.action, csrf: model.layout.csrfToken, [
                    .p(.text("Dùng số liệu và nội dung tổng hợp này làm bản nháp cho " + upward.label + ". Bạn xem lại, bổ sung rồi nộp như báo cáo của đơn vị mình.")),
                    Form.submit("Tạo báo cáo gửi cấp trên"),
                ], extra: [.class("card no-print")])
            },
            .h2(.text("Số liệu tổng hợp")),
            TableCell.table(["Chỉ tiêu", "Đơn vị tính", "Tổng hợp", "Số báo cáo"], model.figures),
            .h2(.text("Đơn vị chưa có báo cáo được chấp nhận")),
            TableCell.table(["Đơn vị", "Tình trạng"], model.missing, empty: "Tất cả đơn vị đã có báo cáo được chấp nhận."),
            .h2(.text("Đơn vị nộp trễ hạn")),
            model.late.isEmpty ? .p(.class("empty"), .text("Không có đơn vị nộp trễ.")) : .p(.text(model.late.joined(separator: "; "))),
            .h2(.text("Nội dung báo cáo của các đơn vị")),
            .forEach(model.narratives) { narrative in
                .section(.h3(.text(narrative.title)),
                    narrative.entries.isEmpty ? .p(.class("empty"), .text("(chưa có nội dung)"))
                        : .group(.forEach(narrative.entries) { entry in .p(.strong(.text(entry.unit + ": ")), .text(entry.text)) }))
            }
        )
    }
}
