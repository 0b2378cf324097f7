import DanVanCore
import Plot

/// Một đợt chấm điểm: deadlines, team, class distribution, results table (filter, sort), exports.
public struct ScoringRoundPage: HTMLPage {
    public struct Row: Sendable {
        public var unit = "", group = "", status = "", selfTotal = "", finalTotal = "", classLabel = "", rank = "", lastYear = "", url = ""
        public var late = false
        public init() {}
    }

    public struct Model: PageModel {
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

    public var title: String { model.title }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            .p(
                .link(L10n.Scoring.cacDotChamDiem, m.homeURL),
                .unwrap(m.mySheetURL) { .group(.text(" · "), .link(L10n.Scoring.phieuChamDiemCuaDonVi, $0, .class("button primary"))) }),
            Tables.facts(
                [(L10n.Scoring.nam, m.year), (L10n.Scoring.donViToChuc, m.owner)] + m.deadlines + [(L10n.Scoring.doanThamDinh, m.appraisers)]),
            .p(.text(L10n.Scoring.boTieuChiLabel), .link(m.set, m.setURL)),
            .h2(.text(L10n.Scoring.phanBoXepLoai)),
            .if(
                !m.distribution.isEmpty,
                StackedBarChart.node(
                    id: "phan-bo-xep-loai", title: L10n.Scoring.soDonViTheoXepLoai,
                    periods: m.distribution.map(\.label),
                    segments: [ChartSeries(label: L10n.Scoring.soDonVi, values: m.distribution.map { Double($0.count) })])),
            .ul(.forEach(m.distribution) { .li(.text(L10n.Scoring.donVi($0.label, $0.count))) }),
            .if(
                !m.groupAverages.isEmpty,
                .group(
                    .h2(.text(L10n.Scoring.diemBinhQuanTungNhomTieu)),
                    Tables.table(
                        [L10n.Scoring.nhomTieuChi, L10n.Scoring.binhQuan, L10n.Scoring.toiDa],
                        m.groupAverages.map { [.text($0.label), .text($0.average), .text($0.maximum)] })
                )),
            .h2(.text(L10n.Scoring.ketQua)),
            .p(.link(L10n.Scoring.taiBangKetQuaXlsx, m.xlsxURL), .text(" · "), .link(L10n.Scoring.duThaoQuyetDinhCongNhan, m.docxURL)),
            .el(
                "form", .attr("method", "get"), .attr("action", m.filterAction), .class("filters"),
                Form.select(
                    L10n.Scoring.nhom, name: "nhom",
                    options: [("", L10n.Scoring.tatCa), ("co_quan", L10n.Scoring.coQuanDonVi), ("xa", L10n.Scoring.xaPhuongThiTran)],
                    selected: m.group),
                Form.select(L10n.Scoring.xepLoai, name: "xep_loai", options: [("", L10n.Scoring.tatCa)] + m.classes, selected: m.classLabel),
                Form.select(
                    L10n.Scoring.sapXep, name: "sap_xep",
                    options: [("", L10n.Scoring.theoThuHang), ("ten", L10n.Scoring.theoTenDonVi), ("diem", L10n.Scoring.theoDiemThamDinh)],
                    selected: m.sort),
                Form.submit(L10n.Scoring.loc, style: "secondary")),
            .if(m.rows.isEmpty, .p(.class("empty"), .text(L10n.Scoring.khongCoPhieuNao))),
            .if(
                !m.rows.isEmpty,
                Tables.stackedTable(
                    [
                        L10n.Scoring.donViCot, L10n.Scoring.nhom, L10n.Scoring.tinhTrang, L10n.Scoring.tuCham, L10n.Scoring.thamDinh,
                        L10n.Scoring.xepLoai, L10n.Scoring.thuHang, L10n.Scoring.namTruoc
                    ],
                    html: m.rows.map { row in
                        [
                            HTMLCell.link(row.unit, row.url), HTMLCell.text(row.group),
                            HTMLCell.text(row.status + (row.late ? L10n.Scoring.nopMuon : "")),
                            HTMLCell.text(row.selfTotal), HTMLCell.text(row.finalTotal),
                            HTMLCell.text(row.classLabel), HTMLCell.text(row.rank), HTMLCell.text(row.lastYear)
                        ]
                    })),
            m.pagination.node
        ]
    }
}

/// Phiếu chấm điểm of one unit: self-assessment, appraisal, objections, result.
public struct ScoringSheetPage: HTMLPage {
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
        /// The unit's own DanVan records linked as evidence (a plan, an accepted report, a model, petition statistics).
        public var links: [(name: String, url: String)] = []
        public var objections: [Objection] = []
        public init() {}
    }

    public struct Model: PageModel {
        public var unit = "", roundTitle = "", roundURL = "", status = "", mode = Mode.readOnly
        public var facts: [(String, String)] = []
        public var lines: [Line] = []
        public var errors: [String: String] = [:]
        public var saveURL = "", evidenceURL = "", appraiseURL = "", returnURL: String?, finaliseURL = "", objectionURL: String?
        /// "Cập nhật số liệu": recomputes the lines DanVan computes (shown while the unit may edit its sheet).
        public var refreshURL: String?
        /// Linking a DanVan record to a line (while the unit may edit), with the unit's own records to choose from.
        public var linkURL: String?
        public var recordChoices: [(value: String, label: String)] = []
        /// Taking a linked record off a line (while the unit may edit): the links already made, by line.
        public var unlinkURL: String?
        public var linkedRecords: [(value: String, label: String)] = []
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

    /// A labelled text box of the lines' table, as HTML (`Tables.stackedTable(_:html:)`).
    static func input(_ label: String, name: String, value: String, error: String?, wide: Bool = false) -> String {
        let id = escapeAttribute("f-" + name)
        var html = #"<div class="field"# + (error == nil ? "" : " field-error") + #""><label for=""# + id + #"">"# + escapeAttribute(label)
        html += #"</label><input type="text" id=""# + id + #"" name=""# + escapeAttribute(name) + #"" value=""# + escapeAttribute(value) + #"""#
        if !wide { html += #" inputmode="decimal" size="5""# }
        if let error {
            html += #" aria-invalid="true" aria-describedby=""# + id + #"-error"/><p id=""# + id + #"-error" class="error-text">"#
            html += escapeAttribute(error) + "</p>"
        } else {
            html += "/>"
        }
        return html + "</div>"
    }

    /// One line of the sheet as the cells' HTML. A sheet has about 60 lines, and building each cell as Plot nodes (with
    /// Plot escaping text one Character at a time) was the largest part of the sheet page's time (BENCHMARKS.md, Scoring).
    func lineCells(_ line: Line) -> [String] {
        let m = model
        let title = HTMLCell.text(line.code + ". " + line.text)
        var head = line.depth == 1 ? "<strong>" + title + "</strong>" : title
        if !line.rule.isEmpty { head += HTMLCell.hint(" (" + line.rule + ")") }
        if !line.evidenceRequired.isEmpty && line.isLine { head += HTMLCell.hint(L10n.Scoring.kiemChungLabel + line.evidenceRequired) }
        guard line.isLine else { return [head, HTMLCell.text(line.max), "", "", ""] }
        let computed =
            line.computedSource.isEmpty
            ? ""
            : HTMLCell.paragraph(L10n.Scoring.danvanTinhLabel + (line.computed.isEmpty ? "—" : line.computed + L10n.Scoring.diem))
                + HTMLCell.hint(line.computedSource)
        let evidence =
            line.evidence.map { HTMLCell.element("p", HTMLCell.link("📎 " + $0.name, $0.url)) }.joined()
            + line.links.map { HTMLCell.element("p", HTMLCell.link("🔗 " + $0.name, $0.url)) }.joined()
        let explanation = line.explanation.isEmpty ? "" : HTMLCell.paragraph(L10n.Scoring.giaiTrinhLabel + line.explanation)
        let selfCell: String
        let appraisalCell: String
        switch m.mode {
        case .selfAssessment:
            selfCell =
                computed
                + Self.input(L10n.Scoring.diemTuCham(line.code), name: "diem_\(line.id)", value: line.selfPoints, error: m.errors["diem_\(line.id)"])
                + Self.input(
                    L10n.Scoring.giaiTrinh(line.code), name: "giai_trinh_\(line.id)", value: line.explanation,
                    error: m.errors["giai_trinh_\(line.id)"], wide: true)
                + evidence
            appraisalCell = HTMLCell.text(line.appraised.isEmpty ? "" : line.appraised + (line.reason.isEmpty ? "" : " — " + line.reason))
        case .appraisal:
            selfCell =
                computed + HTMLCell.paragraph(L10n.Scoring.tuChamLabel + (line.selfPoints.isEmpty ? "—" : line.selfPoints)) + explanation + evidence
            appraisalCell =
                Self.input(
                    L10n.Scoring.diemThamDinh(line.code), name: "tham_dinh_\(line.id)", value: line.appraised, error: m.errors["tham_dinh_\(line.id)"]
                )
                + Self.input(
                    L10n.Scoring.lyDo(line.code), name: "ly_do_\(line.id)", value: line.reason, error: m.errors["ly_do_\(line.id)"], wide: true)
        case .readOnly:
            selfCell = computed + HTMLCell.paragraph(line.selfPoints.isEmpty ? "—" : line.selfPoints) + explanation + evidence
            appraisalCell = HTMLCell.text(line.appraised) + (line.reason.isEmpty ? "" : HTMLCell.paragraph(L10n.Scoring.lyDoLabel + line.reason))
        }
        var finalCell = HTMLCell.text(line.final) + (line.differs ? HTMLCell.hint(L10n.Scoring.khacTuCham) : "")
        for objection in line.objections { finalCell += objectionHTML(objection, line: line) }
        return [head, HTMLCell.text(line.max), selfCell, appraisalCell, finalCell]
    }

    /// An objection under its line, with the team's answer form; objections are few, so Plot writes them.
    func objectionHTML(_ objection: Objection, line: Line) -> String {
        let node: HTMLNode = .div(
            .class("objection"),
            .p(.strong(.text(L10n.Scoring.kienNghiLabel(objection.lodged))), .text(objection.text)),
            .if(!objection.answer.isEmpty, .p(.strong(.text(L10n.Scoring.traLoiLabel)), .text(objection.answer))),
            .unwrap(objection.answerURL) { url in
                Form.post(
                    action: url, csrf: model.layout.csrfToken,
                    [
                        .void("input", [("type", "hidden"), ("name", "kien_nghi"), ("value", objection.id)]),
                        Form.textarea(L10n.Scoring.traLoiKienNghi(line.code), name: "tra_loi", rows: 2),
                        .raw(Self.input(L10n.Scoring.diemSauKhiXemXetDe(line.code), name: "diem_moi", value: "", error: nil)),
                        Form.submit(L10n.Scoring.traLoi, style: "secondary")
                    ])
            })
        return node.render()
    }

    public var title: String { L10n.Scoring.phieuChamDiem + model.unit }
    public var heading: String { L10n.Scoring.phieuChamDiemLabel + model.unit }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(model.roundTitle, model.roundURL)] }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        let headers = [L10n.Scoring.tieuChi, L10n.Scoring.toiDa, L10n.Scoring.donViTuCham, L10n.Scoring.thamDinh, L10n.Scoring.diemTinh]
        let table = Tables.stackedTable(headers, html: m.lines.map(lineCells))
        // Only the forms a unit or its objections show use it.
        lazy var lineOptions = m.lines.filter(\.isLine).map { (value: $0.id, label: $0.code + ". " + String($0.text.prefix(80))) }
        return [
            Tables.facts(m.facts + [(L10n.Scoring.tinhTrang, m.status)]),
            .unwrap(m.returnReason) { .div(.class("flash flash-error"), .p(.strong(.text(L10n.Scoring.doanThamDinhTraLaiDeLabel)), .text($0))) },
            Form.errorSummary(m.errors),
            .h2(.text(L10n.Scoring.ketQua)),
            Tables.facts([
                (L10n.Scoring.tuCham, m.selfTotal + L10n.Scoring.diemVaXepLoai + m.selfClass),
                (
                    L10n.Scoring.sauThamDinh,
                    m.finalTotal.isEmpty ? L10n.Scoring.chuaThamDinh : m.finalTotal + L10n.Scoring.diemVaXepLoai + m.finalClass
                )
            ]),
            Tables.table(
                [L10n.Scoring.nhomTieuChi, L10n.Scoring.tuCham, L10n.Scoring.diemTinh, L10n.Scoring.toiDa],
                m.groups.map { [.text($0.label), .text($0.selfPoints), .text($0.finalPoints), .text($0.maximum)] }),
            .when(m.history.count > 1) {
                .group(
                    .h2(.text(L10n.Scoring.ketQuaCacNam)),
                    LineChart.node(
                        id: "ket-qua-cac-nam", title: L10n.Scoring.tongDiemSauThamDinhQua, periods: m.history.map(\.year),
                        series: [
                            ChartSeries(
                                label: L10n.Scoring.tongDiem, values: m.history.map { Double($0.total.replacingOccurrences(of: ",", with: ".")) ?? 0 }
                            )
                        ],
                        unit: L10n.Scoring.diem),
                    Tables.table(
                        [L10n.Scoring.nam, L10n.Scoring.diemCot, L10n.Scoring.xepLoai],
                        m.history.map { [.text($0.year), .text($0.total), .text($0.classLabel)] })
                )
            },
            .h2(.text(L10n.Scoring.cacTieuChi)),
            { () -> HTMLNode in
                switch m.mode {
                case .selfAssessment:
                    return Form.post(
                        action: m.saveURL, csrf: m.layout.csrfToken,
                        [
                            table,
                            .el(
                                "button", .attr("type", "submit"), .attr("name", "hanh_dong"), .attr("value", "luu"), .class("button secondary"),
                                .text(L10n.Scoring.luuNhap)),
                            .text(" "),
                            .el(
                                "button", .attr("type", "submit"), .attr("name", "hanh_dong"), .attr("value", "nop"), .class("button primary"),
                                .text(L10n.Scoring.nopPhieuKhoaPhieu))
                        ])
                case .appraisal:
                    return Form.post(action: m.appraiseURL, csrf: m.layout.csrfToken, [table, Form.submit(L10n.Scoring.luuDiemThamDinh)])
                case .readOnly:
                    return table
                }
            }(),
            .unwrap(m.refreshURL) { url in
                Form.post(
                    action: url, csrf: m.layout.csrfToken,
                    [
                        .p(.text(L10n.Scoring.cacTieuChiDanvanTuTinh)),
                        Form.submit(L10n.Scoring.capNhatSoLieu, style: "secondary")
                    ])
            },
            .when(m.mode == .selfAssessment && !lineOptions.isEmpty) {
                .group(
                    .h2(.text(L10n.Scoring.taiLieuKiemChung)),
                    Form.post(
                        action: m.evidenceURL, csrf: m.layout.csrfToken,
                        [
                            Form.select(L10n.Scoring.tieuChi, name: "dong", options: lineOptions, selected: nil, required: true),
                            .div(
                                .class("field"),
                                .el("label", .attr("for", "f-tep"), .text(L10n.Scoring.tepToiDa(UploadLimits.label(UploadLimits.document)))),
                                .void("input", [("type", "file"), ("id", "f-tep"), ("name", "tep"), ("required", "required")])),
                            Form.submit(L10n.Scoring.taiLen, style: "secondary")
                        ], extra: [.attr("enctype", "multipart/form-data")])
                )
            },
            .unwrap(m.linkURL) { url in
                .if(
                    !lineOptions.isEmpty && !m.recordChoices.isEmpty,
                    .group(
                        .h2(.text(L10n.Scoring.lienKetBanGhiDanVan)),
                        .p(.class("hint"), .text(L10n.Scoring.lienKetBanGhiGoiY)),
                        Form.post(
                            action: url, csrf: m.layout.csrfToken,
                            [
                                Form.select(L10n.Scoring.tieuChi, name: "dong_lien_ket", options: lineOptions, selected: nil, required: true),
                                Form.select(L10n.Scoring.banGhiCuaDonVi, name: "ban_ghi", options: m.recordChoices, selected: nil, required: true),
                                Form.submit(L10n.Scoring.ganLienKet, style: "secondary")
                            ])))
            },
            .unwrap(m.unlinkURL) { url in
                .if(
                    !m.linkedRecords.isEmpty,
                    .group(
                        .h2(.text(L10n.Scoring.goLienKetDaGan)),
                        .p(.class("hint"), .text(L10n.Scoring.goLienKetGoiY)),
                        Form.post(
                            action: url, csrf: m.layout.csrfToken,
                            [
                                Form.select(L10n.Scoring.lienKetDaGan, name: "lien_ket", options: m.linkedRecords, selected: nil, required: true),
                                Form.submit(L10n.Scoring.goLienKet, style: "secondary")
                            ])))
            },
            .when(m.mode == .appraisal) {
                .group(
                    .unwrap(m.returnURL) { url in
                        .group(
                            .h2(.text(L10n.Scoring.traLaiDeLamRoMot)),
                            Form.post(
                                action: url, csrf: m.layout.csrfToken,
                                [
                                    Form.textarea(L10n.Scoring.noiDungCanLamRo, name: "ly_do", required: true, rows: 2),
                                    Form.submit(L10n.Scoring.traLaiPhieu, style: "secondary")
                                ]))
                    },
                    .h2(.text(L10n.Scoring.ketThucThamDinh)),
                    Form.post(
                        action: m.finaliseURL, csrf: m.layout.csrfToken,
                        [
                            Form.checkbox(L10n.Scoring.donViKhongDuDieuKien, name: "khong_du_dieu_kien", checked: false),
                            Form.field(L10n.Scoring.lyDoKhongDuDieuKien, name: "ly_do_khong_du"),
                            Form.submit(L10n.Scoring.ketThucThamDinh)
                        ])
                )
            },
            .unwrap(m.objectionURL) { url in
                .group(
                    .h2(.text(L10n.Scoring.kienNghiVeKetQuaTham)),
                    Form.post(
                        action: url, csrf: m.layout.csrfToken,
                        [
                            Form.select(L10n.Scoring.tieuChi, name: "dong", options: lineOptions, selected: nil, required: true),
                            Form.textarea(L10n.Scoring.noiDungKienNghi, name: "noi_dung", required: true, rows: 3),
                            Form.submit(L10n.Scoring.guiKienNghi)
                        ]))
            }
        ]
    }
}
