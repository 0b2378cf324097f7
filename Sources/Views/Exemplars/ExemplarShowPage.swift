import Plot

/// Một mô hình — registration content, results with photos, history, recognitions and where it has spread.
public struct ExemplarShowPage {
    public struct Update: Sendable {
        public var date = "", households = "", money = "", land = "", cases = "", note = "", by = ""
        /// (name, url, isImage)
        public var files: [(String, String, Bool)] = []
        public init() {}
    }

    public struct Spread: Sendable {
        public var name = "", url = "", unit = "", date = "", status = ""
        public init() {}
    }

    public struct Model: Sendable {
        public var name = ""
        public var facts: [(String, String)] = []
        /// (heading, text) of the registration content.
        public var sections: [(String, String)] = []
        public var original: (name: String, url: String)?
        public var updates: [Update] = []
        public var totals = ""
        /// (date, step, from → to, by, note)
        public var history: [(String, String, String, String, String)] = []
        public var decisions: [String] = []
        public var spread: [Spread] = []
        public var spreadYears: [String] = []
        public var spreadCounts: [Double] = []
        /// Forms shown to who may use them.
        public var canChange = false
        public var steps: [(String, String)] = []
        public var stepURL = "", updateURL = "", recogniseURL = "", commendURL = ""
        public var levels: [(String, String)] = []
        public var commendationForms: [(String, String)] = []
        public var canRecognise = false, canCommend = false, canUpdate = false
        public var replicateURL: String?
        public var publicURL: String?
        public var today = ""
        /// What a refused form held, by field name, and the refusal.
        public var typed: [String: String] = [:]
        public var error: String?
        public var listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        func typed(_ name: String, _ fallback: String) -> String { m.typed[name] ?? fallback }
        return Layout.page(title: m.name, layout: m.layout,
            .h1(.text(m.name)),
            .unwrap(m.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
            CitizenWidgets.facts(m.facts),
            .unwrap(m.original) { .p(.text("Nhân rộng từ mô hình: "), .link($0.name, $0.url)) },
            .p(.class("no-print"),
               .unwrap(m.replicateURL) { .group(.link("Nhân rộng mô hình này ở đơn vị khác", $0, .class("button")), .text(" ")) },
               .unwrap(m.publicURL) { .link("Xem trên trang công khai", $0) }),
            .forEach(m.sections) { section in
                .section(.h2(.text(section.0)), .if(section.1.isEmpty, .p(.class("empty"), .text("Chưa ghi."))),
                         .if(!section.1.isEmpty, .p(.class("prose"), .text(section.1))))
            },
            .section(.h2(.text("Kết quả thực hiện")),
                .if(m.updates.isEmpty, .p(.class("empty"), .text("Chưa có cập nhật kết quả."))),
                .if(!m.updates.isEmpty, .group(
                    .p(.el("strong", .text("Cộng dồn: ")), .text(m.totals)),
                    CitizenWidgets.stackedTable(["Ngày", "Số hộ", "Kinh phí (đồng)", "Đất hiến (m²)", "Vụ việc giải quyết", "Ghi chú", "Ảnh, tài liệu"], m.updates.map { u in
                        [.text(u.date), .text(u.households), .text(u.money), .text(u.land), .text(u.cases), .text(u.note),
                         .group(.forEach(u.files) { file in
                            file.2 ? Node<HTML.BodyContext>.el("a", .attr("href", file.1), .el("img", .attr("src", file.1), .attr("alt", "Ảnh: " + file.0), .attr("width", "160"), .attr("loading", "lazy")))
                                   : Node<HTML.BodyContext>.link(file.0, file.1)
                         })]
                    })))),
            .if(m.canUpdate, .section(.class("no-print"), .h2(.text("Cập nhật kết quả")),
                .el("form", .attr("method", "post"), .attr("action", m.updateURL), .attr("enctype", "multipart/form-data"),
                    .void("input", [("type", "hidden"), ("name", "_csrf"), ("value", m.layout.csrfToken)]),
                    Form.field("Ngày (dd/mm/yyyy)", name: "reported_on", value: typed("reported_on", m.today), required: true),
                    Form.field("Số hộ được vận động, tham gia", name: "households", value: typed("households", "0"), type: "number"),
                    Form.field("Kinh phí vận động được (đồng)", name: "money_vnd", value: typed("money_vnd", "0"), type: "number"),
                    Form.field("Đất hiến (m²)", name: "land_m2", value: typed("land_m2", "0"), type: "number"),
                    Form.field("Số vụ việc hòa giải, giải quyết xong", name: "cases_settled", value: typed("cases_settled", "0"), type: "number"),
                    CitizenWidgets.textarea("Ghi chú", name: "note", value: typed("note", ""), rows: 2),
                    Form.field("Ảnh hoặc tài liệu (JPEG, PNG, PDF; tối đa 5 MB)", name: "file", type: "file",
                               attributes: [("accept", "image/jpeg,image/png,application/pdf")]),
                    Form.submit("Lưu cập nhật")))),
            .section(.h2(.text("Công nhận, khen thưởng")),
                .if(m.decisions.isEmpty, .p(.class("empty"), .text("Chưa được công nhận."))),
                .if(!m.decisions.isEmpty, .ul(.forEach(m.decisions) { .li(.text($0)) }))),
            .if(m.canChange && !m.steps.isEmpty, .section(.class("no-print"), .h2(.text("Triển khai, rà soát, phân loại")),
                Form.post(action: m.stepURL, csrf: m.layout.csrfToken, [
                    Form.select("Bước", name: "step", options: ExemplarWidgets.options(m.steps), selected: m.typed["step"], required: true),
                    Form.field("Ngày (dd/mm/yyyy)", name: "on_date", value: typed("on_date", m.today), required: true),
                    CitizenWidgets.textarea("Nhận xét", name: "review_note", value: typed("review_note", ""), rows: 2),
                    Form.submit("Ghi nhận"),
                ]))),
            .if(m.canRecognise, .section(.class("no-print"), .h2(.text("Công nhận")),
                Form.post(action: m.recogniseURL, csrf: m.layout.csrfToken, [
                    Form.select("Cấp công nhận", name: "level", options: ExemplarWidgets.options(m.levels), selected: m.typed["level"], required: true),
                    Form.field("Số quyết định", name: "decision_number", value: typed("decision_number", ""), required: true),
                    Form.field("Ngày quyết định (dd/mm/yyyy)", name: "decision_date", value: typed("decision_date", m.today), required: true),
                    Form.submit("Công nhận"),
                ]))),
            .if(m.canCommend, .section(.class("no-print"), .h2(.text("Khen thưởng")),
                Form.post(action: m.commendURL, csrf: m.layout.csrfToken, [
                    Form.select("Hình thức", name: "form", options: ExemplarWidgets.options(m.commendationForms), selected: m.typed["form"], required: true),
                    Form.field("Cấp, cơ quan khen thưởng", name: "granted_by", value: typed("granted_by", ""), required: true, hint: "Ví dụ: Chủ tịch UBND thị xã Hương Trà"),
                    Form.field("Số quyết định khen thưởng", name: "commend_number", value: typed("commend_number", ""), required: true),
                    Form.field("Ngày quyết định khen thưởng (dd/mm/yyyy)", name: "commend_date", value: typed("commend_date", m.today), required: true),
                    Form.submit("Ghi nhận khen thưởng"),
                ]))),
            .section(.h2(.text("Nơi đã nhân rộng")),
                .if(m.spread.isEmpty, .p(.class("empty"), .text("Chưa có đơn vị nào đăng ký nhân rộng mô hình này."))),
                .if(!m.spread.isEmpty, .group(
                    StackedBarChart.node(id: "nhan-rong", title: "Số nơi nhân rộng theo năm",
                                         periods: m.spreadYears, segments: [ChartSeries(label: "Nơi nhân rộng", values: m.spreadCounts)]),
                    CitizenWidgets.stackedTable(["Mô hình", "Đơn vị", "Ngày đăng ký", "Trạng thái"], m.spread.map { s in
                        [.link(s.name, s.url), .text(s.unit), .text(s.date), .text(s.status)]
                    })))),
            .section(.h2(.text("Lịch sử")),
                CitizenWidgets.stackedTable(["Ngày", "Bước", "Trạng thái", "Người thực hiện", "Ghi chú"], m.history.map { h in
                    [.text(h.0), .text(h.1), .text(h.2), .text(h.3), .text(h.4)]
                })),
            .p(.class("no-print"), .link("← Danh mục mô hình", m.listURL))
        )
    }
}
