import Plot

/// Tổ chức lại đơn vị hành chính — upload the conversion table and the effective date, preview (counts, errors with
/// line numbers, the default agency mapping to confirm), then apply.
public struct UnitReorganisePage: HTMLPage {
    public struct AgencyRow: Sendable {
        public let oldCode: String
        public let oldName: String
        public let newCode: String
        public let newName: String
        public init(oldCode: String, oldName: String, newCode: String, newName: String) {
            self.oldCode = oldCode
            self.oldName = oldName
            self.newCode = newCode
            self.newName = newName
        }
    }

    /// What the preview found; nil before the first upload.
    public struct Preview: Sendable {
        public let summary: [String]
        public let issues: [String]
        public let agencies: [AgencyRow]
        /// The mapping as CSV, to edit and send back: the one given, else the default drawn from names.
        public let agencyText: String
        public let tableHash: String
        public init(summary: [String], issues: [String], agencies: [AgencyRow], agencyText: String, tableHash: String) {
            self.summary = summary
            self.issues = issues
            self.agencies = agencies
            self.agencyText = agencyText
            self.tableHash = tableHash
        }
    }

    /// An account of a closed unit, to move to the unit's main successor in one step.
    public struct AccountRow: Sendable {
        public let userID: Int
        public let username: String
        public let fullName: String
        public let unitName: String
        public let successorName: String
        public init(userID: Int, username: String, fullName: String, unitName: String, successorName: String) {
            self.userID = userID
            self.username = username
            self.fullName = fullName
            self.unitName = unitName
            self.successorName = successorName
        }
    }

    public struct Model: PageModel {
        public var accounts: [AccountRow] = []
        public var effective = ""
        public var skipUnknown = false
        public var error: String?
        public var preview: Preview?
        /// After applying: the summary lines.
        public var applied: [String]?
        public var splitURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public static let path = SiteURL.unitReorganise.path

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Units.toChucLaiDonViHanhChinh }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .text(
                    L10n.Units.apDungBangChuyenDoiChinh
                        + L10n.Units.cacXaHuyenTinhCuKhac
                        + L10n.Units.chuyenSangDonViKeThua)),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            .unwrap(model.applied) { lines in
                .div(
                    .class("flash flash-success"), .attr("role", "status"),
                    .forEach(lines) { .p(.text($0)) },
                    .p(.link(L10n.Units.viecDangMoCuaCacXa, model.splitURL)))
            },
            .unwrap(model.preview) { preview in previewSection(preview) },
            .if(model.preview == nil, uploadForm()),
            .p(.link(L10n.Units.viecDangMoCuaCacXa, model.splitURL)),
            .if(
                !model.accounts.isEmpty,
                .section(
                    .h2(.text(L10n.Units.taiKhoanThuocDonViDa)),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .thead(.tr(.th(.text(L10n.Units.taiKhoan)), .th(.text(L10n.Units.donViDaGiaiThe)), .th(.text(L10n.Units.chuyenSang)))),
                            .tbody(
                                .forEach(model.accounts) { row in
                                    .tr(
                                        .td(.text("\(row.fullName) (\(row.username))")), .td(.text(row.unitName)),
                                        .td(
                                            Form.post(
                                                action: SiteURL.unitReorganiseMoveAccount.path, csrf: model.layout.csrfToken,
                                                [
                                                    .void("input", [("type", "hidden"), ("name", "user_id"), ("value", String(row.userID))]),
                                                    .el(
                                                        "button", .attr("type", "submit"), .class("button secondary"),
                                                        .text(L10n.Units.chuyenSangDonVi(row.successorName)))
                                                ])))
                                })))))
        ]
    }

    private func uploadForm() -> Node<HTML.BodyContext> {
        Form.post(
            action: SiteURL.unitReorganisePreview.path, csrf: model.layout.csrfToken,
            [
                .div(
                    .class("field"),
                    .el("label", .attr("for", "f-table"), .text(L10n.Units.bangChuyenDoiCsv)),
                    .void(
                        "input",
                        [("type", "file"), ("id", "f-table"), ("name", "table"), ("accept", ".csv,text/csv"), ("aria-describedby", "f-table-hint")]),
                    .el(
                        "small", .attr("id", "f-table-hint"), .class("hint"),
                        .text(L10n.Units.cacCotOldCodeOldDistrict))),
                Form.field(L10n.Units.ngayHieuLuc, name: "effective", value: model.effective, required: true, hint: L10n.Units.ddMmYyyyViDu01),
                .div(
                    .class("field"),
                    .el("label", .attr("for", "f-agencies"), .text(L10n.Units.tepAnhXaCoQuanCsv)),
                    .void("input", [("type", "file"), ("id", "f-agencies"), ("name", "agencies"), ("accept", ".csv,text/csv")])),
                Form.checkbox(L10n.Units.boQuaVaLietKeCac, name: "skip_unknown", checked: model.skipUnknown),
                Form.submit(L10n.Units.xemTruoc)
            ], extra: [.attr("enctype", "multipart/form-data"), .class("card narrow")])
    }

    private func previewSection(_ preview: Preview) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(L10n.Units.xemTruocChuaApDung)),
            .forEach(preview.summary) { .p(.text($0)) },
            .if(
                !preview.issues.isEmpty,
                .div(
                    .class("flash flash-error"), .attr("role", "alert"),
                    .p(.text(L10n.Units.bangChuyenDoiCoLoiChuaLabel(preview.issues.count))),
                    .ul(.forEach(preview.issues) { .li(.text($0)) }))),
            .h3(.text(L10n.Units.coQuanCuaHuyenTinhGiai)),
            .if(preview.agencies.isEmpty, .p(.class("empty"), .text(L10n.Units.khongCoCoQuanNaoCan))),
            .if(
                !preview.agencies.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .thead(.tr(.th(.text(L10n.Units.coQuanCu)), .th(.text(L10n.Units.deXuatTheoTenCanXac)))),
                        .tbody(
                            .forEach(preview.agencies) { row in
                                .tr(
                                    .td(.text("\(row.oldName) (\(row.oldCode))")),
                                    .td(.text(row.newCode.isEmpty ? L10n.Units.giaiTheKhongCoCoQuan : "\(row.newName) (\(row.newCode))")))
                            })))),
            Form.post(
                action: SiteURL.unitReorganiseApply.path, csrf: model.layout.csrfToken,
                [
                    .void("input", [("type", "hidden"), ("name", "table_hash"), ("value", preview.tableHash)]),
                    .void("input", [("type", "hidden"), ("name", "effective"), ("value", model.effective)]),
                    .if(model.skipUnknown, .void("input", [("type", "hidden"), ("name", "skip_unknown"), ("value", "1")])),
                    Form.textarea(
                        L10n.Units.anhXaCoQuanOldCode, name: "agencies_text",
                        value: preview.agencyText, rows: 8),
                    Form.checkbox(L10n.Units.toiDaXemLaiAnhXa, name: "confirm", checked: false),
                    .div(
                        .class("actions"),
                        .el(
                            "button", .attr("type", "submit"), .attr("formaction", SiteURL.unitReorganisePreview.path), .class("button secondary"),
                            .text(L10n.Units.xemTruocLai)),
                        .if(preview.issues.isEmpty, .el("button", .attr("type", "submit"), .class("button primary"), .text(L10n.Units.apDung))))
                ], extra: [.class("card")])
        )
    }
}

/// Việc đang mở của xã bị chia tách — each open item of a split commune, to assign to one of its successors.
public struct UnitSplitItemsPage: HTMLPage {
    public struct Item: Sendable {
        public let key: String
        public let kind: String
        public let label: String
        public let commune: String
        public let options: [(value: String, label: String)]
        public let selected: String
        public init(key: String, kind: String, label: String, commune: String, options: [(value: String, label: String)], selected: String) {
            self.key = key
            self.kind = kind
            self.label = label
            self.commune = commune
            self.options = options
            self.selected = selected
        }
    }

    public struct Model: PageModel {
        public var items: [Item] = []
        public var total = 0
        public var message: String?
        public var error: String?
        public var pagination: PaginationModel?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public static let path = SiteURL.unitReorganiseSplitCommunes.path

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Units.viecDangMoCuaXaBi }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .text(
                    L10n.Units.xaCuBiChiaChoNhieu
                        + L10n.Units.moiLuaChonDuocGhiLai)),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            .unwrap(model.message) { .div(.class("flash flash-success"), .attr("role", "status"), .text($0)) },
            .p(.text(L10n.Units.conViecChoChonDonVi(VietnameseNumber.format(model.total)))),
            .if(
                !model.items.isEmpty,
                Form.post(
                    action: Self.path, csrf: model.layout.csrfToken,
                    [
                        .div(
                            .class("table-wrap"),
                            .table(
                                .thead(.tr(.th(.text(L10n.Units.viec)), .th(.text(L10n.Units.xaCu)), .th(.text("Giao cho")))),
                                .tbody(
                                    .forEach(model.items) { item in
                                        .tr(
                                            .td(.text(item.kind + ": " + item.label)), .td(.text(item.commune)),
                                            .td(
                                                Form.select(
                                                    L10n.Units.donViKeThuaNhan(item.label), name: "to_" + item.key, options: item.options,
                                                    selected: item.selected)))
                                    }))),
                        .div(
                            .class("actions"),
                            .el(
                                "button", .attr("type", "submit"), .attr("name", "action"), .attr("value", "chosen"), .class("button primary"),
                                .text(L10n.Units.giaoTheoLuaChonTrenTrang)),
                            .el(
                                "button", .attr("type", "submit"), .attr("name", "action"), .attr("value", "defaults"), .class("button secondary"),
                                .text(L10n.Units.giaoTatCaTheoMacDinh)))
                    ])),
            .unwrap(model.pagination) { $0.node }
        ]
    }
}
