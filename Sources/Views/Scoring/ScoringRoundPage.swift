import DanVanCore
import Plot

/// Một đợt chấm điểm: deadlines, team, class distribution, results table (filter, sort), exports.
public struct ScoringRoundPage {
    public struct Row: Sendable {
        public var unit = "", group = "", status = "", selfTotal = "", finalTotal = "", classLabel = "", rank = "", lastYear = "", url = ""
        public var late = false
        public init() {}
    }

    public struct Model: Sendable {
        public var title = "", year = "", owner = "", set = "", setURL = "", deadlines: [(String, String)] = []
        public var appraisers = ""
        public var distribution: [(label: String, count: Int)] = []
        public var groupAverages: [(label: String, average: String, maximum: String)] = []
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var filterAction = ""
        public var group = "", classLabel = "", sort = ""
        public var classes: [(value: String, label: String)] = []
        public var xlsxURL = "", docxURL = ""
        public var mySheetURL: String?
        public var homeURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        let m = model
        return Layout.page(title: m.title, layout: m.layout,
            .h1(.text(m.title)),
            .p(.link("← Các đợt chấm điểm", m.homeURL),
               .unwrap(m.mySheetURL) { .group(.text(" · "), .link("Phiếu chấm điểm của đơn vị bạn", $0, .class("button primary"))) }),
            CitizenWidgets.facts([("Năm", m.year), ("Đơn vị tổ chức", m.owner)] + m.deadlines + [("Đoàn thẩm định", m.appraisers)]),
            .p(.text("Bộ tiêu chí: "), .link(m.set, m.setURL)),
            .h2(.text("Phân bố xếp loại")),
            .if(!m.distribution.isEmpty, StackedBarChart.node(id: "phan-bo-xep-loai", title: "Số đơn vị theo xếp loại",
                                                              periods: m.distribution.map(\.label),
                                                              segments: [ChartSeries(label: "Số đơn vị", values: m.distribution.map { Double($0.count) })])),
            .ul(.forEach(m.distribution) { .li(.text("\($0.label): \($0.count) đơn vị")) }),
            .if(!m.groupAverages.isEmpty, .group(
                .h2(.text("Điểm bình quân từng nhóm tiêu chí")),
                CitizenWidgets.table(["Nhóm tiêu chí", "Bình quân", "Tối đa"], m.groupAverages.map { [.text($0.label), .text($0.average), .text($0.maximum)] })
            )),
            .h2(.text("Kết quả")),
            .p(.link("Tải bảng kết quả (.xlsx)", m.xlsxURL), .text(" · "), .link("Dự thảo quyết định công nhận kết quả (.docx)", m.docxURL)),
            .el("form", .attr("method", "get"), .attr("action", m.filterAction), .class("filters"),
                Form.select("Nhóm", name: "nhom", options: [("", "Tất cả"), ("co_quan", "Cơ quan, đơn vị"), ("xa", "Xã, phường, thị trấn")], selected: m.group),
                Form.select("Xếp loại", name: "xep_loai", options: [("", "Tất cả")] + m.classes, selected: m.classLabel),
                Form.select("Sắp xếp", name: "sap_xep", options: [("", "Theo thứ hạng"), ("ten", "Theo tên đơn vị"), ("diem", "Theo điểm thẩm định")], selected: m.sort),
                Form.submit("Lọc", style: "secondary")),
            .if(m.rows.isEmpty, .p(.class("empty"), .text("Không có phiếu nào."))),
            .if(!m.rows.isEmpty, CitizenWidgets.stackedTable(["Đơn vị", "Nhóm", "Tình trạng", "Tự chấm", "Thẩm định", "Xếp loại", "Thứ hạng", "Năm trước"], m.rows.map { row in
                [.link(row.unit, row.url), .text(row.group), .text(row.status + (row.late ? " (nộp muộn)" : "")), .text(row.selfTotal), .text(row.finalTotal),
                 .text(row.classLabel), .text(row.rank), .text(row.lastYear)]
            })),
            m.pagination.node
        )
    }
}

/// Phiếu chấm điểm of one unit: self-assessment, appraisal, objections, result.
public struct ScoringSheetPage {
    public enum Mode: Sendable { case selfAssessment, appraisal, readOnly }

    public struct Objection: Sendable {
        public var id = "", text = "", lodged = "", answer = "", answerURL: String?
        public init() {}
    }

    public struct Line: Sendable {
        public var id = "", code = "", text = "", max = "", rule = "", evidenceRequired = "", depth = 1
        public var isLine = true
        public var selfPoints = "", explanation = "", computed = "", computedSource = "", appraised = "", reason = "", final = ""
        public var differs = false
        public var evidence: [(name: String, url: String)] = []
        public var objections: [Objection] = []
        public init() {}
    }

    public struct Model: Sendable {
        public var unit = "", roundTitle = "", roundURL = "", status = "", mode = Mode.readOnly
        public var facts: [(String, String)] = []
        public var lines: [Line] = []
        public var errors: [String: String] = [:]
        public var saveURL = "", evidenceURL = "", appraiseURL = "", returnURL: String?, finaliseURL = "", objectionURL: String?
        /// "Cập nhật số liệu": recomputes the lines DanVan computes (shown while the unit may edit its sheet).
        public var refreshURL: String?
        public var selfTotal = "", selfClass = "", finalTotal = "", finalClass = ""
        public var groups: [(label: String, selfPoints: String, finalPoints: String, maximum: String)] = []
        public var returnReason: String?
        /// The unit's results in the owner's rounds, oldest first: year, total, class.
        public var history: [(year: String, total: String, classLabel: String)] = []
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    typealias HTMLNode = Node<HTML.BodyContext>

    static func input(_ label: String, name: String, value: String, error: String?, wide: Bool = false) -> HTMLNode {
        let id = "f-" + name
        var attrs: [(String, String)] = [("type", "text"), ("id", id), ("name", name), ("value", value)]
        if !wide { attrs += [("inputmode", "decimal"), ("size", "5")] }
        if error != nil { attrs += [("aria-invalid", "true"), ("aria-describedby", id + "-error")] }
        return .div(.class("field" + (error == nil ? "" : " field-error")),
            .el("label", .attr("for", id), .text(label)),
            .void("input", attrs),
            .unwrap(error) { .el("p", .attr("id", id + "-error"), .class("error-text"), .text($0)) })
    }

    func lineCells(_ line: Line) -> [HTMLNode] {
        let m = model
        let title: HTMLNode = line.depth == 1 ? .strong(.text(line.code + ". " + line.text)) : .text(line.code + ". " + line.text)
        let head: HTMLNode = .group(title,
                                    .if(!line.rule.isEmpty, .el("small", .class("hint"), .text(" (" + line.rule + ")"))),
                                    .if(!line.evidenceRequired.isEmpty && line.isLine, .el("small", .class("hint"), .text(" Kiểm chứng: " + line.evidenceRequired))))
        guard line.isLine else { return [head, .text(line.max), .text(""), .text(""), .text("")] }
        let computed: HTMLNode = line.computedSource.isEmpty ? .text("") : .group(
            .p(.text("DanVan tính: " + (line.computed.isEmpty ? "—" : line.computed + " điểm"))), .el("small", .class("hint"), .text(line.computedSource)))
        let evidence: HTMLNode = .group(.forEach(line.evidence) { .p(.link("📎 " + $0.name, $0.url)) })
        let selfCell: HTMLNode
        let appraisalCell: HTMLNode
        switch m.mode {
        case .selfAssessment:
            selfCell = .group(computed,
                ScoringSheetPage.input("Điểm tự chấm \(line.code)", name: "diem_\(line.id)", value: line.selfPoints, error: m.errors["diem_\(line.id)"]),
                ScoringSheetPage.input("Giải trình \(line.code)", name: "giai_trinh_\(line.id)", value: line.explanation, error: m.errors["giai_trinh_\(line.id)"], wide: true),
                evidence)
            appraisalCell = .text(line.appraised.isEmpty ? "" : line.appraised + (line.reason.isEmpty ? "" : " — " + line.reason))
        case .appraisal:
            selfCell = .group(computed, .p(.text("Tự chấm: " + (line.selfPoints.isEmpty ? "—" : line.selfPoints))),
                              .if(!line.explanation.isEmpty, .p(.text("Giải trình: " + line.explanation))), evidence)
            appraisalCell = .group(
                ScoringSheetPage.input("Điểm thẩm định \(line.code)", name: "tham_dinh_\(line.id)", value: line.appraised, error: m.errors["tham_dinh_\(line.id)"]),
                ScoringSheetPage.input("Lý do \(line.code)", name: "ly_do_\(line.id)", value: line.reason, error: m.errors["ly_do_\(line.id)"], wide: true))
        case .readOnly:
            selfCell = .group(computed, .p(.text(line.selfPoints.isEmpty ? "—" : line.selfPoints)),
                              .if(!line.explanation.isEmpty, .p(.text("Giải trình: " + line.explanation))), evidence)
            appraisalCell = .group(.text(line.appraised), .if(!line.reason.isEmpty, .p(.text("Lý do: " + line.reason))))
        }
        let objections: HTMLNode = .group(.forEach(line.objections) { objection in
            .div(.class("objection"),
                .p(.strong(.text("Kiến nghị (\(objection.lodged)): ")), .text(objection.text)),
                .if(!objection.answer.isEmpty, .p(.strong(.text("Trả lời: ")), .text(objection.answer))),
                .unwrap(objection.answerURL) { url in
                    Form.post(action: url, csrf: m.layout.csrfToken, [
                        .void("input", [("type", "hidden"), ("name", "kien_nghi"), ("value", objection.id)]),
                        CitizenWidgets.textarea("Trả lời kiến nghị \(line.code)", name: "tra_loi", rows: 2),
                        ScoringSheetPage.input("Điểm sau khi xem xét \(line.code) (để trống: giữ nguyên)", name: "diem_moi", value: "", error: nil),
                        Form.submit("Trả lời", style: "secondary"),
                    ])
                })
        })
        return [head, .text(line.max), selfCell, appraisalCell, .group(.text(line.final), .if(line.differs, .el("small", .class("hint"), .text(" (khác tự chấm)"))), objections)]
    }

    public func render() -> String {
        let m = model
        let headers = ["Tiêu chí", "Tối đa", "Đơn vị tự chấm", "Thẩm định", "Điểm tính"]
        let table = CitizenWidgets.stackedTable(headers, m.lines.map(lineCells))
        let lineOptions = m.lines.filter(\.isLine).map { (value: $0.id, label: $0.code + ". " + String($0.text.prefix(80))) }
        return Layout.page(title: "Phiếu chấm điểm — " + m.unit, layout: m.layout,
            .h1(.text("Phiếu chấm điểm: " + m.unit)),
            .p(.link("← " + m.roundTitle, m.roundURL)),
            CitizenWidgets.facts(m.facts + [("Tình trạng", m.status)]),
            .unwrap(m.returnReason) { .div(.class("flash flash-error"), .p(.strong(.text("Đoàn thẩm định trả lại để làm rõ: ")), .text($0))) },
            CitizenWidgets.errorSummary(m.errors),
            .h2(.text("Kết quả")),
            CitizenWidgets.facts([("Tự chấm", m.selfTotal + " điểm — " + m.selfClass), ("Sau thẩm định", m.finalTotal.isEmpty ? "Chưa thẩm định" : m.finalTotal + " điểm — " + m.finalClass)]),
            CitizenWidgets.table(["Nhóm tiêu chí", "Tự chấm", "Điểm tính", "Tối đa"], m.groups.map { [.text($0.label), .text($0.selfPoints), .text($0.finalPoints), .text($0.maximum)] }),
            .if(m.history.count > 1, .group(
                .h2(.text("Kết quả các năm")),
                LineChart.node(id: "ket-qua-cac-nam", title: "Tổng điểm sau thẩm định qua các năm", periods: m.history.map(\.year),
                               series: [ChartSeries(label: "Tổng điểm", values: m.history.map { Double($0.total.replacingOccurrences(of: ",", with: ".")) ?? 0 })],
                               unit: " điểm"),
                CitizenWidgets.table(["Năm", "Điểm", "Xếp loại"], m.history.map { [.text($0.year), .text($0.total), .text($0.classLabel)] })
            )),
            .h2(.text("Các tiêu chí")),
            { () -> HTMLNode in
                switch m.mode {
                case .selfAssessment:
                    return Form.post(action: m.saveURL, csrf: m.layout.csrfToken, [
                        table,
                        .el("button", .attr("type", "submit"), .attr("name", "hanh_dong"), .attr("value", "luu"), .class("button secondary"), .text("Lưu nháp")),
                        .text(" "),
                        .el("button", .attr("type", "submit"), .attr("name", "hanh_dong"), .attr("value", "nop"), .class("button primary"), .text("Nộp phiếu (khóa phiếu)")),
                    ])
                case .appraisal:
                    return Form.post(action: m.appraiseURL, csrf: m.layout.csrfToken, [table, Form.submit("Lưu điểm thẩm định")])
                case .readOnly:
                    return table
                }
            }(),
            .unwrap(m.refreshURL) { url in
                Form.post(action: url, csrf: m.layout.csrfToken, [
                    .p(.text("Các tiêu chí DanVan tự tính được điền khi mở đợt chấm điểm và khi nộp phiếu; bấm nút để tính lại theo số liệu hôm nay.")),
                    Form.submit("Cập nhật số liệu", style: "secondary"),
                ])
            },
            .if(m.mode == .selfAssessment && !lineOptions.isEmpty, .group(
                .h2(.text("Tài liệu kiểm chứng")),
                Form.post(action: m.evidenceURL, csrf: m.layout.csrfToken, [
                    Form.select("Tiêu chí", name: "dong", options: lineOptions, selected: nil, required: true),
                    .div(.class("field"), .el("label", .attr("for", "f-tep"), .text("Tệp (tối đa \(UploadLimits.label(UploadLimits.document)))")),
                         .void("input", [("type", "file"), ("id", "f-tep"), ("name", "tep"), ("required", "required")])),
                    Form.submit("Tải lên", style: "secondary"),
                ], extra: [.attr("enctype", "multipart/form-data")])
            )),
            .if(m.mode == .appraisal, .group(
                .unwrap(m.returnURL) { url in
                    .group(.h2(.text("Trả lại để làm rõ (một lần)")),
                           Form.post(action: url, csrf: m.layout.csrfToken, [
                               CitizenWidgets.textarea("Nội dung cần làm rõ", name: "ly_do", required: true, rows: 2),
                               Form.submit("Trả lại phiếu", style: "secondary"),
                           ]))
                },
                .h2(.text("Kết thúc thẩm định")),
                Form.post(action: m.finaliseURL, csrf: m.layout.csrfToken, [
                    CitizenWidgets.checkbox("Đơn vị không đủ điều kiện xếp loại", name: "khong_du_dieu_kien", checked: false),
                    Form.field("Lý do không đủ điều kiện (nếu có)", name: "ly_do_khong_du"),
                    Form.submit("Kết thúc thẩm định"),
                ])
            )),
            .unwrap(m.objectionURL) { url in
                .group(.h2(.text("Kiến nghị về kết quả thẩm định")),
                       Form.post(action: url, csrf: m.layout.csrfToken, [
                           Form.select("Tiêu chí", name: "dong", options: lineOptions, selected: nil, required: true),
                           CitizenWidgets.textarea("Nội dung kiến nghị", name: "noi_dung", required: true, rows: 3),
                           Form.submit("Gửi kiến nghị"),
                       ]))
            }
        )
    }
}
