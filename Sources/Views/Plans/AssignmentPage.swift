import DanVanCore
import Plot

/// One unit's part in a task: report progress, attach evidence, see the history.
public struct AssignmentPage: HTMLPage {
    public struct Update: Sendable {
        public let at: String
        public let by: String
        public let status: String
        public let progress: String
        public let note: String
        public let evidence: (name: String, url: String)?

        public init(at: String, by: String, status: String, progress: String, note: String, evidence: (name: String, url: String)?) {
            self.at = at
            self.by = by
            self.status = status
            self.progress = progress
            self.note = note
            self.evidence = evidence
        }
    }

    public struct Model: PageModel {
        public var planTitle = ""
        public var planURL = ""
        public var task = ""
        public var unit = ""
        public var role = ""
        public var status = ""
        public var progress = 0
        public var due = ""
        public var isOverdue = false
        public var statuses: [(value: String, label: String)] = []
        public var canUpdate = false
        public var action = ""
        public var updates: [Update] = []
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Plans.nhiemVuCua + model.unit }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(model.planTitle, model.planURL)] }

    public var content: [Node<HTML.BodyContext>] {
        [
            .blockquote(.text(model.task)),
            .el(
                "dl", .class("facts"),
                .el("dt", .text(L10n.Plans.vaiTro)), .el("dd", .text(model.role)),
                .el("dt", .text(L10n.Plans.trangThai)), .el("dd", .text(model.statuses.first { $0.value == model.status }?.label ?? model.status)),
                .el("dt", .text(L10n.Plans.thoiHan)), .el("dd", .text(model.due + (model.isOverdue ? L10n.Plans.quaHan : ""))),
                .el("dt", .text(L10n.Plans.tienDo)), .el("dd", .text("\(model.progress)%"))),
            .if(
                model.canUpdate,
                Form.post(
                    action: model.action, csrf: model.layout.csrfToken,
                    [
                        .h2(.text(L10n.Plans.capNhatTienDo)),
                        Form.select(L10n.Plans.trangThai, name: "status", options: model.statuses, selected: model.status, required: true),
                        Form.field(
                            L10n.Plans.tienDoPhanTram, name: "progress", value: String(model.progress), type: "number", required: true,
                            attributes: [("min", "0"), ("max", "100"), ("step", "1")]),
                        .div(
                            .class("field"),
                            .el("label", .attr("for", "f-note"), .text(L10n.Plans.noiDungDaThucHien)),
                            .el("textarea", .attr("id", "f-note"), .attr("name", "note"), .attr("rows", "4"), .text(""))),
                        .div(
                            .class("field"),
                            .el(
                                "label", .attr("for", "f-evidence"),
                                .text(L10n.Plans.tepMinhChungKhongBatBuoc(UploadLimits.label(UploadLimits.document)))),
                            .void("input", [("type", "file"), ("id", "f-evidence"), ("name", "evidence")])),
                        Form.submit(L10n.Plans.luuCapNhat)
                    ], extra: [.attr("enctype", "multipart/form-data"), .class("card narrow no-print")])),
            .h2(.text(L10n.Plans.lichSuCapNhat)),
            model.updates.isEmpty
                ? .p(.class("empty"), .text(L10n.Plans.chuaCoCapNhat))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(L10n.Plans.thoiGian)), .th(.text(L10n.Plans.nguoiCapNhat)), .th(.text(L10n.Plans.trangThai)),
                                .th(.text(L10n.Plans.tienDo)),
                                .th(.text(L10n.Plans.noiDung)), .th(.text(L10n.Plans.minhChung)))),
                        .tbody(
                            .forEach(model.updates) { update in
                                .tr(
                                    .td(.text(update.at)), .td(.text(update.by)), .td(.text(update.status)), .td(.text(update.progress)),
                                    .td(.text(update.note)),
                                    .td(update.evidence.map { .link($0.name, $0.url) } ?? .text("—")))
                            })))
        ]
    }
}
