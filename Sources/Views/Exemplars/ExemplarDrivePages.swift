import Plot

/// Đợt đăng ký — the drives a unit launched or answers, and the form to launch one.
public struct ExemplarDrivesPage {
    public struct Model: Sendable {
        /// (title, unit, deadline, url)
        public var drives: [(String, String, String, String)] = []
        public var canCreate = false
        public var action = ""
        public var targets: [(String, String)] = []
        public var values: (title: String, deadline: String, targets: String) = ("", "", "xa")
        public var error: String?
        public var listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: "Đợt đăng ký mô hình “Dân vận khéo”", layout: m.layout,
            .h1(.text("Đợt đăng ký mô hình “Dân vận khéo”")),
            .if(m.drives.isEmpty, .p(.class("empty"), .text("Chưa có đợt đăng ký nào."))),
            .if(!m.drives.isEmpty, CitizenWidgets.stackedTable(["Đợt đăng ký", "Đơn vị phát động", "Hạn đăng ký"], m.drives.map { d in
                [.link(d.0, d.3), .text(d.1), .text(d.2)]
            })),
            .if(m.canCreate, .section(.class("no-print"), .h2(.text("Phát động đợt đăng ký")),
                .unwrap(m.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
                Form.post(action: m.action, csrf: m.layout.csrfToken, [
                    Form.field("Tên đợt", name: "title", value: m.values.title, required: true, hint: "Ví dụ: Đăng ký mô hình “Dân vận khéo” năm 2027"),
                    Form.field("Hạn đăng ký (dd/mm/yyyy)", name: "deadline", value: m.values.deadline, required: true),
                    Form.select("Đơn vị phải đăng ký", name: "targets", options: ExemplarWidgets.options(m.targets), selected: m.values.targets, required: true),
                    Form.submit("Phát động"),
                ]))),
            .p(.class("no-print"), .link("← Danh mục mô hình", m.listURL))
        )
    }
}

/// Một đợt đăng ký — each unit asked, whether it registered, late, or not yet.
public struct ExemplarDrivePage {
    public struct Model: Sendable {
        public var title = "", unit = "", deadline = ""
        /// (unit, standing, first registration date, count, isMissing)
        public var rows: [(String, String, String, String, Bool)] = []
        public var missingCount = 0
        public var registerURL: String?
        public var listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: m.title, layout: m.layout,
            .h1(.text(m.title)),
            CitizenWidgets.facts([("Đơn vị phát động", m.unit), ("Hạn đăng ký", m.deadline), ("Đơn vị được giao", String(m.rows.count)),
                                  ("Chưa đăng ký", String(m.missingCount))]),
            .unwrap(m.registerURL) { .p(.class("no-print"), .link("Đăng ký mô hình theo đợt này", $0, .class("button primary"))) },
            CitizenWidgets.stackedTable(["Đơn vị", "Tình hình", "Ngày đăng ký đầu tiên", "Số mô hình"], m.rows.map { r in
                [.text(r.0), r.4 ? Node<HTML.BodyContext>.el("strong", .text(r.1)) : Node<HTML.BodyContext>.text(r.1), .text(r.2), .text(r.3)]
            }),
            .p(.class("no-print"), .link("← Các đợt đăng ký", m.listURL))
        )
    }
}

/// Thống kê — counts by field, status and level for a subtree and a year.
public struct ExemplarCountsPage {
    public struct Model: Sendable {
        public var scope = "", year = "", unit = ""
        public var unitError: String?
        public var statusHeaders: [String] = []
        /// (field, counts per status…, total)
        public var grid: [[String]] = []
        public var levels: [(String, String)] = []
        public var total = ""
        public var action = "", exportURL = "", appendixURL = "", listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: "Thống kê mô hình “Dân vận khéo”", layout: m.layout,
            .h1(.text("Thống kê mô hình “Dân vận khéo” — " + m.scope + (m.year.isEmpty ? "" : ", năm " + m.year))),
            ExemplarWidgets.filterForm(action: m.action, [
                Form.unitField("Đơn vị (gồm các đơn vị trực thuộc)", name: "don_vi", value: m.unit, error: m.unitError),
                Form.field("Năm", name: "nam", value: m.year, type: "number"),
            ]),
            .p(.class("no-print"), .link("Tải bảng .xlsx", m.exportURL), .text(" · "),
               .link("Danh sách mô hình được công nhận trong năm (.docx, Nghị định 30)", m.appendixURL)),
            .h2(.text("Theo lĩnh vực và trạng thái")),
            CitizenWidgets.table(["Lĩnh vực"] + m.statusHeaders + ["Tổng"], m.grid.map { row in row.map { .text($0) } }),
            .p(.el("strong", .text("Tổng số: " + m.total))),
            .h2(.text("Theo cấp công nhận")),
            CitizenWidgets.table(["Cấp", "Số mô hình"], m.levels.map { [.text($0.0), .text($0.1)] }),
            .p(.class("no-print"), .link("← Danh mục mô hình", m.listURL))
        )
    }
}

/// Trang công khai — recognised models for everyone, without an account; personal data only with consent.
public struct PublicExemplarIndexPage {
    public struct Model: Sendable {
        /// (name, url, unit, field, level, summary)
        public var rows: [(String, String, String, String, String, String)] = []
        public var text = ""
        public var action = ""
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: "Mô hình “Dân vận khéo” tiêu biểu", layout: m.layout,
            .h1(.text("Mô hình, điển hình “Dân vận khéo” đã được công nhận")),
            .p(.text("“Dân vận khéo thì việc gì cũng thành công” — những cách làm hay đã được công nhận, để các địa phương học tập, nhân rộng.")),
            ExemplarWidgets.filterForm(action: m.action, [Form.field("Tìm mô hình (không cần dấu)", name: "q", value: m.text)]),
            .if(m.rows.isEmpty, .p(.class("empty"), .text("Không có mô hình nào khớp."))),
            .ul(.class("cards"), .forEach(m.rows) { row in
                .li(.el("h2", .link(row.0, row.1)), .el("p", .attr("class", "muted"), .text(row.2 + " · " + row.3 + " · " + row.4)), .el("p", .text(row.5)))
            }),
            m.pagination.node,
            CitizenWidgets.operatorBlock(m.operatorInfo)
        )
    }
}

public struct PublicExemplarShowPage {
    public struct Model: Sendable {
        public var name = ""
        public var facts: [(String, String)] = []
        public var sections: [(String, String)] = []
        public var results = ""
        /// (alt, url)
        public var photos: [(String, String)] = []
        public var spreadCount = 0
        public var listURL = ""
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: m.name, layout: m.layout,
            .h1(.text(m.name)),
            CitizenWidgets.facts(m.facts),
            .forEach(m.sections) { section in .section(.h2(.text(section.0)), .p(.class("prose"), .text(section.1))) },
            .section(.h2(.text("Kết quả")), .p(.text(m.results.isEmpty ? "Chưa có số liệu." : m.results)),
                     .if(m.spreadCount > 0, .p(.text("Đã được nhân rộng ở \(m.spreadCount) nơi.")))),
            .if(!m.photos.isEmpty, .section(.h2(.text("Hình ảnh")),
                .div(.class("photos"), .forEach(m.photos) { photo in
                    .el("a", .attr("href", photo.1), .el("img", .attr("src", photo.1), .attr("alt", photo.0), .attr("width", "240"), .attr("loading", "lazy")))
                }))),
            .p(.link("← Các mô hình tiêu biểu", m.listURL)),
            CitizenWidgets.operatorBlock(m.operatorInfo)
        )
    }
}
