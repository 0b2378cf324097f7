import DanVanCore
import Plot

/// One unit's report for one period: fill and submit it, or review it; every version and what changed.
public struct ReportRequestPage: HTMLPage {
    public struct Figure: Sendable {
        public let code: String
        public let name: String
        public let unitOfMeasure: String
        public let value: String
        public let error: String?
        /// Ratios are computed, not typed.
        public let isEntered: Bool

        public init(code: String, name: String, unitOfMeasure: String, value: String, error: String?, isEntered: Bool) {
            self.code = code
            self.name = name
            self.unitOfMeasure = unitOfMeasure
            self.value = value
            self.error = error
            self.isEntered = isEntered
        }
    }

    public struct Section: Sendable {
        public let id: Int
        public let title: String
        public let guidance: String
        public let text: String

        public init(id: Int, title: String, guidance: String, text: String) {
            self.id = id
            self.title = title
            self.guidance = guidance
            self.text = text
        }
    }

    public struct Change: Sendable {
        public let what: String
        public let before: String
        public let after: String

        public init(what: String, before: String, after: String) {
            self.what = what
            self.before = before
            self.after = after
        }
    }

    public struct Model: PageModel {
        public var title = ""
        public var regimeTitle = ""
        public var regimeURL = ""
        public var facts: [(String, String)] = []
        public var returnReason: String?
        public var formError: String?
        public var canEdit = false
        public var action = ""
        public var base = ""
        public var figures: [Figure] = []
        public var sections: [Section] = []
        public var attachments: [(name: String, url: String)] = []
        public var canReview = false
        public var reviewAction = ""
        public var versions: [[TableCell]] = []
        public var changesTitle = ""
        public var changes: [Change] = []
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.title }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(model.regimeTitle, model.regimeURL)] }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el("dl", .class("facts"), .forEach(model.facts) { .group(.el("dt", .text($0.0)), .el("dd", .text($0.1))) }),
            .unwrap(model.returnReason) {
                .div(.class("flash flash-error"), .attr("role", "alert"), .strong(.text(L10n.Reports.lyDoTraLaiLabel)), .text($0))
            },
            .unwrap(model.formError) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            model.canEdit ? form : readOnly,
            .if(
                !model.attachments.isEmpty,
                .group(
                    .h2(.text(L10n.Reports.tepDinhKem)),
                    .ul(.forEach(model.attachments) { .li(.link($0.name, $0.url)) }))),
            .if(
                model.canReview,
                .div(
                    .class("action-grid no-print"),
                    Form.post(
                        action: model.reviewAction, csrf: model.layout.csrfToken,
                        [
                            .h2(.text(L10n.Reports.chapNhanBaoCao)),
                            .p(.class("hint"), .text(L10n.Reports.baoCaoDaChapNhanSe)),
                            .void("input", [("type", "hidden"), ("name", "quyet_dinh"), ("value", "chap_nhan")]),
                            Form.submit(L10n.Reports.chapNhan)
                        ], extra: [.class("card")]),
                    Form.post(
                        action: model.reviewAction, csrf: model.layout.csrfToken,
                        [
                            .h2(.text(L10n.Reports.traLaiDeSua)),
                            .void("input", [("type", "hidden"), ("name", "quyet_dinh"), ("value", "tra_lai")]),
                            .div(
                                .class("field"),
                                .el("label", .attr("for", "f-ly_do"), .text(L10n.Reports.lyDoTraLai)),
                                .el(
                                    "textarea", .attr("id", "f-ly_do"), .attr("name", "ly_do"), .attr("rows", "3"), .attr("required", "required"),
                                    .text(""))),
                            Form.submit(L10n.Reports.traLai, style: "danger")
                        ], extra: [.class("card")]))),
            .h2(.text(model.changesTitle)),
            model.changes.isEmpty
                ? .p(.class("empty"), .text(L10n.Reports.khongCoThayDoi))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(.tr(.th(.text(L10n.Reports.noiDung)), .th(.text(L10n.Reports.truoc)), .th(.text("Sau")))),
                        .tbody(
                            .forEach(model.changes) { change in
                                .tr(.td(.text(change.what)), .td(.el("del", .text(change.before))), .td(.el("ins", .text(change.after))))
                            }))),
            .h2(.text(L10n.Reports.cacLanNop)),
            TableCell.table(
                [L10n.Reports.lan, L10n.Reports.trangThai, L10n.Reports.nguoiSoan, L10n.Reports.nopLuc, L10n.Reports.nguoiDuyet, L10n.Reports.yKien],
                model.versions, empty: L10n.Reports.chuaCoBanNao)
        ]
    }

    /// The key of a section's text in `noi_dung[…]`. It starts with a letter: a multipart decoder reads `noi_dung[12]`
    /// as position 12 of an array and drops it, so every word typed in a report was lost (issue 18).
    public static func sectionKey(_ id: Int) -> String { "phan_\(id)" }

    /// The section id a posted key names; a bare number is still read, for clients that post urlencoded.
    public static func sectionID(fromKey key: String) -> Int? {
        Int(key.hasPrefix("phan_") ? String(key.dropFirst(5)) : key)
    }

    private var form: Node<HTML.BodyContext> {
        Form.post(
            action: model.action, csrf: model.layout.csrfToken,
            [
                .void("input", [("type", "hidden"), ("name", "base"), ("value", model.base)]),
                .h2(.text(L10n.Reports.soLieu)),
                .p(.class("hint"), .text(L10n.Reports.nhapSoKhongAmLuuNhap)),
                .forEach(model.figures) { figure in
                    figure.isEntered
                        ? Form.field(
                            "\(figure.name) (\(figure.unitOfMeasure))", name: "so_lieu[\(figure.code)]", value: figure.value,
                            error: figure.error, attributes: [("inputmode", "decimal")])
                        : .p(.class("hint"), .text("\(figure.name): \(figure.value.isEmpty ? "tự tính khi nộp" : figure.value)"))
                },
                .h2(.text(L10n.Reports.noiDungBaoCao)),
                .forEach(model.sections) { section in
                    .div(
                        .class("field"),
                        .el("label", .attr("for", "f-s\(section.id)"), .text(section.title)),
                        .if(!section.guidance.isEmpty, .el("small", .attr("id", "f-s\(section.id)-hint"), .class("hint"), .text(section.guidance))),
                        .el(
                            "textarea", .attr("id", "f-s\(section.id)"), .attr("name", "noi_dung[\(Self.sectionKey(section.id))]"),
                            .attr("rows", "5"),
                            .attr("aria-describedby", "f-s\(section.id)-hint"), .text(section.text)))
                },
                .div(
                    .class("field"),
                    .el("label", .attr("for", "f-tep"), .text(L10n.Reports.dinhKemTepKhongBatBuoc(UploadLimits.label(UploadLimits.document)))),
                    .void("input", [("type", "file"), ("id", "f-tep"), ("name", "tep")])),
                .el(
                    "button", .attr("type", "submit"), .attr("name", "hanh_dong"), .attr("value", "luu"), .class("button secondary"),
                    .text(L10n.Reports.luuNhap)),
                .el(
                    "button", .attr("type", "submit"), .attr("name", "hanh_dong"), .attr("value", "nop"), .class("button"),
                    .text(L10n.Reports.nopBaoCao))
            ], extra: [.attr("enctype", "multipart/form-data"), .class("card")])
    }

    private var readOnly: Node<HTML.BodyContext> {
        .group(
            .h2(.text(L10n.Reports.soLieu)),
            TableCell.table(
                [L10n.Reports.chiTieu, L10n.Reports.donViTinh, L10n.Reports.soLieu],
                model.figures.map { [.text($0.name), .text($0.unitOfMeasure), .number($0.value.isEmpty ? "—" : $0.value)] }),
            .h2(.text(L10n.Reports.noiDungBaoCao)),
            .forEach(model.sections) { section in
                .group(
                    .h3(.text(section.title)),
                    section.text.isEmpty
                        ? .p(.class("empty"), .text(L10n.Reports.khongCoNoiDung))
                        : .div(.forEach(section.text.split(separator: "\n", omittingEmptySubsequences: true)) { .p(.text(String($0))) }))
            })
    }
}
