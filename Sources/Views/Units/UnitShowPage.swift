import Plot

/// One unit: details, place in the tree, children, history, and the changes a coordinator may make.
public struct UnitShowPage: HTMLPage {
    public struct HistoryRow: Sendable {
        public let date: String
        public let label: String
        public let detail: String
        public let by: String

        public init(date: String, label: String, detail: String, by: String) {
            self.date = date
            self.label = label
            self.detail = detail
            self.by = by
        }
    }

    public struct Model: PageModel {
        public var unit = UnitRow(code: "", name: "", kindLabel: "", parentName: nil, isActive: true, url: "")
        public var activeFrom = ""
        public var activeUntil: String?
        public var breadcrumb: [(name: String, url: String)] = []
        public var children: [UnitRow] = []
        public var childrenTotal = 0
        public var childrenURL = ""
        public var subtreeCount = 0
        public var history: [HistoryRow] = []
        public var canEdit = false
        public var unitID = 0
        public var today = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.unit.name }
    public var breadcrumbs: [Breadcrumb] { model.breadcrumb.map { Breadcrumb($0.name, $0.url) } }

    public var content: [Node<HTML.BodyContext>] {
        let unit = model.unit
        return [
            .el(
                "dl", .class("facts"),
                .el("dt", .text(L10n.code)), .el("dd", .text(unit.code)),
                .el("dt", .text(L10n.kind)), .el("dd", .text(unit.kindLabel)),
                .el("dt", .text(L10n.parent)), .el("dd", .text(unit.parentName ?? "—")),
                .el("dt", .text(L10n.Units.hoatDongTu)), .el("dd", .text(model.activeFrom)),
                .el("dt", .text(L10n.status)), .el("dd", .text(model.activeUntil.map { L10n.Units.daGiaiTheTu + $0 } ?? L10n.active)),
                .el("dt", .text(L10n.Units.soDonViTrongPhamVi)), .el("dd", .text(VietnameseNumber.format(model.subtreeCount)))
            ),
            .section(
                .h2(.text(L10n.Units.donViTrucThuoc(VietnameseNumber.format(model.childrenTotal)))),
                UnitTable.node(model.children),
                .if(model.childrenTotal > model.children.count, .p(.link(L10n.Units.xemTatCaDonViTruc, model.childrenURL)))
            ),
            .section(
                .h2(.text(L10n.Units.lichSuThayDoi)),
                .if(model.history.isEmpty, .p(.class("empty"), .text(L10n.Units.chuaCoThayDoiNao))),
                .if(
                    !model.history.isEmpty,
                    .div(
                        .class("table-wrap"),
                        .table(
                            .thead(
                                .tr(
                                    .th(.text(L10n.Units.ngayHieuLuc)), .th(.text(L10n.Units.thayDoi)), .th(.text(L10n.Units.chiTiet)),
                                    .th(.text(L10n.Units.nguoiThucHien)))),
                            .tbody(
                                .forEach(model.history) { row in
                                    .tr(.td(.text(row.date)), .td(.text(row.label)), .td(.text(row.detail)), .td(.text(row.by)))
                                })
                        )))
            ),
            .if(model.canEdit, handling)
        ]
    }

    private var handling: Node<HTML.BodyContext> {
        let csrf = model.layout.csrfToken
        let id = SiteURL.ID.value(model.unitID)
        return .section(
            .class("actions no-print"),
            .h2(.text(L10n.Units.dieuChinhDonVi)),
            .div(
                .class("action-grid"),
                Form.post(
                    action: SiteURL.unitRename(id).path, csrf: csrf,
                    [
                        .h3(.text(L10n.Units.doiTen)),
                        Form.field(L10n.Units.tenMoi, name: "name", value: model.unit.name, required: true),
                        Form.field(L10n.Units.coHieuLucTuDdMm, name: "effective", value: model.today, required: true),
                        Form.submit(L10n.Units.doiTen)
                    ], extra: [.class("card")]),
                Form.post(
                    action: SiteURL.unitMove(id).path, csrf: csrf,
                    [
                        .h3(.text(L10n.Units.chuyenSangDonViCapTren)),
                        Form.unitField(
                            L10n.Units.donViCapTrenMoi, name: "parent_code", required: true,
                            hint: L10n.Units.goMotPhanTenKhongCan),
                        Form.field(L10n.Units.coHieuLucTuDdMm, name: "effective", value: model.today, required: true),
                        Form.submit(L10n.Units.chuyen)
                    ], extra: [.class("card")]),
                model.activeUntil == nil
                    ? Form.post(
                        action: SiteURL.unitClose(id).path, csrf: csrf,
                        [
                            .h3(.text(L10n.Units.giaiTheNgungHoatDong)),
                            Form.field(L10n.Units.tuNgayDdMmYyyy, name: "effective", value: model.today, required: true),
                            .el(
                                "label", .class("checkbox"),
                                .void("input", [("type", "checkbox"), ("name", "confirm"), ("value", "1"), ("required", "required")]),
                                .text(L10n.Units.toiXacNhanGiaiTheDon)),
                            Form.submit(L10n.Units.giaiThe, style: "danger")
                        ], extra: [.class("card")])
                    : Form.post(
                        action: SiteURL.unitReopen(id).path, csrf: csrf,
                        [
                            .h3(.text(L10n.Units.choHoatDongTroLai)),
                            Form.field(L10n.Units.tuNgayDdMmYyyy, name: "effective", value: model.today, required: true),
                            Form.submit(L10n.Units.moLai)
                        ], extra: [.class("card")])
            )
        )
    }
}
