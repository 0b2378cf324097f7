import Plot

/// Sửa kế hoạch — the plan's header: number, dates, title, purposes, status.
public struct PlanEditPage: HTMLPage {
    public struct Model: PageModel {
        public let action: String
        public let cancelURL: String
        public let fields: [(label: String, name: String, value: String)]
        public let purposes: String
        public let statuses: [(value: String, label: String)]
        public let status: String
        public let parents: [(value: String, label: String)]
        public let parentPlanID: String
        public let problems: [String]
        public let layout: LayoutModel

        public init(
            action: String, cancelURL: String, fields: [(label: String, name: String, value: String)], purposes: String,
            statuses: [(value: String, label: String)], status: String, parents: [(value: String, label: String)], parentPlanID: String,
            problems: [String], layout: LayoutModel
        ) {
            self.action = action
            self.cancelURL = cancelURL
            self.fields = fields
            self.purposes = purposes
            self.statuses = statuses
            self.status = status
            self.parents = parents
            self.parentPlanID = parentPlanID
            self.problems = problems
            self.layout = layout
        }
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
