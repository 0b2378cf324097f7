import Plot

/// An uploaded criteria table before it is saved: the tree as read, the totals checked, every problem with its row; the
/// person confirms (the table travels back in a hidden field, read and checked again) or goes back. Nothing is saved here.
public struct ScoringSetReviewPage: HTMLPage {
    public struct Criterion: Sendable {
        public var code = "", text = "", max = "", rule = "", evidence = "", depth = 1
        public init() {}
    }

    public struct Model: PageModel {
        public var title = "", decision = "", year = "", fileName = "", tableLayout = ""
        public var maximum = "", statedTotal: String?, bonusCap = "", deductionCap = ""
        public var nodes: [Criterion] = []
        public var bands: [(label: String, rule: String)] = []
        public var problems: [String] = []
        /// The table as read (the template CSV, base64), with the fields typed on the import form.
        public var hidden: [(name: String, value: String)] = []
        /// Nil while there are problems.
        public var confirmURL: String?
        public var backURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Scoring.kiemTraBoTieuChiTruocKhiLuu }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        let totals =
            m.statedTotal.map { stated in
                stated == m.maximum ? L10n.Scoring.tongKhopVoiTep(m.maximum, stated) : L10n.Scoring.tongKhacTep(m.maximum, stated)
            } ?? L10n.Scoring.tongCacNhom(m.maximum)
        return [
            .p(.class("hint"), .text(L10n.Scoring.chuaLuuGiCho)),
            Tables.facts([
                (L10n.Scoring.tenBoTieuChi, m.title), (L10n.Scoring.vanBanBanHanh, m.decision), (L10n.Scoring.apDungTuNam, m.year),
                (L10n.Scoring.tepDaTai, m.fileName), (L10n.Scoring.dangBang, m.tableLayout),
                (L10n.Scoring.tongDiemToiDa, totals), (L10n.Scoring.diemThuongToiDa, m.bonusCap), (L10n.Scoring.diemTruToiDa, m.deductionCap)
            ]),
            .if(
                !m.problems.isEmpty,
                .div(
                    .class("flash flash-error"), .attr("role", "alert"),
                    .p(.strong(.text(L10n.Scoring.chuaLuuDuocLoi(m.problems.count)))),
                    .ul(.forEach(m.problems) { .li(.text($0)) }))),
            .h2(.text(L10n.Scoring.tieuChiDaDoc(m.nodes.count))),
            Tables.stackedTable(
                [L10n.Scoring.ma, L10n.Scoring.tieuChi, L10n.Scoring.diemToiDa, L10n.Scoring.cachCham, L10n.Scoring.taiLieuKiemChung],
                m.nodes.map { node in
                    let indent = String(repeating: "\u{2003}", count: max(0, node.depth - 1))
                    return [
                        .text(node.code), node.depth == 1 ? .strong(.text(node.text)) : .text(indent + node.text), .text(node.max), .text(node.rule),
                        .text(node.evidence)
                    ]
                }),
            .h2(.text(L10n.Scoring.xepLoai)),
            .if(m.bands.isEmpty, .p(.text(L10n.Scoring.chuaCoMucXepLoaiNhap))),
            .ul(.forEach(m.bands) { .li(.strong(.text($0.label)), .text(": " + $0.rule)) }),
            .unwrap(m.confirmURL) { url in
                Form.post(
                    action: url, csrf: m.layout.csrfToken,
                    m.hidden.map { .void("input", [("type", "hidden"), ("name", $0.name), ("value", $0.value)]) }
                        + [Form.submit(L10n.Scoring.xacNhanLuuBoTieuChi)])
            },
            .p(.link(L10n.Scoring.quayLaiChonTepKhac, m.backURL))
        ]
    }
}
