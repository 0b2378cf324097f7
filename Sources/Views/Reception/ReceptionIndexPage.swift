import Plot

/// Tiếp công dân — a unit's schedules and the record of reception sessions, with forms to add both; dialogues have their own pages.
public struct ReceptionIndexPage {
    public struct Session: Sendable {
        public var date = "", unit = "", host = "", citizens = "", subject = "", decision = ""
        public init() {}
    }

    public struct Model: Sendable {
        public var schedules: [PublicSchedulePage.Row] = []
        public var sessions: [Session] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var units: [(value: String, label: String)] = []
        public var canEdit = false
        public var scheduleAction = ""
        public var sessionAction = ""
        public var dialoguesURL = ""
        public var today = ""
        public var errors: [String: String] = [:]
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let csrf = model.layout.csrfToken
        return Layout.page(title: "Tiếp công dân", layout: model.layout,
            .h1(.text("Tiếp công dân")),
            .p(.class("no-print"), .link("Đối thoại với công dân", model.dialoguesURL)),
            CitizenWidgets.errorSummary(model.errors),
            .section(.h2(.text("Lịch tiếp công dân định kỳ")),
                CitizenWidgets.table(["Cơ quan", "Người tiếp", "Lịch", "Giờ", "Địa điểm", "Sắp tới"],
                    model.schedules.map { [.text($0.unit), .text($0.host), .text($0.rule), .text($0.hours), .text($0.place), .text($0.next)] })),
            .section(.h2(.text("Các buổi tiếp công dân")),
                .if(model.sessions.isEmpty, .p(.class("empty"), .text("Chưa có buổi tiếp nào được ghi nhận."))),
                .if(!model.sessions.isEmpty, CitizenWidgets.table(["Ngày", "Cơ quan", "Người tiếp", "Công dân", "Nội dung", "Kết quả"],
                    model.sessions.map { [.text($0.date), .text($0.unit), .text($0.host), .text($0.citizens), .text($0.subject), .text($0.decision)] })),
                model.pagination.node),
            .if(model.canEdit, .section(.class("actions no-print"), .h2(.text("Ghi nhận")), .div(.class("action-grid"),
                Form.post(action: model.sessionAction, csrf: csrf, [
                    .h3(.text("Buổi tiếp công dân")),
                    Form.select("Cơ quan", name: "unit_id", options: model.units, selected: nil, required: true),
                    Form.field("Ngày (dd/mm/yyyy)", name: "held_on", value: model.today, required: true),
                    Form.field("Người tiếp", name: "host", required: true),
                    Form.field("Công dân được tiếp", name: "citizens", required: true),
                    Form.field("Số người", name: "people_count", value: "1", type: "number"),
                    Form.field("Nội dung", name: "subject", required: true),
                    CitizenWidgets.textarea("Kết quả, ý kiến chỉ đạo", name: "decision", required: true, rows: 3),
                    Form.submit("Lưu buổi tiếp"),
                ], extra: [.class("card")]),
                Form.post(action: model.scheduleAction, csrf: csrf, [
                    .h3(.text("Lịch tiếp định kỳ")),
                    Form.select("Cơ quan", name: "unit_id", options: model.units, selected: nil, required: true),
                    Form.field("Người tiếp", name: "host", value: "Chủ tịch UBND", required: true),
                    Form.select("Tần suất", name: "frequency", options: [("hang_tuan", "Hằng tuần"), ("hang_thang", "Hằng tháng")], selected: "hang_tuan"),
                    Form.field("Thứ (2–8, 8 là Chủ nhật) hoặc ngày trong tháng", name: "day", value: "5", type: "number", required: true),
                    Form.field("Giờ tiếp", name: "hours", value: "07:30–11:30, 13:30–17:00", required: true),
                    Form.field("Địa điểm", name: "place", required: true),
                    Form.submit("Lưu lịch"),
                ], extra: [.class("card")]))))
        )
    }
}
