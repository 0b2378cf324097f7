import Plot

/// Lịch tiếp công dân — published reception days of each unit, with the next dates.
public struct PublicSchedulePage: HTMLPage {
    public struct Row: Sendable {
        public var unit = "", host = "", rule = "", hours = "", place = "", next = ""
        public init() {}
    }

    public struct Model: PageModel {
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var formURL = ""
        public var trackingURL = ""
        /// What communes publish under the grassroots-democracy law, and the "Dân vận khéo" showcase: the other public
        /// pages a resident comes for.
        public var disclosureURL = ""
        public var showcaseURL = ""
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reception.lichTiepCongDan }

    public var content: [Node<HTML.BodyContext>] {
        [
            model.operatorInfo.block,
            .p(
                .link(L10n.Reception.guiKienNghiPhanAnh, model.formURL), .text(" · "), .link(L10n.Reception.traCuuDon, model.trackingURL),
                .text(" · "), .link(L10n.Reception.thongTinXaPhuongCongKhai, model.disclosureURL),
                .text(" · "), .link(L10n.Reception.moHinhDanVanKheo, model.showcaseURL)),
            .if(model.rows.isEmpty, .p(.class("empty"), .text(L10n.Reception.chuaCoLichTiepCongDan))),
            .if(
                !model.rows.isEmpty,
                Tables.stackedTable(
                    [
                        L10n.Reception.coQuan, L10n.Reception.nguoiTiep, L10n.Reception.lich, L10n.Reception.gio, L10n.Reception.diaDiem,
                        L10n.Reception.cacNgayTiepSapToi
                    ],
                    model.rows.map { [.text($0.unit), .text($0.host), .text($0.rule), .text($0.hours), .text($0.place), .text($0.next)] })),
            model.pagination.node,
            .p(
                .class("muted"),
                .text(
                    L10n.Reception.ngayTiepRoiVaoNgayNghi
                        + L10n.Reception.canCuLuatTiepCongDan))
        ]
    }
}
