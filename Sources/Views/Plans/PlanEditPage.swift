import Plot

/// Sửa kế hoạch — the plan's header: number, dates, title, purposes, status.
public struct PlanEditPage: HTMLPage {
    public struct Model: PageModel {
        public var action = ""
        public var cancelURL = ""
        public var fields: [(label: String, name: String, value: String)] = []
        public var purposes = ""
        public var statuses: [(value: String, label: String)] = []
        public var status = ""
        public var parents: [(value: String, label: String)] = []
        public var parentPlanID = ""
        public var problems: [String] = []
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Plans.suaKeHoach }

    public var content: [Node<HTML.BodyContext>] {
        [
            .if(!model.problems.isEmpty, .div(.class("flash flash-error"), .attr("role", "alert"), .ul(.forEach(model.problems) { .li(.text($0)) }))),
            Form.post(
                action: model.action, csrf: model.layout.csrfToken,
                model.fields.map { Form.field($0.label, name: $0.name, value: $0.value) } + [
                    .div(
                        .class("field"),
                        .el("label", .attr("for", "f-purposes"), .text(L10n.Plans.mucDichYeuCau)),
                        .el("textarea", .attr("id", "f-purposes"), .attr("name", "purposes"), .attr("rows", "5"), .text(model.purposes))),
                    Form.select(L10n.Plans.trangThai, name: "status", options: model.statuses, selected: model.status, required: true),
                    Form.select(
                        L10n.Plans.thucHienKeHoachCapTren, name: "parentPlanID", options: model.parents, selected: model.parentPlanID,
                        includeBlank: L10n.Plans.khongCo),
                    Form.submit(L10n.save),
                    .link(L10n.cancel, model.cancelURL, .class("button secondary"))
                ], extra: [.class("card narrow")])
        ]
    }
}
