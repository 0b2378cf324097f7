import Plot

/// Tổng hợp báo cáo — a period's figures combined over accepted reports, the units' narratives, who is missing or late.
public struct ConsolidationPage: HTMLPage {
    public struct Model: PageModel {
        public var title = ""
        public var regimeID = 0
        public var periods: [(value: String, label: String)] = []
        public var period = ""
        public var summary = ""
        public var figures: [[TableCell]] = []
        public var narratives: [(title: String, entries: [(unit: String, text: String)])] = []
        public var missing: [[TableCell]] = []
        public var late: [String] = []
        public var docxURL = ""
        public var xlsxURL = ""
        /// The signer form, for people who may set the receiving unit's signer: where it posts, the title lines, the name.
        public var signer: (action: String, lines: String, name: String)?
        /// Where "send upward" posts, and to which report, when the unit has one to answer for this period.
        public var upward: (action: String, label: String)?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reports.tongHopBaoCao }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(model.title, SiteURL.reportRegime(.value(model.regimeID)).path)] }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "form", .attr("method", "get"), .attr("action", SiteURL.reportConsolidation(.value(model.regimeID)).path), .class("filter-form"),
                Form.select(L10n.Reports.kyBaoCao, name: "ky", options: model.periods, selected: model.period),
                Form.submit("Xem", style: "secondary")),
            .p(.text(model.summary)),
            .p(
                .class("no-print"), .text(L10n.Reports.taiVeLabel), .link(L10n.Reports.baoCaoDocxTheThucNghi, model.docxURL), .text(" · "),
                .link(L10n.Reports.soLieuTheoDonViXlsx, model.xlsxURL)),
            .unwrap(model.signer) { signer in
                Form.post(
                    action: signer.action, csrf: model.layout.csrfToken,
                    [
                        .h2(.text(L10n.Reports.nguoiKyBaoCao)),
                        .p(.class("hint"), .text(L10n.Reports.inVaoKhoiChuKyCua)),
                        .div(
                            .class("field"),
                            .el("label", .attr("for", "f-chuc_danh"), .text(L10n.Reports.quyenHanChucVuNguoiKy)),
                            .el("small", .attr("id", "f-chuc_danh-hint"), .class("hint"), .text(L10n.Reports.viDuKtChuTichXuong)),
                            .el(
                                "textarea", .attr("id", "f-chuc_danh"), .attr("name", "chuc_danh"), .attr("rows", "3"), .attr("required", "required"),
                                .attr("aria-describedby", "f-chuc_danh-hint"), .text(signer.lines))),
                        Form.field(L10n.Reports.hoVaTenNguoiKy, name: "ho_ten", value: signer.name, hint: L10n.Reports.deTrongNeuKyTayHo),
                        Form.submit(L10n.Reports.luuNguoiKy, style: "secondary")
                    ], extra: [.class("card no-print narrow")])
            },
            .unwrap(model.upward) { upward in
                Form.post(
                    action: upward.action, csrf: model.layout.csrfToken,
                    [
                        .p(.text(L10n.Reports.dungSoLieuVaNoiDung + upward.label + L10n.Reports.banXemLaiBoSungRoi)),
                        Form.submit(L10n.Reports.taoBaoCaoGuiCapTren)
                    ], extra: [.class("card no-print")])
            },
            .h2(.text(L10n.Reports.soLieuTongHop)),
            TableCell.table([L10n.Reports.chiTieu, L10n.Reports.donViTinh, L10n.Reports.tongHop, L10n.Reports.soBaoCao], model.figures),
            .h2(.text(L10n.Reports.donViChuaCoBaoCao)),
            TableCell.table([L10n.Reports.donVi, L10n.Reports.tinhTrang], model.missing, empty: L10n.Reports.tatCaDonViDaCo),
            .h2(.text(L10n.Reports.donViNopTreHan)),
            model.late.isEmpty ? .p(.class("empty"), .text(L10n.Reports.khongCoDonViNopTre)) : .p(.text(model.late.joined(separator: "; "))),
            .h2(.text(L10n.Reports.noiDungBaoCaoCuaCac)),
            .forEach(model.narratives) { narrative in
                .section(
                    .h3(.text(narrative.title)),
                    narrative.entries.isEmpty
                        ? .p(.class("empty"), .text(L10n.Reports.chuaCoNoiDung))
                        : .group(.forEach(narrative.entries) { entry in .p(.strong(.text(entry.unit + ": ")), .text(entry.text)) }))
            }
        ]
    }
}
