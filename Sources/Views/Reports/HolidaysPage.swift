import Plot

/// Ngày nghỉ lễ — the list the working calendar reads: report due dates and petition time limits move around these days.
/// Each year is either confirmed against the Government's notice or the law's computed default, and says which.
public struct HolidaysPage: HTMLPage {
    public struct Model: PageModel {
        public var year = ""
        /// The years offered as tabs, each with whether it is confirmed by a notice.
        public var years: [(year: String, confirmed: Bool)] = []
        /// `isWorkday`: a Saturday or Sunday worked in exchange for a weekday off (ngày làm bù).
        public var rows: [(date: String, name: String, isWorkday: Bool, deleteAction: String)] = []
        public var canEdit = false
        /// The day just deleted (dd/MM/yyyy), its name and kind, offered back once.
        public var undo: (date: String, name: String, isWorkday: Bool)?
        /// The year shown is confirmed by the Government's notice (else: computed from the law).
        public var confirmed = false
        /// The notice it was checked against, as typed.
        public var basis: String?
        public var confirmAction = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reports.ngayNghiLe }
    public var heading: String { L10n.Reports.ngayNghiLeNam(model.year) }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(.class("hint"), .text(L10n.Reports.thuBayChuNhatLaNgay)),
            .unwrap(model.undo) { undo in
                Form.post(
                    action: SiteURL.holidays.path, csrf: model.layout.csrfToken,
                    [
                        .void("input", [("type", "hidden"), ("name", "ngay"), ("value", undo.date)]),
                        .void("input", [("type", "hidden"), ("name", "ten"), ("value", undo.name)]),
                        .void("input", [("type", "hidden"), ("name", "loai"), ("value", undo.isWorkday ? "lam_bu" : "nghi")]),
                        Form.submit(
                            (undo.isWorkday ? L10n.Reports.hoanTacThemLaiNgayLam : L10n.Reports.hoanTacThemLaiNgayNghi) + undo.date,
                            style: "secondary")
                    ], extra: [.class("no-print")])
            },
            .nav(
                .class("tabs no-print"), .attr("aria-label", L10n.Reports.nam),
                .ul(
                    .forEach(model.years) { tab -> Node<HTML.ListContext> in
                        let label = tab.year + (tab.confirmed ? L10n.Reports.daXacNhan : L10n.Reports.tinhTheoLuat)
                        return .li(tab.year == model.year ? .strong(.text(label)) : .link(label, SiteURL.holidays.path + "?nam=" + tab.year))
                    })),
            status,
            model.rows.isEmpty
                ? .p(.class("empty"), .text(L10n.Reports.chuaCoNgayNghiLeNao))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(L10n.Reports.ngay)), .th(.text(L10n.Reports.ten)), .th(.text(L10n.Reports.loai)),
                                .if(model.canEdit, .th(.text(""))))),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .td(.text(row.date)), .td(.text(row.name)),
                                    .td(.text(row.isWorkday ? L10n.Reports.diLamLamBu : L10n.Reports.nghi)),
                                    .if(
                                        model.canEdit,
                                        .td(
                                            Form.post(
                                                action: row.deleteAction, csrf: model.layout.csrfToken,
                                                [
                                                    .el(
                                                        "button", .attr("type", "submit"), .class("button secondary"),
                                                        .attr(
                                                            "aria-label",
                                                            (row.isWorkday ? L10n.Reports.xoaNgayLamBu : L10n.Reports.xoaNgayNghi) + row.date),
                                                        .text(L10n.Reports.xoa))
                                                ]))))
                            }))),
            .if(
                model.canEdit,
                Form.post(
                    action: SiteURL.holidays.path, csrf: model.layout.csrfToken,
                    [
                        .h2(.text(L10n.Reports.themNgayNghiHoacNgayLam)),
                        Form.field(L10n.Reports.ngayDdMmYyyy, name: "ngay", required: true),
                        Form.field(L10n.Reports.ten, name: "ten", required: true, hint: L10n.Reports.viDuTetNguyenDanLam),
                        Form.select(
                            L10n.Reports.loai, name: "loai", options: [("nghi", L10n.Reports.ngayNghi), ("lam_bu", L10n.Reports.ngayLamBuThuBayChu)],
                            selected: "nghi"),
                        Form.submit(L10n.Reports.them)
                    ], extra: [.class("card narrow no-print")])),
            .if(model.canEdit, confirmForm)
        ]
    }

    /// Where the year's list comes from, in words: a notice, or the law's default that nobody has checked yet.
    private var status: Node<HTML.BodyContext> {
        model.confirmed
            ? .p(
                .class("status"), .strong(.text(L10n.Reports.daXacNhanTheoThongBao)),
                .unwrap(model.basis) { .text(L10n.Reports.canCuLabel + $0 + ".") })
            : .p(
                .class("status"), .strong(.text(L10n.Reports.tinhTheoBoLuatLaoDong)),
                .text(L10n.Reports.macDinhTetNguyenDanGom))
    }

    private var confirmForm: Node<HTML.BodyContext> {
        Form.post(
            action: model.confirmAction, csrf: model.layout.csrfToken,
            model.confirmed
                ? [
                    .h2(.text(L10n.Reports.thongBaoCuaChinhPhu)),
                    .void("input", [("type", "hidden"), ("name", "nam"), ("value", model.year)]),
                    .void("input", [("type", "hidden"), ("name", "xac_nhan"), ("value", "0")]),
                    Form.submit(L10n.Reports.boXacNhanNam + model.year, style: "secondary")
                ]
                : [
                    .h2(.text(L10n.Reports.thongBaoCuaChinhPhu)),
                    .void("input", [("type", "hidden"), ("name", "nam"), ("value", model.year)]),
                    .void("input", [("type", "hidden"), ("name", "xac_nhan"), ("value", "1")]),
                    Form.field(L10n.Reports.soNgayThongBao, name: "can_cu", hint: L10n.Reports.viDuThongBaoSoTb),
                    Form.submit(L10n.Reports.xacNhanTheoThongBao)
                ], extra: [.class("card narrow no-print")])
    }
}
