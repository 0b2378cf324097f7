import Plot

/// Shared bits of the "Dân vận khéo" pages (mô hình, điển hình "Dân vận khéo").
enum ExemplarWidgets {
    typealias HTMLNode = Node<HTML.BodyContext>

    /// A GET form of filters; works without JavaScript.
    static func filterForm(action: String, _ controls: [HTMLNode]) -> HTMLNode {
        .el("form", [.attr("method", "get"), .attr("action", action), .class("filters")] + controls + [Form.submit("Lọc", style: "secondary")])
    }

    static func options(_ pairs: [(String, String)]) -> [(value: String, label: String)] {
        pairs.map { (value: $0.0, label: $0.1) }
    }
}

/// One row of a registry list.
public struct ExemplarRow: Sendable {
    public var name = "", url = "", unit = "", kind = "", field = "", status = "", level = "", year = "", late = false, replicates = ""
    public init() {}
}

/// Danh mục mô hình, điển hình "Dân vận khéo" — the registry of the user's subtree, searchable and filtered.
public struct ExemplarIndexPage {
    public struct Model: Sendable {
        public var rows: [ExemplarRow] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var action = ""
        public var text = "", field = "", level = "", status = "", year = "", unit = ""
        public var unitError: String?
        public var fields: [(String, String)] = [], levels: [(String, String)] = [], statuses: [(String, String)] = []
        public var registerURL: String?
        public var drivesURL = "", countsURL = "", publicURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: "Mô hình, điển hình “Dân vận khéo”", layout: m.layout,
            .h1(.text("Mô hình, điển hình “Dân vận khéo”")),
            .p(.class("no-print"),
               .unwrap(m.registerURL) { .group(.link("Đăng ký mô hình", $0, .class("button primary")), .text(" · ")) },
               .link("Đợt đăng ký", m.drivesURL), .text(" · "), .link("Thống kê", m.countsURL), .text(" · "),
               .link("Trang giới thiệu công khai", m.publicURL)),
            ExemplarWidgets.filterForm(action: m.action, [
                Form.field("Tìm theo tên, nội dung (không cần dấu)", name: "q", value: m.text),
                Form.unitField("Đơn vị (gồm các đơn vị trực thuộc)", name: "don_vi", value: m.unit, error: m.unitError),
                Form.select("Lĩnh vực", name: "linh_vuc", options: ExemplarWidgets.options(m.fields), selected: m.field, includeBlank: "Tất cả"),
                Form.select("Cấp công nhận", name: "cap", options: ExemplarWidgets.options(m.levels), selected: m.level, includeBlank: "Tất cả"),
                Form.select("Trạng thái", name: "trang_thai", options: ExemplarWidgets.options(m.statuses), selected: m.status, includeBlank: "Tất cả"),
                Form.field("Năm", name: "nam", value: m.year, type: "number"),
            ]),
            .if(m.rows.isEmpty, .p(.class("empty"), .text("Không có mô hình nào khớp."))),
            .if(!m.rows.isEmpty, CitizenWidgets.stackedTable(["Tên mô hình", "Đơn vị", "Loại", "Lĩnh vực", "Trạng thái", "Cấp công nhận", "Năm"], html: m.rows.map { row in
                [HTMLCell.link(row.name, row.url) + (row.late ? HTMLCell.element("span", css: "badge warning", HTMLCell.text(" Đăng ký muộn")) : "")
                    + (row.replicates.isEmpty ? "" : HTMLCell.element("small", css: "muted", HTMLCell.text(" (nhân rộng từ " + row.replicates + ")"))),
                 HTMLCell.text(row.unit), HTMLCell.text(row.kind), HTMLCell.text(row.field), HTMLCell.text(row.status), HTMLCell.text(row.level),
                 HTMLCell.text(row.year)]
            })),
            m.pagination.node
        )
    }
}

/// Đăng ký mô hình — the registration form (DOMAIN.md §2.4), with the similar models of the same commune shown before saving.
public struct ExemplarFormPage {
    public struct Values: Sendable {
        public var unit = "", kind = "mo_hinh", field = "", subTopic = "", name = "", problem = "", goals = "", methods = "", place = ""
        public var forces = "", resources = "", outputs = "", sustainability = "", personName = "", personConsent = false
        public var drive = "", replicates = "", replicatesID = ""
        public var errors: [String: String] = [:]
        public init() {}
    }

    public struct Model: Sendable {
        public var values = Values()
        public var kinds: [(String, String)] = [], fields: [(String, String)] = [], drives: [(String, String)] = []
        /// Similar models of the same commune: (name, unit, year, url).
        public var similar: [(String, String, String, String)] = []
        /// Several originals matched the typed name: (id, label).
        public var originals: [(String, String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let v = model.values, m = model
        return Layout.page(title: "Đăng ký mô hình “Dân vận khéo”", layout: m.layout,
            .h1(.text("Đăng ký mô hình, điển hình “Dân vận khéo”")),
            CitizenWidgets.errorSummary(v.errors),
            Form.post(action: m.action, csrf: m.layout.csrfToken, [
                .if(!m.similar.isEmpty, .section(.class("notice"),
                    .h2(.text("Mô hình tương tự trên cùng địa bàn")),
                    .p(.text("Trước khi lưu, hãy xem các mô hình đã đăng ký sau; nếu ý tưởng đã có, hãy tham gia hoặc nhân rộng mô hình đó thay vì đăng ký trùng.")),
                    .ul(.forEach(m.similar) { item in .li(.link(item.0, item.3), .text(" — \(item.1), năm \(item.2)")) }),
                    CitizenWidgets.checkbox("Tôi đã xem; đây là một mô hình khác, vẫn đăng ký", name: "khac_mo_hinh", checked: false))),
                CitizenWidgets.requiredLegend,
                Form.unitField("Đơn vị xây dựng (cơ quan, xã, thôn, tổ dân phố)", name: "unit", value: v.unit, required: true, error: v.errors["unit"]),
                Form.select("Loại", name: "kind", options: ExemplarWidgets.options(m.kinds), selected: v.kind, required: true),
                Form.select("Lĩnh vực", name: "field", options: ExemplarWidgets.options(m.fields), selected: v.field, required: true, includeBlank: "— Chọn lĩnh vực —"),
                Form.field("Chuyên đề (ví dụ: hiến đất làm đường)", name: "sub_topic", value: v.subTopic, error: v.errors["sub_topic"]),
                .if(!m.drives.isEmpty, Form.select("Đăng ký theo đợt", name: "drive_id", options: ExemplarWidgets.options(m.drives), selected: v.drive, includeBlank: "Không theo đợt nào")),
                .unwrap(v.errors["drive"]) { .p(.class("error-text"), .text($0)) },
                Form.field("1. Tên mô hình", name: "name", value: v.name, required: true, hint: "Ngắn gọn, dễ nhớ, nêu được nội dung, mục tiêu.", error: v.errors["name"]),
                CitizenWidgets.textarea("2. Thực trạng, lý do xây dựng mô hình", name: "problem", value: v.problem, required: true, error: v.errors["problem"], rows: 3),
                CitizenWidgets.textarea("3. Mục tiêu, tiêu chí (đo được)", name: "goals", value: v.goals, required: true, error: v.errors["goals"], rows: 3),
                CitizenWidgets.textarea("4. Nội dung, cách thức thực hiện", name: "methods", value: v.methods, required: true, error: v.errors["methods"], rows: 3),
                CitizenWidgets.textarea("5. Địa bàn, đối tượng", name: "place", value: v.place, error: v.errors["place"], rows: 2),
                CitizenWidgets.textarea("6. Lực lượng thực hiện (chủ trì, phối hợp, tham gia)", name: "forces", value: v.forces, error: v.errors["forces"], rows: 2),
                CitizenWidgets.textarea("7. Nguồn lực và thời gian thực hiện", name: "resources", value: v.resources, error: v.errors["resources"], rows: 2),
                CitizenWidgets.textarea("8. Sản phẩm, kết quả đầu ra", name: "outputs", value: v.outputs, error: v.errors["outputs"], rows: 2),
                CitizenWidgets.textarea("9. Khả năng duy trì, nhân rộng", name: "sustainability", value: v.sustainability, error: v.errors["sustainability"], rows: 2),
                .el("fieldset", .el("legend", .text("Điển hình cá nhân")),
                    Form.field("Họ tên người được nêu gương (nếu là cá nhân)", name: "person_name", value: v.personName, error: v.errors["person_name"]),
                    CitizenWidgets.checkbox("Người này đồng ý cho công bố họ tên trên trang công khai", name: "person_consent", checked: v.personConsent)),
                .if(!v.replicatesID.isEmpty, .void("input", [("type", "hidden"), ("name", "replicates_id"), ("value", v.replicatesID)])),
                Form.field("Nhân rộng từ mô hình (gõ một phần tên mô hình gốc, nếu có)", name: "replicates", value: v.replicates,
                           hint: "Mô hình gốc ở bất kỳ địa phương nào, đã triển khai.", error: v.errors["replicates"]),
                .if(!m.originals.isEmpty, .el("fieldset", [.el("legend", .text("Chọn mô hình gốc"))] + m.originals.map { original in
                    .div(.class("checkbox"), .void("input", [("type", "radio"), ("id", "goc-" + original.0), ("name", "replicates_id"), ("value", original.0)]),
                         .el("label", .attr("for", "goc-" + original.0), .text(" " + original.1)))
                })),
                Form.submit("Đăng ký"),
            ])
        )
    }
}
