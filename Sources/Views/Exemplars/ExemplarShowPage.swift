import Plot

/// Một mô hình — registration content, results with photos, history, recognitions and where it has spread.
public struct ExemplarShowPage: HTMLPage {
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

    public struct Model: PageModel {
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

    public var title: String { model.name }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        func typed(_ name: String, _ fallback: String) -> String { m.typed[name] ?? fallback }
        return [
            .unwrap(m.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
            Tables.facts(m.facts),
            .unwrap(m.original) { .p(.text(L10n.Exemplars.nhanRongTuMoHinhLabel), .link($0.name, $0.url)) },
            .p(
                .class("no-print"),
                .unwrap(m.replicateURL) { .group(.link(L10n.Exemplars.nhanRongMoHinhNayO, $0, .class("button")), .text(" ")) },
                .unwrap(m.publicURL) { .link(L10n.Exemplars.xemTrenTrangCongKhai, $0) }),
            .forEach(m.sections) { section in
                .section(
                    .h2(.text(section.0)), .if(section.1.isEmpty, .p(.class("empty"), .text(L10n.Exemplars.chuaGhi))),
                    .if(!section.1.isEmpty, .p(.class("prose"), .text(section.1))))
            },
            .section(
                .h2(.text(L10n.Exemplars.ketQuaThucHien)),
                .if(m.updates.isEmpty, .p(.class("empty"), .text(L10n.Exemplars.chuaCoCapNhatKetQua))),
                .if(
                    !m.updates.isEmpty,
                    .group(
                        .p(.el("strong", .text(L10n.Exemplars.congDonLabel)), .text(m.totals)),
                        Tables.stackedTable(
                            [
                                L10n.Exemplars.ngay, L10n.Exemplars.soHo, L10n.Exemplars.kinhPhiDong, L10n.Exemplars.datHienM,
                                L10n.Exemplars.vuViecGiaiQuyet, L10n.Exemplars.ghiChu, L10n.Exemplars.anhTaiLieu
                            ],
                            m.updates.map { u in
                                [
                                    .text(u.date), .text(u.households), .text(u.money), .text(u.land), .text(u.cases), .text(u.note),
                                    .group(
                                        .forEach(u.files) { file in
                                            file.2
                                                ? Node<HTML.BodyContext>.el(
                                                    "a", .attr("href", file.1),
                                                    .el(
                                                        "img", .attr("src", file.1), .attr("alt", L10n.Exemplars.anhLabel + file.0),
                                                        .attr("width", "160"), .attr("loading", "lazy")))
                                                : Node<HTML.BodyContext>.link(file.0, file.1)
                                        })
                                ]
                            })))),
            .if(
                m.canUpdate,
                .section(
                    .class("no-print"), .h2(.text(L10n.Exemplars.capNhatKetQua)),
                    .el(
                        "form", .attr("method", "post"), .attr("action", m.updateURL), .attr("enctype", "multipart/form-data"),
                        .void("input", [("type", "hidden"), ("name", "_csrf"), ("value", m.layout.csrfToken)]),
                        Form.field(L10n.Exemplars.ngayDdMmYyyy, name: "reported_on", value: typed("reported_on", m.today), required: true),
                        Form.field(L10n.Exemplars.soHoDuocVanDongTham, name: "households", value: typed("households", "0"), type: "number"),
                        Form.field(L10n.Exemplars.kinhPhiVanDongDuocDong, name: "money_vnd", value: typed("money_vnd", "0"), type: "number"),
                        Form.field(L10n.Exemplars.datHienM, name: "land_m2", value: typed("land_m2", "0"), type: "number"),
                        Form.field(L10n.Exemplars.soVuViecHoaGiaiGiai, name: "cases_settled", value: typed("cases_settled", "0"), type: "number"),
                        Form.textarea(L10n.Exemplars.ghiChu, name: "note", value: typed("note", ""), rows: 2),
                        Form.field(
                            L10n.Exemplars.anhHoacTaiLieuJpegPng, name: "file", type: "file",
                            attributes: [("accept", "image/jpeg,image/png,application/pdf")]),
                        Form.submit(L10n.Exemplars.luuCapNhat)))),
            .section(
                .h2(.text(L10n.Exemplars.congNhanKhenThuong)),
                .if(m.decisions.isEmpty, .p(.class("empty"), .text(L10n.Exemplars.chuaDuocCongNhan))),
                .if(!m.decisions.isEmpty, .ul(.forEach(m.decisions) { .li(.text($0)) }))),
            .if(
                m.canChange && !m.steps.isEmpty,
                .section(
                    .class("no-print"), .h2(.text(L10n.Exemplars.trienKhaiRaSoatPhanLoai)),
                    Form.post(
                        action: m.stepURL, csrf: m.layout.csrfToken,
                        [
                            Form.select(
                                L10n.Exemplars.buoc, name: "step", options: ExemplarWidgets.options(m.steps), selected: m.typed["step"],
                                required: true),
                            Form.field(L10n.Exemplars.ngayDdMmYyyy, name: "on_date", value: typed("on_date", m.today), required: true),
                            Form.textarea(L10n.Exemplars.nhanXet, name: "review_note", value: typed("review_note", ""), rows: 2),
                            Form.submit(L10n.Exemplars.ghiNhan)
                        ]))),
            .if(
                m.canRecognise,
                .section(
                    .class("no-print"), .h2(.text(L10n.Exemplars.congNhan)),
                    Form.post(
                        action: m.recogniseURL, csrf: m.layout.csrfToken,
                        [
                            Form.select(
                                L10n.Exemplars.capCongNhan, name: "level", options: ExemplarWidgets.options(m.levels), selected: m.typed["level"],
                                required: true),
                            Form.field(L10n.Exemplars.soQuyetDinh, name: "decision_number", value: typed("decision_number", ""), required: true),
                            Form.field(
                                L10n.Exemplars.ngayQuyetDinhDdMmYyyy, name: "decision_date", value: typed("decision_date", m.today), required: true),
                            Form.submit(L10n.Exemplars.congNhan)
                        ]))),
            .if(
                m.canCommend,
                .section(
                    .class("no-print"), .h2(.text(L10n.Exemplars.khenThuong)),
                    Form.post(
                        action: m.commendURL, csrf: m.layout.csrfToken,
                        [
                            Form.select(
                                L10n.Exemplars.hinhThuc, name: "form", options: ExemplarWidgets.options(m.commendationForms),
                                selected: m.typed["form"], required: true),
                            Form.field(
                                L10n.Exemplars.capCoQuanKhenThuong, name: "granted_by", value: typed("granted_by", ""), required: true,
                                hint: L10n.Exemplars.viDuChuTichUbndThi),
                            Form.field(
                                L10n.Exemplars.soQuyetDinhKhenThuong, name: "commend_number", value: typed("commend_number", ""), required: true),
                            Form.field(
                                L10n.Exemplars.ngayQuyetDinhKhenThuongDd, name: "commend_date", value: typed("commend_date", m.today),
                                required: true),
                            Form.submit(L10n.Exemplars.ghiNhanKhenThuong)
                        ]))),
            .section(
                .h2(.text(L10n.Exemplars.noiDaNhanRong)),
                .if(m.spread.isEmpty, .p(.class("empty"), .text(L10n.Exemplars.chuaCoDonViNaoDang))),
                .if(
                    !m.spread.isEmpty,
                    .group(
                        StackedBarChart.node(
                            id: "nhan-rong", title: L10n.Exemplars.soNoiNhanRongTheoNam,
                            periods: m.spreadYears, segments: [ChartSeries(label: L10n.Exemplars.noiNhanRong, values: m.spreadCounts)]),
                        Tables.stackedTable(
                            [L10n.Exemplars.moHinh, L10n.Exemplars.donVi, L10n.Exemplars.ngayDangKy, L10n.Exemplars.trangThai],
                            m.spread.map { s in
                                [.link(s.name, s.url), .text(s.unit), .text(s.date), .text(s.status)]
                            })))),
            .section(
                .h2(.text(L10n.Exemplars.lichSu)),
                Tables.stackedTable(
                    [L10n.Exemplars.ngay, L10n.Exemplars.buoc, L10n.Exemplars.trangThai, L10n.Exemplars.nguoiThucHien, L10n.Exemplars.ghiChu],
                    m.history.map { h in
                        [.text(h.0), .text(h.1), .text(h.2), .text(h.3), .text(h.4)]
                    })),
            .p(.class("no-print"), .link(L10n.Exemplars.danhMucMoHinh, m.listURL))
        ]
    }
}
