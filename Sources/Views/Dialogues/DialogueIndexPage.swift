import Plot

/// Đối thoại — the dialogues held in the user's scope, newest first.
public struct DialogueIndexPage: HTMLPage {
    public struct Row: Sendable {
        public var date = "", unit = "", chairedBy = "", subject = "", petitionCode = "", outcome = "", url = ""
        public init() {}
    }

    public struct Model: PageModel {
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var newURL: String?
        public var receptionURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Dialogues.doiThoai }
    public var heading: String { L10n.Dialogues.doiThoaiVoiCongDan }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .class("no-print"), .link(L10n.Dialogues.lichVaCacBuoiTiepCong, model.receptionURL),
                .unwrap(model.newURL) { url in .group(.text(" · "), .link(L10n.Dialogues.ghiNhanBuoiDoiThoai, url, .class("button primary"))) }),
            .if(model.rows.isEmpty, .p(.class("empty"), .text(L10n.Dialogues.chuaCoBuoiDoiThoaiNao))),
            .if(
                !model.rows.isEmpty,
                Tables.table(
                    [
                        L10n.Dialogues.ngay, L10n.Dialogues.coQuan, L10n.Dialogues.chuTri, L10n.Dialogues.noiDung, L10n.Dialogues.donLienQuan,
                        L10n.Dialogues.ketQua
                    ],
                    model.rows.map { row in
                        [
                            .text(row.date), .text(row.unit), .text(row.chairedBy), .link(row.subject, row.url), .text(row.petitionCode),
                            .text(row.outcome)
                        ]
                    })),
            model.pagination.node
        ]
    }
}
