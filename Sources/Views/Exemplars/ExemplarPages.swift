import Plot

/// Shared bits of the "Dân vận khéo" pages (mô hình, điển hình "Dân vận khéo").
enum ExemplarWidgets {
    typealias HTMLNode = Node<HTML.BodyContext>

    /// A GET form of filters; works without JavaScript.
    static func filterForm(action: String, _ controls: [HTMLNode]) -> HTMLNode {
        .el(
            "form",
            [.attr("method", "get"), .attr("action", action), .class("filters")] + controls + [Form.submit(L10n.Exemplars.loc, style: "secondary")])
    }

    static func options(_ pairs: [(String, String)]) -> [(value: String, label: String)] {
        pairs.map { (value: $0.0, label: $0.1) }
    }
}

/// One row of a registry list.
public struct ExemplarRow: Sendable {
    public var name = "", url = "", unit = "", kind = "", field = "", status = "", level = "", year = "", late = false, replicates = ""
    public init() {}
}

/// Danh mục mô hình, điển hình "Dân vận khéo" — the registry of the user's subtree, searchable and filtered.
public struct ExemplarIndexPage: HTMLPage {
    public struct Model: PageModel {
        public var rows: [ExemplarRow] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var action = ""
        public var text = "", field = "", level = "", status = "", year = "", unit = ""
        public var unitError: String?
        public var fields: [(String, String)] = [], levels: [(String, String)] = [], statuses: [(String, String)] = []
        public var registerURL: String?
        public var drivesURL = "", countsURL = "", publicURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Exemplars.moHinhDienHinhDanVanKheo }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            .p(
                .class("no-print"),
                .unwrap(m.registerURL) { .group(.link(L10n.Exemplars.dangKyMoHinh, $0, .class("button primary")), .text(" · ")) },
                .link(L10n.Exemplars.dotDangKy, m.drivesURL), .text(" · "), .link(L10n.Exemplars.thongKe, m.countsURL), .text(" · "),
                .link(L10n.Exemplars.trangGioiThieuCongKhai, m.publicURL)),
            ExemplarWidgets.filterForm(
                action: m.action,
                [
                    Form.field(L10n.Exemplars.timTheoTenNoiDungKhong, name: "q", value: m.text),
                    Form.unitField(L10n.Exemplars.donViGomCacDonVi, name: "don_vi", value: m.unit, error: m.unitError),
                    Form.select(
                        L10n.Exemplars.linhVuc, name: "linh_vuc", options: ExemplarWidgets.options(m.fields), selected: m.field,
                        includeBlank: L10n.Exemplars.tatCa),
                    Form.select(
                        L10n.Exemplars.capCongNhan, name: "cap", options: ExemplarWidgets.options(m.levels), selected: m.level,
                        includeBlank: L10n.Exemplars.tatCa),
                    Form.select(
                        L10n.Exemplars.trangThai, name: "trang_thai", options: ExemplarWidgets.options(m.statuses), selected: m.status,
                        includeBlank: L10n.Exemplars.tatCa),
                    Form.field(L10n.Exemplars.namVietHoa, name: "nam", value: m.year, type: "number")
                ]),
            .if(m.rows.isEmpty, .p(.class("empty"), .text(L10n.Exemplars.khongCoMoHinhNaoKhop))),
            .if(
                !m.rows.isEmpty,
                Tables.stackedTable(
                    [
                        L10n.Exemplars.tenMoHinh, L10n.Exemplars.donVi, L10n.Exemplars.loai, L10n.Exemplars.linhVuc, L10n.Exemplars.trangThai,
                        L10n.Exemplars.capCongNhan, L10n.Exemplars.namVietHoa
                    ],
                    html: m.rows.map { row in
                        [
                            HTMLCell.link(row.name, row.url)
                                + (row.late ? HTMLCell.element("span", css: "badge warning", HTMLCell.text(L10n.Exemplars.dangKyMuon)) : "")
                                + (row.replicates.isEmpty
                                    ? "" : HTMLCell.element("small", css: "muted", HTMLCell.text(L10n.Exemplars.nhanRongTu + row.replicates + ")"))),
                            HTMLCell.text(row.unit), HTMLCell.text(row.kind), HTMLCell.text(row.field), HTMLCell.text(row.status),
                            HTMLCell.text(row.level),
                            HTMLCell.text(row.year)
                        ]
                    })),
            m.pagination.node
        ]
    }
}

/// Đăng ký mô hình — the registration form (DOMAIN.md §2.4), with the similar models of the same commune shown before saving.
public struct ExemplarFormPage: HTMLPage {
    public struct Values: Sendable {
        public var unit = "", kind = "mo_hinh", field = "", subTopic = "", name = "", problem = "", goals = "", methods = "", place = ""
        public var forces = "", resources = "", outputs = "", sustainability = "", personName = "", personConsent = false
        public var drive = "", replicates = "", replicatesID = ""
        public var errors: [String: String] = [:]
        public init() {}
    }

    public struct Model: PageModel {
        public var values = Values()
        public var kinds: [(String, String)] = [], fields: [(String, String)] = [], drives: [(String, String)] = []
        /// Similar models of the same commune: (name, unit, year, url).
        public var similar: [(String, String, String, String)] = []
        /// Several originals matched the typed name: (id, label).
        public var originals: [(String, String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Exemplars.dangKyMoHinhDanVan }
    public var heading: String { L10n.Exemplars.dangKyMoHinhDienHinh }

    public var content: [Node<HTML.BodyContext>] {
        let v = model.values
        let m = model
        return [
            Form.errorSummary(v.errors),
            Form.post(
                action: m.action, csrf: m.layout.csrfToken,
                [
                    .if(
                        !m.similar.isEmpty,
                        .section(
                            .class("notice"),
                            .h2(.text(L10n.Exemplars.moHinhTuongTuTrenCung)),
                            .p(.text(L10n.Exemplars.truocKhiLuuHayXemCac)),
                            .ul(.forEach(m.similar) { item in .li(.link(item.0, item.3), .text(L10n.Exemplars.donViVaNam(item.1, item.2))) }),
                            Form.checkbox(L10n.Exemplars.toiDaXemDayLaMot, name: "khac_mo_hinh", checked: false))),
                    Form.requiredLegend,
                    Form.unitField(L10n.Exemplars.donViXayDungCoQuan, name: "unit", value: v.unit, required: true, error: v.errors["unit"]),
                    Form.select(L10n.Exemplars.loai, name: "kind", options: ExemplarWidgets.options(m.kinds), selected: v.kind, required: true),
                    Form.select(
                        L10n.Exemplars.linhVuc, name: "field", options: ExemplarWidgets.options(m.fields), selected: v.field, required: true,
                        includeBlank: L10n.Exemplars.chonLinhVuc),
                    Form.field(L10n.Exemplars.chuyenDeViDuHienDat, name: "sub_topic", value: v.subTopic, error: v.errors["sub_topic"]),
                    .if(
                        !m.drives.isEmpty,
                        Form.select(
                            L10n.Exemplars.dangKyTheoDot, name: "drive_id", options: ExemplarWidgets.options(m.drives), selected: v.drive,
                            includeBlank: L10n.Exemplars.khongTheoDotNao)),
                    .unwrap(v.errors["drive"]) { .p(.class("error-text"), .text($0)) },
                    Form.field(
                        L10n.Exemplars.n1TenMoHinh, name: "name", value: v.name, required: true, hint: L10n.Exemplars.nganGonDeNhoNeuDuoc,
                        error: v.errors["name"]),
                    Form.textarea(
                        L10n.Exemplars.n2ThucTrangLyDoXay, name: "problem", value: v.problem, required: true, error: v.errors["problem"], rows: 3),
                    Form.textarea(
                        L10n.Exemplars.n3MucTieuTieuChiDo, name: "goals", value: v.goals, required: true, error: v.errors["goals"], rows: 3),
                    Form.textarea(
                        L10n.Exemplars.n4NoiDungCachThucThuc, name: "methods", value: v.methods, required: true, error: v.errors["methods"], rows: 3),
                    Form.textarea(L10n.Exemplars.n5DiaBanDoiTuong, name: "place", value: v.place, error: v.errors["place"], rows: 2),
                    Form.textarea(
                        L10n.Exemplars.n6LucLuongThucHienChu, name: "forces", value: v.forces, error: v.errors["forces"], rows: 2),
                    Form.textarea(
                        L10n.Exemplars.n7NguonLucVaThoiGian, name: "resources", value: v.resources, error: v.errors["resources"], rows: 2),
                    Form.textarea(
                        L10n.Exemplars.n8SanPhamKetQuaDau, name: "outputs", value: v.outputs, error: v.errors["outputs"], rows: 2),
                    Form.textarea(
                        L10n.Exemplars.n9KhaNangDuyTriNhan, name: "sustainability", value: v.sustainability, error: v.errors["sustainability"],
                        rows: 2),
                    .el(
                        "fieldset", .el("legend", .text(L10n.Exemplars.dienHinhCaNhan)),
                        Form.field(L10n.Exemplars.hoTenNguoiDuocNeuGuong, name: "person_name", value: v.personName, error: v.errors["person_name"]),
                        Form.checkbox(L10n.Exemplars.nguoiNayDongYChoCong, name: "person_consent", checked: v.personConsent)),
                    .if(!v.replicatesID.isEmpty, .void("input", [("type", "hidden"), ("name", "replicates_id"), ("value", v.replicatesID)])),
                    Form.field(
                        L10n.Exemplars.nhanRongTuMoHinhGo, name: "replicates", value: v.replicates,
                        hint: L10n.Exemplars.moHinhGocOBatKy, error: v.errors["replicates"]),
                    .if(
                        !m.originals.isEmpty,
                        .el(
                            "fieldset",
                            [.el("legend", .text(L10n.Exemplars.chonMoHinhGoc))]
                                + m.originals.map { original in
                                    .div(
                                        .class("checkbox"),
                                        .void(
                                            "input",
                                            [("type", "radio"), ("id", "goc-" + original.0), ("name", "replicates_id"), ("value", original.0)]),
                                        .el("label", .attr("for", "goc-" + original.0), .text(" " + original.1)))
                                })),
                    Form.submit(L10n.Exemplars.dangKy)
                ])
        ]
    }
}
