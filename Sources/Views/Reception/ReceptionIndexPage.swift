import Plot

/// Tiếp công dân — a unit's schedules and the record of reception sessions, with forms to add both; dialogues have their own pages.
public struct ReceptionIndexPage: HTMLPage {
    public struct Session: Sendable {
        public var date = "", unit = "", host = "", citizens = "", subject = "", decision = ""
        public init() {}
    }

    public struct Model: PageModel {
        public var schedules: [PublicSchedulePage.Row] = []
        public var sessions: [Session] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var units: [(value: String, label: String)] = []
        public var canEdit = false
        public var scheduleAction = ""
        public var sessionAction = ""
        public var dialoguesURL = ""
        public var today = ""
        public var errors: [String: String] = [:]
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reception.tiepCongDan }

    public var content: [Node<HTML.BodyContext>] {
        let csrf = model.layout.csrfToken
        return [
            .p(.class("no-print"), .link(L10n.Reception.doiThoaiVoiCongDan, model.dialoguesURL)),
            Form.errorSummary(model.errors),
            .section(
                .h2(.text(L10n.Reception.lichTiepCongDanDinhKy)),
                Tables.table(
                    [
                        L10n.Reception.coQuan, L10n.Reception.nguoiTiep, L10n.Reception.lich, L10n.Reception.gio, L10n.Reception.diaDiem,
                        L10n.Reception.sapToi
                    ],
                    model.schedules.map { [.text($0.unit), .text($0.host), .text($0.rule), .text($0.hours), .text($0.place), .text($0.next)] })),
            .section(
                .h2(.text(L10n.Reception.cacBuoiTiepCongDan)),
                .if(model.sessions.isEmpty, .p(.class("empty"), .text(L10n.Reception.chuaCoBuoiTiepNaoDuoc))),
                .if(
                    !model.sessions.isEmpty,
                    Tables.table(
                        [
                            L10n.Reception.ngay, L10n.Reception.coQuan, L10n.Reception.nguoiTiep, L10n.Reception.congDan, L10n.Reception.noiDung,
                            L10n.Reception.ketQua
                        ],
                        model.sessions.map {
                            [.text($0.date), .text($0.unit), .text($0.host), .text($0.citizens), .text($0.subject), .text($0.decision)]
                        })),
                model.pagination.node),
            .if(
                model.canEdit,
                .section(
                    .class("actions no-print"), .h2(.text(L10n.Reception.ghiNhan)),
                    .div(
                        .class("action-grid"),
                        Form.post(
                            action: model.sessionAction, csrf: csrf,
                            [
                                .h3(.text(L10n.Reception.buoiTiepCongDan)),
                                Form.select(L10n.Reception.coQuan, name: "unit_id", options: model.units, selected: nil, required: true),
                                Form.field(L10n.Reception.ngayDdMmYyyy, name: "held_on", value: model.today, required: true),
                                Form.field(L10n.Reception.nguoiTiep, name: "host", required: true),
                                Form.field(L10n.Reception.congDanDuocTiep, name: "citizens", required: true),
                                Form.field(L10n.Reception.soNguoi, name: "people_count", value: "1", type: "number"),
                                Form.field(L10n.Reception.noiDung, name: "subject", required: true),
                                Form.textarea(L10n.Reception.ketQuaYKienChiDao, name: "decision", required: true, rows: 3),
                                Form.submit(L10n.Reception.luuBuoiTiep)
                            ], extra: [.class("card")]),
                        Form.post(
                            action: model.scheduleAction, csrf: csrf,
                            [
                                .h3(.text(L10n.Reception.lichTiepDinhKy)),
                                Form.select(L10n.Reception.coQuan, name: "unit_id", options: model.units, selected: nil, required: true),
                                Form.field(L10n.Reception.nguoiTiep, name: "host", value: L10n.Reception.chuTichUbnd, required: true),
                                Form.select(
                                    L10n.Reception.tanSuat, name: "frequency",
                                    options: [("hang_tuan", L10n.Reception.hangTuan), ("hang_thang", L10n.Reception.hangThang)], selected: "hang_tuan"
                                ),
                                Form.field(L10n.Reception.thu288LaChu, name: "day", value: "5", type: "number", required: true),
                                Form.field(L10n.Reception.gioTiep, name: "hours", value: "07:30–11:30, 13:30–17:00", required: true),
                                Form.field(L10n.Reception.diaDiem, name: "place", required: true),
                                Form.submit(L10n.Reception.luuLich)
                            ], extra: [.class("card")]))))
        ]
    }
}
