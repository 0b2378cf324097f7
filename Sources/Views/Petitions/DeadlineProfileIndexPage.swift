import Plot

/// Bộ thời hạn — the time limits in force for each kind and instance, values not yet checked against the law marked,
/// and every version ever used.
public struct DeadlineProfileIndexPage: HTMLPage {
    public struct Current: Sendable {
        public var kind = "", instance = "", code = "", accept = "", resolve = "", extensions = "", editURL = ""
        public var acceptUnconfirmed = false, resolveUnconfirmed = false
        public init() {}
    }

    public struct Version: Sendable {
        public var code = "", createdAt = "", createdBy = "", note = ""
        public init() {}
    }

    public struct Model: PageModel {
        public var current: [Current] = []
        public var versions: [Version] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var canEdit = false
        public var fieldsURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    static func value(_ text: String, unconfirmed: Bool) -> Node<HTML.BodyContext> {
        .group(.text(text), .if(unconfirmed, .group(.br(), .strong(.class("unconfirmed"), .text(L10n.Petitions.chuaDoiChieuCoTheSua)))))
    }

    public var title: String { L10n.Petitions.boThoiHanGiaiQuyetDon }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .text(
                    L10n.Petitions.moiDonGiuPhienBanBo
                        + L10n.Petitions.hanCuaDonDaCoKhong)),
            .p(.class("no-print"), .link(L10n.Petitions.danhMucLinhVuc, model.fieldsURL)),
            Tables.table(
                [
                    L10n.Petitions.loaiDon, L10n.Petitions.lan, L10n.Petitions.phienBanDangDung, L10n.Petitions.thuLyXuLyDon,
                    L10n.Petitions.giaiQuyet, L10n.Petitions.giaHan, ""
                ],
                model.current.map { row in
                    [
                        .text(row.kind), .text(row.instance), .code(.text(row.code)),
                        Self.value(row.accept, unconfirmed: row.acceptUnconfirmed), Self.value(row.resolve, unconfirmed: row.resolveUnconfirmed),
                        .text(row.extensions), .if(model.canEdit, .link(L10n.Petitions.sua, row.editURL))
                    ]
                }),
            .section(
                .h2(.text(L10n.Petitions.cacPhienBan)),
                Tables.table(
                    [L10n.Petitions.phienBan, L10n.Petitions.ngayTao, L10n.Petitions.nguoiTao, L10n.Petitions.lyDo],
                    model.versions.map { row in
                        [.code(.text(row.code)), .text(row.createdAt), .text(row.createdBy), .text(row.note)]
                    }),
                model.pagination.node)
        ]
    }
}
