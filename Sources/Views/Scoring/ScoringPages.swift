import Plot

/// Chấm điểm công tác dân vận chính quyền — the rounds a person may see, and the criteria sets.
public struct ScoringHomePage: HTMLPage {
    public struct Round: Sendable {
        public var title = "", year = "", owner = "", set = "", deadlines = "", url = "", mySheetURL: String?, mySheetStatus = ""
        public var appraiser = false
        public init() {}
    }

    public struct Model: PageModel {
        public var rounds: [Round] = []
        public var setsURL = ""
        public var newRoundURL: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Scoring.chamDiemDanVanChinhQuyen }
    public var heading: String { L10n.Scoring.danhGiaXepLoaiCongTac }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .link(L10n.Scoring.boTieuChiChamDiem, model.setsURL),
                .unwrap(model.newRoundURL) { .group(.text(" · "), .link(L10n.Scoring.moDotChamDiem, $0, .class("button primary"))) }),
            .if(model.rounds.isEmpty, .p(.class("empty"), .text(L10n.Scoring.chuaCoDotChamDiemNao))),
            .if(
                !model.rounds.isEmpty,
                Tables.stackedTable(
                    [
                        L10n.Scoring.nam, L10n.Scoring.dotChamDiem, L10n.Scoring.donViToChuc, L10n.Scoring.boTieuChi,
                        L10n.Scoring.hanTuChamThamDinhKien, L10n.Scoring.phieuCuaDonViBan
                    ],
                    model.rounds.map { round in
                        [
                            .text(round.year), .group(.link(round.title, round.url), .if(round.appraiser, .text(L10n.Scoring.banTrongDoanThamDinh))),
                            .text(round.owner), .text(round.set), .text(round.deadlines),
                            round.mySheetURL.map { Node<HTML.BodyContext>.link(round.mySheetStatus, $0) } ?? Node<HTML.BodyContext>.text("—")
                        ]
                    }))
        ]
    }
}

/// Bộ tiêu chí — every set, examples marked.
public struct ScoringSetsPage: HTMLPage {
    public struct Row: Sendable {
        public var title = "", decision = "", years = "", issuer = "", state = "", url = ""
        public init() {}
    }

    public struct Model: PageModel {
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var homeURL = ""
        /// Nil unless the person may import a set.
        public var importURL: String?
        public var values: [String: String] = [:]
        public var error: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Scoring.boTieuChiChamDiem }
    public var heading: String { L10n.Scoring.boTieuChiChamDiemCong }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(.link(L10n.Scoring.cacDotChamDiem, model.homeURL)),
            .p(.class("hint"), .text(L10n.Scoring.boTieuChiMauDuocDung)),
            // The import form sits below the (paginated) list: a link to it for whoever may import.
            .unwrap(model.importURL) { _ in .p(.link(L10n.Scoring.nhapBoTieuChi, "#nhap-bo-tieu-chi")) },
            Tables.stackedTable(
                [L10n.Scoring.boTieuChi, L10n.Scoring.vanBanBanHanh, L10n.Scoring.namApDung, L10n.Scoring.donViBanHanh, L10n.Scoring.tinhTrang],
                model.rows.map { row in
                    [.link(row.title, row.url), .text(row.decision), .text(row.years), .text(row.issuer), .text(row.state)]
                }),
            model.pagination.node,
            .unwrap(model.importURL) { url in
                .group(
                    .h2(.attr("id", "nhap-bo-tieu-chi"), .text(L10n.Scoring.nhapBoTieuChiTuBang)),
                    .p(.class("hint"), .text(L10n.Scoring.nhapTuBangHoacPhuLuc)),
                    .p(.class("hint"), .text(L10n.Scoring.cotMaMaChaNoiDung)),
                    .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
                    Form.post(
                        action: url, csrf: model.layout.csrfToken,
                        [
                            Form.field(L10n.Scoring.tenBoTieuChi, name: "ten", value: model.values["ten"] ?? "", required: true),
                            Form.field(L10n.Scoring.vanBanBanHanh, name: "van_ban", value: model.values["van_ban"] ?? "", required: true),
                            Form.field(L10n.Scoring.apDungTuNam, name: "nam", value: model.values["nam"] ?? "", type: "number", required: true),
                            Form.field(
                                L10n.Scoring.mucXepLoaiNeuTepKhongGhi, name: "xep_loai", value: model.values["xep_loai"] ?? "",
                                hint: L10n.Scoring.mucXepLoaiGoiY),
                            Form.field(L10n.Scoring.tongDiemTheoQuyetDinh, name: "tong", value: model.values["tong"] ?? ""),
                            .div(
                                .class("field"), .el("label", .attr("for", "f-tep"), .text(L10n.Scoring.tepBangTieuChi)),
                                .void(
                                    "input",
                                    [("type", "file"), ("id", "f-tep"), ("name", "tep"), ("accept", ".csv,.xlsx,.docx"), ("required", "required")])),
                            Form.submit(L10n.Scoring.nhapVaKiemTra)
                        ], extra: [.attr("enctype", "multipart/form-data")]))
            }
        ]
    }
}

/// One set: its tree, bonus and deduction lines, bands; copy to a new year; edit while not frozen.
public struct ScoringSetPage: HTMLPage {
    public struct Criterion: Sendable {
        public var code = "", text = "", max = "", kind = "", rule = "", evidence = "", depth = 1
        /// "Sửa" for a set whose tree may be edited.
        public var editURL: String?
        public init() {}
    }

    public struct Model: PageModel {
        /// Adding a line, while the tree may be edited.
        public var addCriterionURL: String?
        /// What keeps the set from being used, while it is being edited.
        public var problems: [String] = []
        public var title = "", decision = "", years = "", issuer = "", state = "", bonusCap = "", deductionCap = "", maximum = ""
        public var nodes: [Criterion] = []
        public var bands: [(label: String, rule: String)] = []
        public var copyURL: String?
        public var copyYear = ""
        public var editURL: String?
        public var yearFrom = "", yearTo = ""
        public var listURL = ""
        public var csvURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.title }

    public var content: [Node<HTML.BodyContext>] {
        let m = model
        return [
            .p(.link(L10n.Scoring.boTieuChiQuayLai, m.listURL), .text(" · "), .link(L10n.Scoring.taiBangTieuChiCsv, m.csvURL)),
            Tables.facts([
                (L10n.Scoring.vanBanBanHanh, m.decision), (L10n.Scoring.namApDung, m.years), (L10n.Scoring.donViBanHanh, m.issuer),
                (L10n.Scoring.tinhTrang, m.state),
                (L10n.Scoring.tongDiemToiDa, m.maximum), (L10n.Scoring.diemThuongToiDa, m.bonusCap), (L10n.Scoring.diemTruToiDa, m.deductionCap)
            ]),
            .h2(.text(L10n.Scoring.tieuChi)),
            Tables.stackedTable(
                [L10n.Scoring.ma, L10n.Scoring.tieuChi, L10n.Scoring.diemToiDa, L10n.Scoring.cachCham, L10n.Scoring.taiLieuKiemChung],
                m.nodes.map { node in
                    [
                        .group(.text(node.code), .unwrap(node.editURL) { .group(.text(" "), .link(L10n.Scoring.sua, $0)) }),
                        node.depth == 1 ? .strong(.text(node.text)) : .text(node.text), .text(node.max),
                        .text(node.kind + (node.rule.isEmpty ? "" : ": " + node.rule)), .text(node.evidence)
                    ]
                }),
            .unwrap(m.addCriterionURL) { .p(.link(L10n.Scoring.themTieuChiVaoBo, $0)) },
            .if(
                !m.problems.isEmpty,
                .div(
                    .class("flash flash-error"), .attr("role", "alert"),
                    .p(.text(L10n.Scoring.conPhaiSuaTruocKhiDung)), .ul(.forEach(m.problems) { .li(.text($0)) }))),
            .h2(.text(L10n.Scoring.xepLoai)),
            .ul(.forEach(m.bands) { .li(.strong(.text($0.label)), .text(": " + $0.rule)) }),
            .p(.class("hint"), .text(L10n.Scoring.quyTacLamTronDiemMoi)),
            .unwrap(m.copyURL) { url in
                .group(
                    .h2(.text(L10n.Scoring.saoChepSangNamMoi)),
                    Form.post(
                        action: url, csrf: m.layout.csrfToken,
                        [
                            Form.field(L10n.Scoring.namApDung, name: "nam", value: m.copyYear, type: "number", required: true),
                            Form.field(L10n.Scoring.tenBoTieuChiMoiDe, name: "ten"),
                            Form.submit(L10n.Scoring.saoChep)
                        ]))
            },
            .unwrap(m.editURL) { url in
                .group(
                    .h2(.text(L10n.Scoring.suaThongTinBoTieuChi)),
                    Form.post(
                        action: url, csrf: m.layout.csrfToken,
                        [
                            Form.field(L10n.Scoring.tenBoTieuChi, name: "ten", value: m.title, required: true),
                            Form.field(L10n.Scoring.vanBanBanHanh, name: "van_ban", value: m.decision, required: true),
                            Form.field(L10n.Scoring.apDungTuNam, name: "tu_nam", value: m.yearFrom, type: "number", required: true),
                            Form.field(L10n.Scoring.denNamDeTrongChuaHet, name: "den_nam", value: m.yearTo, type: "number"),
                            Form.submit(L10n.Scoring.luu, style: "secondary")
                        ]))
            }
        ]
    }
}

/// Mở đợt chấm điểm: set, year, units by kind under a subtree, deadlines, appraisal team.
public struct ScoringRoundNewPage: HTMLPage {
    public struct Values: Sendable {
        public var set = "", year = "", title = "", subtree = "", selfDue = "", appraisalDue = "", objectionDue = "", appraisers = ""
        public var kinds: Set<String> = []
        public var errors: [String: String] = [:]
        public init() {}
    }

    public struct Model: PageModel {
        public var values = Values()
        public var sets: [(value: String, label: String)] = []
        public var kinds: [(value: String, label: String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Scoring.moDotChamDiem }
    public var heading: String { L10n.Scoring.moDotChamDiemCongTac }

    public var content: [Node<HTML.BodyContext>] {
        let v = model.values
        return [
            Form.errorSummary(v.errors),
            Form.post(
                action: model.action, csrf: model.layout.csrfToken,
                [
                    Form.select(L10n.Scoring.boTieuChi, name: "bo_tieu_chi", options: model.sets, selected: v.set, required: true),
                    Form.field(L10n.Scoring.namDanhGia, name: "nam", value: v.year, type: "number", required: true, error: v.errors["nam"]),
                    Form.field(L10n.Scoring.tenDotDeTrongTenMac, name: "ten", value: v.title),
                    Form.unitField(L10n.Scoring.chamDiemCacDonViThuoc, name: "don_vi", value: v.subtree, required: true, error: v.errors["don_vi"]),
                    Form.checkboxGroup(
                        L10n.Scoring.loaiDonViDuocChamDiem, name: "loai", options: model.kinds, checked: v.kinds, error: v.errors["loai"]),
                    Form.field(L10n.Scoring.hanTuChamDdMmYyyy, name: "han_tu_cham", value: v.selfDue, required: true, error: v.errors["han_tu_cham"]),
                    Form.field(
                        L10n.Scoring.hanThamDinhDdMmYyyy, name: "han_tham_dinh", value: v.appraisalDue, required: true,
                        error: v.errors["han_tham_dinh"]),
                    Form.field(
                        L10n.Scoring.hanKienNghiDdMmYyyy, name: "han_kien_nghi", value: v.objectionDue, required: true,
                        error: v.errors["han_kien_nghi"]),
                    Form.field(L10n.Scoring.doanThamDinhTenDangNhap, name: "tham_dinh", value: v.appraisers, error: v.errors["tham_dinh"]),
                    Form.submit(L10n.Scoring.moDotChamDiem)
                ])
        ]
    }
}
