import Plot

/// Chế độ báo cáo — one regime: its rule, who reports to whom, its periods, and the calendar for a year.
public struct RegimePage: HTMLPage {
    public struct Settings: Sendable {
        public let ruleKind: String
        public let day: String
        public let month: String
        public let cutoffDay: String
        public let dayOffPolicy: String
        public let policies: [(value: String, label: String)]
        public let receiverChoice: String
        public let templateID: String
        public let templates: [(value: String, label: String)]

        public init(
            ruleKind: String, day: String, month: String, cutoffDay: String, dayOffPolicy: String, policies: [(value: String, label: String)],
            receiverChoice: String, templateID: String, templates: [(value: String, label: String)]
        ) {
            self.ruleKind = ruleKind
            self.day = day
            self.month = month
            self.cutoffDay = cutoffDay
            self.dayOffPolicy = dayOffPolicy
            self.policies = policies
            self.receiverChoice = receiverChoice
            self.templateID = templateID
            self.templates = templates
        }
    }

    public struct Model: PageModel {
        public var title = ""
        public var planTitle = ""
        public var planURL = ""
        public var facts: [(String, String)] = []
        public var notes: [String] = []
        public var periods: [[TableCell]] = []
        public var reporters: [[TableCell]] = []
        public var reporterCount = 0
        /// The reporting units one a line, by name ("Phòng Tư pháp — Thị xã Hương Trà"), or what was typed.
        public var reporterNames = ""
        /// Why the list typed was not saved: names not found, names that fit several units.
        public var reportersError: String?
        public var canManage = false
        public var settings = Settings(
            ruleKind: "", day: "", month: "", cutoffDay: "", dayOffPolicy: "", policies: [], receiverChoice: "", templateID: "",
            templates: [])
        public var year = ""
        public var isAdhoc = false
        public var kinds: [(value: String, label: String)] = []
        public var regimeID = 0
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.title }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(model.planTitle, model.planURL)] }

    public var content: [Node<HTML.BodyContext>] {
        let csrf = model.layout.csrfToken
        let settings = model.settings
        return [
            .el("dl", .class("facts"), .forEach(model.facts) { .group(.el("dt", .text($0.0)), .el("dd", .text($0.1))) }),
            .forEach(model.notes) { .p(.class("hint"), .text($0)) },
            .p(.class("no-print"), .link(L10n.Reports.tinhHinhNopBaoCao, SiteURL.reportGrid(.value(model.regimeID)).path + "?nam=" + model.year)),
            .h2(.text(L10n.Reports.cacKyBaoCaoNam(model.year))),
            TableCell.table(
                [
                    L10n.Reports.ky, L10n.Reports.chotSoLieu, L10n.Reports.hanNop, L10n.Reports.phaiNop, L10n.Reports.daNop, L10n.Reports.daChapNhan,
                    ""
                ], model.periods,
                empty: L10n.Reports.chuaLapLichBaoCaoCho(model.year)),
            .if(
                model.canManage,
                .div(
                    .class("action-grid no-print"),
                    model.isAdhoc
                        ? Form.post(
                            action: SiteURL.reportRegimeAdhoc(.value(model.regimeID)).path, csrf: csrf,
                            [
                                .h2(.text(L10n.Reports.yeuCauBaoCaoDotXuat)),
                                .p(.class("hint"), .text(L10n.Reports.guiMotYeuCauBaoCao)),
                                Form.field(L10n.Reports.noiDungYeuCau, name: "noi_dung", required: true),
                                Form.field(L10n.Reports.hanNopDdMmYyyy, name: "han", required: true),
                                Form.submit(L10n.Reports.guiYeuCau)
                            ], extra: [.class("card")])
                        : Form.post(
                            action: SiteURL.reportRegimeGenerate(.value(model.regimeID)).path, csrf: csrf,
                            [
                                .h2(.text(L10n.Reports.lapLichBaoCao)),
                                .p(.class("hint"), .text(L10n.Reports.taoYeuCauBaoCaoCho)),
                                Form.field(
                                    L10n.Reports.nam, name: "nam", value: model.year, type: "number", required: true,
                                    attributes: [("min", "2000"), ("max", "2100")]),
                                Form.submit(L10n.Reports.lapLich)
                            ], extra: [.class("card")]),
                    Form.post(
                        action: SiteURL.reportRegimeSettings(.value(model.regimeID)).path, csrf: csrf,
                        [
                            .h2(.text(L10n.Reports.quyTacHanNop)),
                            Form.select(
                                L10n.Reports.loaiQuyTac, name: "quy_tac",
                                options: [
                                    ("", L10n.Reports.chuaCoHan), ("day_of_month", L10n.Reports.ngayHangThangThangCuoiKy),
                                    ("day_of_quarter_month", L10n.Reports.ngayCuaThangThuTrongQuy), ("day_of_year", L10n.Reports.ngayThangTrongNam)
                                ], selected: settings.ruleKind),
                            Form.field(
                                L10n.Reports.ngay, name: "ngay", value: settings.day, type: "number", attributes: [("min", "1"), ("max", "31")]),
                            Form.field(
                                L10n.Reports.thangTrongQuy13Trong, name: "thang", value: settings.month, type: "number",
                                attributes: [("min", "1"), ("max", "12")]),
                            Form.field(
                                L10n.Reports.ngayChotSoLieu, name: "ngay_chot", value: settings.cutoffDay, type: "number", required: true,
                                hint: L10n.Reports.nghiDinh092019TuNgay,
                                attributes: [("min", "1"), ("max", "28")]),
                            Form.select(
                                L10n.Reports.hanRoiVaoNgayNghi, name: "ngay_nghi", options: settings.policies, selected: settings.dayOffPolicy),
                            Form.unitField(
                                L10n.Reports.donViNhanBaoCao, name: "noi_nhan", value: settings.receiverChoice,
                                hint: L10n.Reports.goMotPhanTenKhongCan),
                            Form.select(L10n.Reports.mauBaoCao, name: "mau", options: settings.templates, selected: settings.templateID),
                            Form.submit(L10n.Reports.luuQuyTac)
                        ], extra: [.class("card")]))),
            .h2(.text(L10n.Reports.donViThucHienBaoCao(model.reporterCount))),
            TableCell.table([L10n.Reports.ma, L10n.Reports.donVi, L10n.Reports.loai], model.reporters, empty: L10n.Reports.chuaCoDonViNaoNhap),
            .if(model.reporterCount > model.reporters.count, .p(.class("hint"), .text(L10n.Reports.hienThiDonViDauTien(model.reporters.count)))),
            .if(
                model.canManage,
                Form.post(
                    action: SiteURL.reportRegimeReporters(.value(model.regimeID)).path, csrf: csrf,
                    [
                        .div(
                            .class(model.reportersError == nil ? "field" : "field field-error"),
                            .el("label", .attr("for", "f-don_vi"), .text(L10n.Reports.cacDonViBaoCaoMoi)),
                            .p(
                                .attr("id", "f-don_vi-hint"), .class("hint"),
                                .text(L10n.Reports.goTenDonViKhongCan)),
                            .unwrap(model.reportersError) {
                                .p(.attr("id", "f-don_vi-error"), .class("error-text"), .attr("role", "alert"), .text($0))
                            },
                            .el(
                                "textarea", .attr("id", "f-don_vi"), .attr("name", "don_vi"), .attr("rows", "6"),
                                .attr("aria-describedby", model.reportersError == nil ? "f-don_vi-hint" : "f-don_vi-hint f-don_vi-error"),
                                .text(model.reporterNames))),
                        Form.select(L10n.Reports.themMoiDonViLoaiTrong, name: "loai", options: model.kinds, selected: nil, includeBlank: "—"),
                        Form.submit(L10n.Reports.luuDanhSachDonVi)
                    ], extra: [.class("card no-print")]))
        ]
    }
}
