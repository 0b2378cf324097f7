import Plot

/// Ngày nghỉ lễ — the list the working calendar reads: report due dates and petition time limits move around these days.
/// Each year is either confirmed against the Government's notice or the law's computed default, and says which.
public struct HolidaysPage {
    public struct Model: Sendable {
        public let year: String
        /// The years offered as tabs, each with whether it is confirmed by a notice.
        public let years: [(year: String, confirmed: Bool)]
        /// `isWorkday`: a Saturday or Sunday worked in exchange for a weekday off (ngày làm bù).
        public let rows: [(date: String, name: String, isWorkday: Bool, deleteAction: String)]
        public let canEdit: Bool
        /// The day just deleted (dd/MM/yyyy), its name and kind, offered back once.
        public let undo: (date: String, name: String, isWorkday: Bool)?
        /// The year shown is confirmed by the Government's notice (else: computed from the law).
        public let confirmed: Bool
        /// The notice it was checked against, as typed.
        public let basis: String?
        public let confirmAction: String
        public let layout: LayoutModel

        public init(year: String, years: [(year: String, confirmed: Bool)],
                    rows: [(date: String, name: String, isWorkday: Bool, deleteAction: String)],
                    canEdit: Bool, undo: (date: String, name: String, isWorkday: Bool)? = nil, confirmed: Bool, basis: String? = nil,
                    confirmAction: String, layout: LayoutModel) {
            self.year = year
            self.years = years
            self.rows = rows
            self.canEdit = canEdit
            self.undo = undo
            self.confirmed = confirmed
            self.basis = basis
            self.confirmAction = confirmAction
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Ngày nghỉ lễ", layout: model.layout,
            .h1(.text("Ngày nghỉ lễ năm \(model.year)")),
            .p(.class("hint"), .text("Thứ Bảy, Chủ nhật là ngày nghỉ, trừ ngày làm bù. Danh sách dưới đây là các ngày nghỉ lễ, Tết và nghỉ bù trong tuần, và các ngày thứ Bảy, Chủ nhật đi làm bù khi Chính phủ hoán đổi ngày làm việc; cập nhật theo thông báo hằng năm của Chính phủ. Hạn nộp báo cáo đã lập không tự thay đổi.")),
            .unwrap(model.undo) { undo in
                Form.post(action: "/ngay-nghi", csrf: model.layout.csrfToken, [
                    .void("input", [("type", "hidden"), ("name", "ngay"), ("value", undo.date)]),
                    .void("input", [("type", "hidden"), ("name", "ten"), ("value", undo.name)]),
                    .void("input", [("type", "hidden"), ("name", "loai"), ("value", undo.isWorkday ? "lam_bu" : "nghi")]),
                    Form.submit((undo.isWorkday ? "Hoàn tác: thêm lại ngày làm bù " : "Hoàn tác: thêm lại ngày nghỉ ") + undo.date,
                                style: "secondary"),
                ], extra: [.class("no-print")])
            },
            .nav(.class("tabs no-print"), .attr("aria-label", "Năm"), .ul(.forEach(model.years) { tab -> Node<HTML.ListContext> in
                let label = tab.year + (tab.confirmed ? " (đã xác nhận)" : " (tính theo luật)")
                return .li(tab.year == model.year ? .strong(.text(label)) : .link(label, "/ngay-nghi?nam=" + tab.year))
            })),
            status,
            model.rows.isEmpty ? .p(.class("empty"), .text("Chưa có ngày nghỉ lễ nào cho năm này.")) : .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text("Ngày")), .th(.text("Tên")), .th(.text("Loại")), .if(model.canEdit, .th(.text(""))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(row.date)), .td(.text(row.name)), .td(.text(row.isWorkday ? "Đi làm (làm bù)" : "Nghỉ")),
                        .if(model.canEdit, .td(Form.post(action: row.deleteAction, csrf: model.layout.csrfToken, [
                            .el("button", .attr("type", "submit"), .class("button secondary"),
                                .attr("aria-label", (row.isWorkday ? "Xóa ngày làm bù " : "Xóa ngày nghỉ ") + row.date), .text("Xóa")),
                        ]))))
                }))),
            .if(model.canEdit, Form.post(action: "/ngay-nghi", csrf: model.layout.csrfToken, [
                .h2(.text("Thêm ngày nghỉ hoặc ngày làm bù")),
                Form.field("Ngày (dd/mm/yyyy)", name: "ngay", required: true),
                Form.field("Tên", name: "ten", required: true, hint: "Ví dụ: Tết Nguyên đán; Làm bù cho ngày 02/05"),
                Form.select("Loại", name: "loai", options: [("nghi", "Ngày nghỉ"), ("lam_bu", "Ngày làm bù (thứ Bảy, Chủ nhật đi làm)")],
                            selected: "nghi"),
                Form.submit("Thêm"),
            ], extra: [.class("card narrow no-print")])),
            .if(model.canEdit, confirmForm)
        )
    }

    /// Where the year's list comes from, in words: a notice, or the law's default that nobody has checked yet.
    private var status: Node<HTML.BodyContext> {
        model.confirmed
            ? .p(.class("status"), .strong(.text("Đã xác nhận theo thông báo của Chính phủ.")),
                 .unwrap(model.basis) { .text(" Căn cứ: " + $0 + ".") })
            : .p(.class("status"), .strong(.text("Tính theo Bộ luật Lao động 2019 (Điều 112), chưa xác nhận theo thông báo của Chính phủ.")),
                 .text(" Mặc định: Tết Nguyên đán gồm ngày cuối năm âm lịch cũ và 4 ngày đầu năm mới; Quốc khánh 02/9 và một ngày liền kề; ngày lễ trùng thứ Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp. Khi có thông báo, sửa các ngày cho đúng rồi bấm “Xác nhận theo thông báo”."))
    }

    private var confirmForm: Node<HTML.BodyContext> {
        Form.post(action: model.confirmAction, csrf: model.layout.csrfToken, model.confirmed ? [
            .h2(.text("Thông báo của Chính phủ")),
            .void("input", [("type", "hidden"), ("name", "nam"), ("value", model.year)]),
            .void("input", [("type", "hidden"), ("name", "xac_nhan"), ("value", "0")]),
            Form.submit("Bỏ xác nhận năm " + model.year, style: "secondary"),
        ] : [
            .h2(.text("Thông báo của Chính phủ")),
            .void("input", [("type", "hidden"), ("name", "nam"), ("value", model.year)]),
            .void("input", [("type", "hidden"), ("name", "xac_nhan"), ("value", "1")]),
            Form.field("Số, ngày thông báo", name: "can_cu", hint: "Ví dụ: Thông báo số …/TB-BNV ngày dd/mm/yyyy"),
            Form.submit("Xác nhận theo thông báo"),
        ], extra: [.class("card narrow no-print")])
    }
}
