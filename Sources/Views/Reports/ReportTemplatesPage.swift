import Plot

/// Mẫu báo cáo — each template's indicators (with how they combine and are checked) and narrative sections.
public struct ReportTemplatesPage: HTMLPage {
    public struct Template: Sendable {
        public let name: String
        public let indicators: [[TableCell]]
        public let sections: [[TableCell]]
        /// The template's id: the copy, add-indicator and add-section forms post to its addresses.
        public let id: Int
        public let codes: [(value: String, label: String)]
        /// Whether this person may add to it; false for the national default unless they keep national rules (copying stays open).
        public let canChange: Bool

        public init(
            name: String, indicators: [[TableCell]], sections: [[TableCell]], id: Int, codes: [(value: String, label: String)],
            canChange: Bool = true
        ) {
            self.name = name
            self.indicators = indicators
            self.sections = sections
            self.id = id
            self.codes = codes
            self.canChange = canChange
        }
    }

    public struct Model: PageModel {
        public var templates: [Template] = []
        public var aggregations: [(value: String, label: String)] = []
        public var canEdit = false
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reports.mauBaoCao }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(L10n.Reports.baoCaoDinhKy, SiteURL.reports.path)] }

    public var content: [Node<HTML.BodyContext>] {
        [
            .forEach(model.templates) { template in
                .section(
                    .h2(.text(template.name)),
                    TableCell.table(
                        [L10n.Reports.ma, L10n.Reports.chiTieu, L10n.Reports.donViTinh, L10n.Reports.cachTongHop, L10n.Reports.kiemTra],
                        template.indicators, caption: L10n.Reports.bieuSoLieu),
                    TableCell.table(["TT", L10n.Reports.phanNoiDung, L10n.Reports.huongDan], template.sections, caption: L10n.Reports.deCuongBaoCao),
                    .if(model.canEdit, editor(template)))
            }
        ]
    }

    private func editor(_ template: Template) -> Node<HTML.BodyContext> {
        .div(
            .class("action-grid no-print"),
            .if(
                template.canChange, additions(template),
                else: .p(.class("hint"), .text(L10n.Reports.mauMacDinhDungChungToan))),
            Form.post(
                action: SiteURL.reportTemplateCopy(.value(template.id)).path, csrf: model.layout.csrfToken,
                [
                    .h3(.text(L10n.Reports.saoChepMau)),
                    .p(.class("hint"), .text(L10n.Reports.taoMotMauMoiTuMau)),
                    Form.field(L10n.Reports.tenMauMoi, name: "ten", required: true),
                    Form.submit(L10n.Reports.saoChep, style: "secondary")
                ], extra: [.class("card")]))
    }

    private func additions(_ template: Template) -> Node<HTML.BodyContext> {
        .group(
            Form.post(
                action: SiteURL.reportTemplateIndicator(.value(template.id)).path, csrf: model.layout.csrfToken,
                [
                    .h3(.text(L10n.Reports.themChiTieu)),
                    Form.field(L10n.Reports.maChuThuongKhongDauVi, name: "ma", required: true),
                    Form.field(L10n.Reports.tenChiTieu, name: "ten", required: true),
                    Form.field(L10n.Reports.donViTinh, name: "don_vi_tinh", required: true),
                    Form.select(L10n.Reports.cachTongHop, name: "tong_hop", options: model.aggregations, selected: "sum"),
                    Form.select(L10n.Reports.khongDuocLonHonChiTieu, name: "khong_qua", options: template.codes, selected: nil, includeBlank: "—"),
                    Form.submit(L10n.Reports.themChiTieu)
                ], extra: [.class("card")]),
            Form.post(
                action: SiteURL.reportTemplateSection(.value(template.id)).path, csrf: model.layout.csrfToken,
                [
                    .h3(.text(L10n.Reports.themPhanNoiDung)),
                    Form.field(L10n.Reports.tieuDe, name: "tieu_de", required: true),
                    Form.field(L10n.Reports.huongDan, name: "huong_dan"),
                    Form.submit(L10n.Reports.themPhan)
                ], extra: [.class("card")]))
    }
}
