import Plot

/// One line of a criteria set's tree, added or changed while no round uses the set; removed when it has no children.
public struct ScoringCriterionPage: HTMLPage {
    public struct Model: PageModel {
        public var setTitle = "", setURL = "", action = ""
        /// Nil when adding.
        public var removeURL: String?
        public var values: [String: String] = [:]
        public var error: String?
        public var parents: [(value: String, label: String)] = []
        public var kinds: [(value: String, label: String)] = []
        public var roles: [(value: String, label: String)] = []
        public var sources: [(value: String, label: String)] = []
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String {
        let old = model.values["ma_cu"] ?? ""
        return old.isEmpty ? L10n.Scoring.themTieuChi : L10n.Scoring.suaTieuChiMa(old)
    }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        let v = m.values
        let editing = !(v["ma_cu"] ?? "").isEmpty
        return [
            .p(.link(L10n.Scoring.boTieuChiLabel + m.setTitle, m.setURL)),
            .unwrap(m.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
            Form.post(
                action: m.action, csrf: m.layout.csrfToken,
                [
                    .if(editing, .void("input", [("type", "hidden"), ("name", "ma_cu"), ("value", v["ma_cu"] ?? "")])),
                    Form.field(L10n.Scoring.ma, name: "ma", value: v["ma"] ?? "", required: true, hint: L10n.Scoring.maGoiY),
                    Form.select(
                        L10n.Scoring.mucCha, name: "ma_cha", options: m.parents, selected: v["ma_cha"], includeBlank: L10n.Scoring.khongCoMucCha),
                    Form.field(L10n.Scoring.noiDungTieuChi, name: "noi_dung", value: v["noi_dung"] ?? "", required: true),
                    Form.field(
                        L10n.Scoring.diemToiDa, name: "diem_toi_da", value: v["diem_toi_da"] ?? "", required: true, hint: L10n.Scoring.diemGoiY,
                        attributes: [("inputmode", "decimal")]),
                    Form.select(L10n.Scoring.loaiDong, name: "loai", options: m.roles, selected: v["loai"] ?? ""),
                    Form.select(L10n.Scoring.cachCham, name: "cach_cham", options: m.kinds, selected: v["cach_cham"]),
                    Form.field(L10n.Scoring.cacMuc, name: "muc", value: v["muc"] ?? "", hint: L10n.Scoring.cacMucGoiY),
                    Form.field(L10n.Scoring.cacNguong, name: "nguong", value: v["nguong"] ?? "", hint: L10n.Scoring.cacNguongGoiY),
                    Form.select(
                        L10n.Scoring.nguonSoLieu, name: "nguon", options: m.sources, selected: v["nguon"],
                        includeBlank: L10n.Scoring.khongTinhTuDuLieu),
                    Form.field(L10n.Scoring.taiLieuKiemChung, name: "kiem_chung", value: v["kiem_chung"] ?? ""),
                    Form.submit(L10n.Scoring.luu)
                ]),
            .unwrap(m.removeURL) { url in
                Form.post(
                    action: url, csrf: m.layout.csrfToken,
                    [
                        .void("input", [("type", "hidden"), ("name", "ma"), ("value", v["ma_cu"] ?? "")]),
                        Form.submit(L10n.Scoring.xoaTieuChiNay, style: "secondary")
                    ])
            }
        ]
    }
}
