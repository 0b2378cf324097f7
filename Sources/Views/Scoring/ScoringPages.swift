import Plot

/// Chấm điểm công tác dân vận chính quyền — the rounds a person may see, and the criteria sets.
public struct ScoringHomePage {
    public struct Round: Sendable {
        public var title = "", year = "", owner = "", set = "", deadlines = "", url = "", mySheetURL: String?, mySheetStatus = ""
        public var appraiser = false
        public init() {}
    }

    public struct Model: Sendable {
        public var rounds: [Round] = []
        public var setsURL = ""
        public var newRoundURL: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Chấm điểm dân vận chính quyền", layout: model.layout,
            .h1(.text("Đánh giá, xếp loại công tác dân vận chính quyền")),
            .p(.link("Bộ tiêu chí chấm điểm", model.setsURL),
               .unwrap(model.newRoundURL) { .group(.text(" · "), .link("Mở đợt chấm điểm", $0, .class("button primary"))) }),
            .if(model.rounds.isEmpty, .p(.class("empty"), .text("Chưa có đợt chấm điểm nào trong phạm vi của bạn."))),
            .if(!model.rounds.isEmpty, CitizenWidgets.stackedTable(["Năm", "Đợt chấm điểm", "Đơn vị tổ chức", "Bộ tiêu chí", "Hạn (tự chấm, thẩm định, kiến nghị)", "Phiếu của đơn vị bạn"],
                model.rounds.map { round in
                    [.text(round.year), .group(.link(round.title, round.url), .if(round.appraiser, .text(" (bạn trong đoàn thẩm định)"))),
                     .text(round.owner), .text(round.set), .text(round.deadlines),
                     round.mySheetURL.map { Node<HTML.BodyContext>.link(round.mySheetStatus, $0) } ?? Node<HTML.BodyContext>.text("—")]
                }))
        )
    }
}

/// Bộ tiêu chí — every set, examples marked.
public struct ScoringSetsPage {
    public struct Row: Sendable {
        public var title = "", decision = "", years = "", issuer = "", state = "", url = ""
        public init() {}
    }

    public struct Model: Sendable {
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var homeURL = ""
        /// Nil unless the person may import a set.
        public var importURL: String?
        public var values: [String: String] = [:]
        public var error: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Bộ tiêu chí chấm điểm", layout: model.layout,
            .h1(.text("Bộ tiêu chí chấm điểm công tác dân vận chính quyền")),
            .p(.link("← Các đợt chấm điểm", model.homeURL)),
            .p(.class("hint"), .text("Bộ tiêu chí mẫu được dựng theo cấu trúc công khai của các quyết định; hãy sao chép rồi điều chỉnh theo quyết định của địa phương.")),
            CitizenWidgets.stackedTable(["Bộ tiêu chí", "Văn bản ban hành", "Năm áp dụng", "Đơn vị ban hành", "Tình trạng"], model.rows.map { row in
                [.link(row.title, row.url), .text(row.decision), .text(row.years), .text(row.issuer), .text(row.state)]
            }),
            model.pagination.node,
            .unwrap(model.importURL) { url in
                .group(.h2(.text("Nhập bộ tiêu chí từ bảng (.csv)")),
                       .p(.class("hint"), .text("Cột: ma, ma_cha, noi_dung, diem_toi_da, cach_cham (co_khong, muc, nguong, ty_le_tinh), loai (để trống, diem_thuong, diem_tru, xep_loai, tran_diem_thuong, tran_diem_tru), muc (Tốt=5; Khá=3), nguong (1=4; 2=7), nguon (bao_cao_dung_han), kiem_chung. Tải bảng của một bộ có sẵn để làm mẫu.")),
                       .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
                       Form.post(action: url, csrf: model.layout.csrfToken, [
                           Form.field("Tên bộ tiêu chí", name: "ten", value: model.values["ten"] ?? "", required: true),
                           Form.field("Văn bản ban hành", name: "van_ban", value: model.values["van_ban"] ?? "", required: true),
                           Form.field("Áp dụng từ năm", name: "nam", value: model.values["nam"] ?? "", type: "number", required: true),
                           .div(.class("field"), .el("label", .attr("for", "f-tep"), .text("Tệp .csv (UTF-8) *")),
                                .void("input", [("type", "file"), ("id", "f-tep"), ("name", "tep"), ("accept", ".csv,text/csv"), ("required", "required")])),
                           Form.submit("Nhập bộ tiêu chí"),
                       ], extra: [.attr("enctype", "multipart/form-data")]))
            }
        )
    }
}

/// One set: its tree, bonus and deduction lines, bands; copy to a new year; edit while not frozen.
public struct ScoringSetPage {
    public struct Criterion: Sendable {
        public var code = "", text = "", max = "", kind = "", rule = "", evidence = "", depth = 1
        public init() {}
    }

    public struct Model: Sendable {
        public var title = "", decision = "", years = "", issuer = "", state = "", bonusCap = "", deductionCap = "", maximum = ""
        public var nodes: [Criterion] = []
        public var bands: [(label: String, rule: String)] = []
        public var copyURL: String?
        public var copyYear = ""
        public var editURL: String?
        public var yearFrom = "", yearTo = ""
        public var listURL = ""
        public var csvURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: m.title, layout: m.layout,
            .h1(.text(m.title)),
            .p(.link("← Bộ tiêu chí", m.listURL), .text(" · "), .link("Tải bảng tiêu chí (.csv)", m.csvURL)),
            CitizenWidgets.facts([("Văn bản ban hành", m.decision), ("Năm áp dụng", m.years), ("Đơn vị ban hành", m.issuer), ("Tình trạng", m.state),
                                  ("Tổng điểm tối đa", m.maximum), ("Điểm thưởng tối đa", m.bonusCap), ("Điểm trừ tối đa", m.deductionCap)]),
            .h2(.text("Tiêu chí")),
            CitizenWidgets.stackedTable(["Mã", "Tiêu chí", "Điểm tối đa", "Cách chấm", "Tài liệu kiểm chứng"], m.nodes.map { node in
                [.text(node.code), node.depth == 1 ? .strong(.text(node.text)) : .text(node.text), .text(node.max),
                 .text(node.kind + (node.rule.isEmpty ? "" : ": " + node.rule)), .text(node.evidence)]
            }),
            .h2(.text("Xếp loại")),
            .ul(.forEach(m.bands) { .li(.strong(.text($0.label)), .text(": " + $0.rule)) }),
            .p(.class("hint"), .text("Quy tắc làm tròn: điểm mỗi dòng lấy đến 0,01 điểm; dòng DanVan tự tính được làm tròn nửa lên đến 0,01 điểm một lần; tổng điểm cộng đúng các dòng, không làm tròn thêm.")),
            .unwrap(m.copyURL) { url in
                .group(.h2(.text("Sao chép sang năm mới")),
                       Form.post(action: url, csrf: m.layout.csrfToken, [
                           Form.field("Năm áp dụng", name: "nam", value: m.copyYear, type: "number", required: true),
                           Form.field("Tên bộ tiêu chí mới (để trống: giữ tên cũ kèm năm)", name: "ten"),
                           Form.submit("Sao chép"),
                       ]))
            },
            .unwrap(m.editURL) { url in
                .group(.h2(.text("Sửa thông tin bộ tiêu chí")),
                       Form.post(action: url, csrf: m.layout.csrfToken, [
                           Form.field("Tên bộ tiêu chí", name: "ten", value: m.title, required: true),
                           Form.field("Văn bản ban hành", name: "van_ban", value: m.decision, required: true),
                           Form.field("Áp dụng từ năm", name: "tu_nam", value: m.yearFrom, type: "number", required: true),
                           Form.field("Đến năm (để trống: chưa hết hiệu lực)", name: "den_nam", value: m.yearTo, type: "number"),
                           Form.submit("Lưu", style: "secondary"),
                       ]))
            }
        )
    }
}

/// Mở đợt chấm điểm: set, year, units by kind under a subtree, deadlines, appraisal team.
public struct ScoringRoundNewPage {
    public struct Values: Sendable {
        public var set = "", year = "", title = "", subtree = "", selfDue = "", appraisalDue = "", objectionDue = "", appraisers = ""
        public var kinds: Set<String> = []
        public var errors: [String: String] = [:]
        public init() {}
    }

    public struct Model: Sendable {
        public var values = Values()
        public var sets: [(value: String, label: String)] = []
        public var kinds: [(value: String, label: String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let v = model.values
        return Layout.page(title: "Mở đợt chấm điểm", layout: model.layout,
            .h1(.text("Mở đợt chấm điểm công tác dân vận chính quyền")),
            CitizenWidgets.errorSummary(v.errors),
            Form.post(action: model.action, csrf: model.layout.csrfToken, [
                Form.select("Bộ tiêu chí", name: "bo_tieu_chi", options: model.sets, selected: v.set, required: true),
                Form.field("Năm đánh giá", name: "nam", value: v.year, type: "number", required: true, error: v.errors["nam"]),
                Form.field("Tên đợt (để trống: tên mặc định)", name: "ten", value: v.title),
                Form.unitField("Chấm điểm các đơn vị thuộc", name: "don_vi", value: v.subtree, required: true, error: v.errors["don_vi"]),
                CitizenWidgets.checkboxGroup("Loại đơn vị được chấm điểm", name: "loai", options: model.kinds, checked: v.kinds, error: v.errors["loai"]),
                Form.field("Hạn tự chấm (dd/mm/yyyy)", name: "han_tu_cham", value: v.selfDue, required: true, error: v.errors["han_tu_cham"]),
                Form.field("Hạn thẩm định (dd/mm/yyyy)", name: "han_tham_dinh", value: v.appraisalDue, required: true, error: v.errors["han_tham_dinh"]),
                Form.field("Hạn kiến nghị (dd/mm/yyyy)", name: "han_kien_nghi", value: v.objectionDue, required: true, error: v.errors["han_kien_nghi"]),
                Form.field("Đoàn thẩm định: tên đăng nhập, cách nhau bởi dấu phẩy", name: "tham_dinh", value: v.appraisers, error: v.errors["tham_dinh"]),
                Form.submit("Mở đợt chấm điểm"),
            ])
        )
    }
}
