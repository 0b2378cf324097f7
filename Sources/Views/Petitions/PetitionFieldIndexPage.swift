import Plot

/// Danh mục lĩnh vực — the fields offered when classifying petitions: add, rename, retire or bring back; never delete.
public struct PetitionFieldIndexPage: HTMLPage {
    public struct Row: Sendable {
        public var code = "", label = "", renameURL = "", toggleURL = ""
        public var isRetired = false
        public var cases = 0
        public init() {}
    }

    public struct Model: PageModel {
        public var rows: [Row] = []
        public var canEdit = false
        public var addURL = "", profilesURL = ""
        public var error: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Petitions.danhMucLinhVucDon }

    public var content: [Node<HTML.BodyContext>] {
        let csrf = model.layout.csrfToken
        return [
            .p(.text(L10n.Petitions.linhVucDangCoDonKhong)),
            .p(.class("no-print"), .link(L10n.Petitions.boThoiHanGiaiQuyetDon, model.profilesURL)),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
            Tables.table(
                [L10n.Petitions.ma, L10n.Petitions.tenLinhVuc, L10n.Petitions.soDon, L10n.Petitions.tinhTrang, ""],
                model.rows.map { row in
                    [
                        .code(.text(row.code)),
                        model.canEdit
                            ? Form.post(
                                action: row.renameURL, csrf: csrf,
                                [
                                    .el(
                                        "span", .class("visually-hidden"),
                                        .el("label", .attr("for", "f-label-" + row.code), .text(L10n.Petitions.tenLinhVucMa + row.code))),
                                    .void(
                                        "input",
                                        [
                                            ("type", "text"), ("id", "f-label-" + row.code), ("name", "label"), ("value", row.label),
                                            ("required", "required")
                                        ]),
                                    Form.submit(L10n.Petitions.doiTen, style: "secondary")
                                ], extra: [.class("inline")])
                            : .text(row.label),
                        .text(String(row.cases)),
                        .text(row.isRetired ? L10n.Petitions.ngungSuDung : L10n.Petitions.dangSuDung),
                        .if(
                            model.canEdit,
                            Form.post(
                                action: row.toggleURL, csrf: csrf,
                                [Form.submit(row.isRetired ? L10n.Petitions.dungLai : L10n.Petitions.ngungSuDung, style: "secondary")],
                                extra: [.class("inline")]))
                    ]
                }),
            .if(
                model.canEdit,
                Form.post(
                    action: model.addURL, csrf: csrf,
                    [
                        .h2(.text(L10n.Petitions.themLinhVuc)),
                        Form.field(L10n.Petitions.tenLinhVuc, name: "label", required: true),
                        Form.submit(L10n.Petitions.them)
                    ], extra: [.class("card no-print")]))
        ]
    }
}
