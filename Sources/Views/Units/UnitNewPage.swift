import Plot

/// Thêm đơn vị — the form to add a unit under an existing one.
public struct UnitNewPage: HTMLPage {
    public struct Model: PageModel {
        public var code = ""
        public var name = ""
        public var kind = ""
        public var parentCode = ""
        public var activeFrom = ""
        public var kinds: [(value: String, label: String)] = []
        public var errors: [String: String] = [:]
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Units.themDonViTieuDe }

    public var content: [Node<HTML.BodyContext>] {
        [
            Form.post(
                action: SiteURL.units.path, csrf: model.layout.csrfToken,
                [
                    Form.field(
                        L10n.Units.maDonVi, name: "code", value: model.code, required: true, hint: L10n.Units.maDuyNhatViDu474,
                        error: model.errors["code"]),
                    Form.field(L10n.Units.tenDonVi, name: "name", value: model.name, required: true, error: model.errors["name"]),
                    Form.select(L10n.Units.loaiDonVi, name: "kind", options: model.kinds, selected: model.kind, required: true),
                    Form.unitField(
                        L10n.Units.donViCapTren, name: "parent_code", value: model.parentCode, required: true, error: model.errors["parent_code"]),
                    Form.field(
                        L10n.Units.hoatDongTuNgayDdMm, name: "active_from", value: model.activeFrom, required: true,
                        error: model.errors["active_from"]),
                    Form.submit(L10n.save),
                    .link(L10n.cancel, SiteURL.units.path, .class("button secondary"))
                ], extra: [.class("card narrow")])
        ]
    }
}
