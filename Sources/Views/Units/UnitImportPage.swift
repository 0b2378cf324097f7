import Plot

/// Nhập danh mục đơn vị — upload an official list as CSV.
public struct UnitImportPage: HTMLPage {
    public struct Model: PageModel {
        public var error: String?
        public var result: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Units.nhapDanhMucDonVi }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .text(
                    L10n.Units.tepCsvMaHoaUtf8
                        + L10n.Units.donViDaCoCungMa)),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            .unwrap(model.result) { .div(.class("flash flash-success"), .attr("role", "status"), .text($0)) },
            Form.post(
                action: SiteURL.unitImport.path, csrf: model.layout.csrfToken,
                [
                    .div(
                        .class("field"),
                        .el("label", .attr("for", "f-file"), .text(L10n.Units.tepCsv)),
                        .void(
                            "input",
                            [("type", "file"), ("id", "f-file"), ("name", "file"), ("accept", ".csv,text/csv"), ("required", "required")])),
                    Form.select(
                        L10n.Units.coCauToChuc, name: "structure",
                        options: [("2025", L10n.Units.chinhQuyenHaiCapTu01), ("2024", L10n.Units.baCapTruoc072025)],
                        selected: "2025", required: true),
                    Form.field(L10n.Units.chiNhapTinhThanhPhoCo, name: "province", hint: L10n.Units.deTrongDeNhapToanBo),
                    .el(
                        "label", .class("checkbox"),
                        .void("input", [("type", "checkbox"), ("name", "agencies"), ("value", "1"), ("checked", "checked")]),
                        .text(L10n.Units.themCacCoQuanChuyenMon)),
                    Form.submit(L10n.Units.nhap)
                ], extra: [.attr("enctype", "multipart/form-data"), .class("card narrow")]),
            .p(.link(L10n.Units.toChucLaiDonViHanh, SiteURL.unitReorganise.path))
        ]
    }
}
