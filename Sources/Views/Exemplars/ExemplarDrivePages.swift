import Plot

/// Đợt đăng ký — the drives a unit launched or answers, and the form to launch one.
public struct ExemplarDrivesPage: HTMLPage {
    public struct Model: PageModel {
        /// (title, unit, deadline, url)
        public var drives: [(String, String, String, String)] = []
        public var canCreate = false
        public var action = ""
        public var targets: [(String, String)] = []
        public var values: (title: String, deadline: String, targets: String) = ("", "", "xa")
        public var error: String?
        public var listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Exemplars.dotDangKyMoHinhDan }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            .if(m.drives.isEmpty, .p(.class("empty"), .text(L10n.Exemplars.chuaCoDotDangKyNao))),
            .if(
                !m.drives.isEmpty,
                Tables.stackedTable(
                    [L10n.Exemplars.dotDangKy, L10n.Exemplars.donViPhatDong, L10n.Exemplars.hanDangKy],
                    m.drives.map { d in
                        [.link(d.0, d.3), .text(d.1), .text(d.2)]
                    })),
            .if(
                m.canCreate,
                .section(
                    .class("no-print"), .h2(.text(L10n.Exemplars.phatDongDotDangKy)),
                    .unwrap(m.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
                    Form.post(
                        action: m.action, csrf: m.layout.csrfToken,
                        [
                            Form.field(
                                L10n.Exemplars.tenDot, name: "title", value: m.values.title, required: true, hint: L10n.Exemplars.viDuDangKyMoHinh),
                            Form.field(L10n.Exemplars.hanDangKyDdMmYyyy, name: "deadline", value: m.values.deadline, required: true),
                            Form.select(
                                L10n.Exemplars.donViPhaiDangKy, name: "targets", options: ExemplarWidgets.options(m.targets),
                                selected: m.values.targets, required: true),
                            Form.submit(L10n.Exemplars.phatDong)
                        ]))),
            .p(.class("no-print"), .link(L10n.Exemplars.danhMucMoHinh, m.listURL))
        ]
    }
}

/// Một đợt đăng ký — each unit asked, whether it registered, late, or not yet.
public struct ExemplarDrivePage: HTMLPage {
    public struct Model: PageModel {
        public var title = "", unit = "", deadline = ""
        /// (unit, standing, first registration date, count, isMissing)
        public var rows: [(String, String, String, String, Bool)] = []
        public var missingCount = 0
        public var registerURL: String?
        public var listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.title }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            Tables.facts([
                (L10n.Exemplars.donViPhatDong, m.unit), (L10n.Exemplars.hanDangKy, m.deadline), (L10n.Exemplars.donViDuocGiao, String(m.rows.count)),
                (L10n.Exemplars.chuaDangKy, String(m.missingCount))
            ]),
            .unwrap(m.registerURL) { .p(.class("no-print"), .link(L10n.Exemplars.dangKyMoHinhTheoDot, $0, .class("button primary"))) },
            Tables.stackedTable(
                [L10n.Exemplars.donVi, L10n.Exemplars.tinhHinh, L10n.Exemplars.ngayDangKyDauTien, L10n.Exemplars.soMoHinh],
                m.rows.map { r in
                    [.text(r.0), r.4 ? Node<HTML.BodyContext>.el("strong", .text(r.1)) : Node<HTML.BodyContext>.text(r.1), .text(r.2), .text(r.3)]
                }),
            .p(.class("no-print"), .link(L10n.Exemplars.cacDotDangKy, m.listURL))
        ]
    }
}

/// Thống kê — counts by field, status and level for a subtree and a year.
public struct ExemplarCountsPage: HTMLPage {
    public struct Model: PageModel {
        public var scope = "", year = "", unit = ""
        public var unitError: String?
        public var statusHeaders: [String] = []
        /// (field, counts per status…, total)
        public var grid: [[String]] = []
        public var levels: [(String, String)] = []
        public var total = ""
        public var action = "", exportURL = "", appendixURL = "", listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Exemplars.thongKeMoHinhDanVan }
    public var heading: String {
        L10n.Exemplars.thongKeMoHinhDanVanTieuDe + model.scope + (model.year.isEmpty ? "" : L10n.Exemplars.nam + model.year)
    }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            ExemplarWidgets.filterForm(
                action: m.action,
                [
                    Form.unitField(L10n.Exemplars.donViGomCacDonVi, name: "don_vi", value: m.unit, error: m.unitError),
                    Form.field(L10n.Exemplars.namVietHoa, name: "nam", value: m.year, type: "number")
                ]),
            .p(
                .class("no-print"), .link(L10n.Exemplars.taiBangXlsx, m.exportURL), .text(" · "),
                .link(L10n.Exemplars.danhSachMoHinhDuocCong, m.appendixURL)),
            .h2(.text(L10n.Exemplars.theoLinhVucVaTrangThai)),
            Tables.table([L10n.Exemplars.linhVuc] + m.statusHeaders + [L10n.Exemplars.tong], m.grid.map { row in row.map { .text($0) } }),
            .p(.el("strong", .text(L10n.Exemplars.tongSoLabel + m.total))),
            .h2(.text(L10n.Exemplars.theoCapCongNhan)),
            Tables.table([L10n.Exemplars.cap, L10n.Exemplars.soMoHinh], m.levels.map { [.text($0.0), .text($0.1)] }),
            .p(.class("no-print"), .link(L10n.Exemplars.danhMucMoHinh, m.listURL))
        ]
    }
}

/// Trang công khai — recognised models for everyone, without an account; personal data only with consent.
public struct PublicExemplarIndexPage: HTMLPage {
    public struct Model: PageModel {
        /// (name, url, unit, field, level, summary)
        public var rows: [(String, String, String, String, String, String)] = []
        public var text = ""
        public var action = ""
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Exemplars.moHinhDanVanKheoTieu }
    public var heading: String { L10n.Exemplars.moHinhDienHinhDanVan }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            .p(.text(L10n.Exemplars.danVanKheoThiViecGi)),
            ExemplarWidgets.filterForm(action: m.action, [Form.field(L10n.Exemplars.timMoHinhKhongCanDau, name: "q", value: m.text)]),
            .if(m.rows.isEmpty, .p(.class("empty"), .text(L10n.Exemplars.khongCoMoHinhNaoKhop))),
            .ul(
                .class("cards"),
                .forEach(m.rows) { row in
                    .li(
                        .el("h2", .link(row.0, row.1)), .el("p", .attr("class", "muted"), .text(row.2 + " · " + row.3 + " · " + row.4)),
                        .el("p", .text(row.5)))
                }),
            m.pagination.node,
            m.operatorInfo.block
        ]
    }
}

public struct PublicExemplarShowPage: HTMLPage {
    public struct Model: PageModel {
        public var name = ""
        public var facts: [(String, String)] = []
        public var sections: [(String, String)] = []
        public var results = ""
        /// (alt, url)
        public var photos: [(String, String)] = []
        public var spreadCount = 0
        public var listURL = ""
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.name }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            Tables.facts(m.facts),
            .forEach(m.sections) { section in .section(.h2(.text(section.0)), .p(.class("prose"), .text(section.1))) },
            .section(
                .h2(.text(L10n.Exemplars.ketQua)), .p(.text(m.results.isEmpty ? L10n.Exemplars.chuaCoSoLieu : m.results)),
                .if(m.spreadCount > 0, .p(.text(L10n.Exemplars.daDuocNhanRongONoi(m.spreadCount))))),
            .if(
                !m.photos.isEmpty,
                .section(
                    .h2(.text(L10n.Exemplars.hinhAnh)),
                    .div(
                        .class("photos"),
                        .forEach(m.photos) { photo in
                            .el(
                                "a", .attr("href", photo.1),
                                .el("img", .attr("src", photo.1), .attr("alt", photo.0), .attr("width", "240"), .attr("loading", "lazy")))
                        }))),
            .p(.link(L10n.Exemplars.cacMoHinhTieuBieu, m.listURL)),
            m.operatorInfo.block
        ]
    }
}
