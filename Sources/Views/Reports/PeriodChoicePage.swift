import Plot

/// Chọn kỳ báo cáo — where a consolidation or export link without its period lands: the form that asks for it.
public struct PeriodChoicePage {
    public struct Model: Sendable {
        public let title: String
        public let backURL: String
        /// What the chosen period opens, e.g. "Báo cáo tổng hợp (.docx)".
        public let what: String
        public let action: String
        public let periods: [(value: String, label: String)]
        public let selected: String
        public let layout: LayoutModel

        public init(title: String, backURL: String, what: String, action: String, periods: [(value: String, label: String)],
                    selected: String, layout: LayoutModel) {
            self.title = title
            self.backURL = backURL
            self.what = what
            self.action = action
            self.periods = periods
            self.selected = selected
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Chọn kỳ báo cáo", layout: model.layout,
            .p(.link("← " + model.title, model.backURL)),
            .h1(.text("Chọn kỳ báo cáo")),
            model.periods.isEmpty
                ? .p(.class("empty"), .text("Chế độ báo cáo này chưa có kỳ báo cáo nào."))
                : .group(
                    .p(.text("Đường dẫn chưa cho biết kỳ báo cáo. Hãy chọn kỳ để tải " + model.what + ".")),
                    .el("form", .attr("method", "get"), .attr("action", model.action), .class("filter-form"),
                        Form.select("Kỳ báo cáo", name: "ky", options: model.periods, selected: model.selected),
                        Form.submit("Tải về"))))
    }
}
