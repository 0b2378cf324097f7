import Plot

/// Gửi kiến nghị, phản ánh — the public form: no account, no JavaScript; a hidden field that people leave empty catches robots.
public struct PublicPetitionPage: HTMLPage {
    public struct Model: PageModel {
        public var values = PetitionFormValues()
        public var units: [(value: String, label: String)] = []
        public var action = ""
        public var trackingURL = ""
        public var operatorInfo = PublicOperator()
        /// Why a send was refused before the form was checked (too fast after opening it): everything typed stays.
        public var refusal: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Petitions.guiKienNghiPhanAnh }

    public var content: [Node<HTML.BodyContext>] {
        let v = model.values
        return [
            model.operatorInfo.block,
            .unwrap(model.refusal) { text in
                .div(
                    .class("flash flash-error"), .attr("role", "alert"), .p(.text(text)),
                    .p(.link(L10n.Petitions.moLaiBieuMauTrong, model.action)))
            },
            .p(
                .text(
                    L10n.Petitions.banKhongCanTaiKhoanSau
                        + L10n.Petitions.thongTinCaNhanCuaBan)),
            .p(.text(L10n.Petitions.khieuNaiToCaoXinGui)),
            Form.errorSummary(v.errors),
            Form.requiredLegend,
            Form.post(
                action: model.action, csrf: model.layout.csrfToken,
                [
                    Form.select(L10n.Petitions.guiDenCoQuan, name: "unit_id", options: model.units, selected: v.unit, required: true),
                    Form.select(
                        L10n.Petitions.loai, name: "kind", options: [("kien_nghi", L10n.Petitions.kienNghi), ("phan_anh", L10n.Petitions.phanAnh)],
                        selected: v.kinds.first ?? "kien_nghi", required: true)
                ] + v.contentFields + v.citizenFields(nameRequired: true) + [
                    .div(
                        .class("honeypot"), .attr("aria-hidden", "true"),
                        Form.field(L10n.Petitions.deTrongONay, name: "website", attributes: [("tabindex", "-1"), ("autocomplete", "off")])),
                    Form.submit(L10n.Petitions.gui)
                ]),
            .p(.link(L10n.Petitions.traCuuDonDaGui, model.trackingURL))
        ]
    }
}
