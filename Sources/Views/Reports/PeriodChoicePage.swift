import Plot

/// Chọn kỳ báo cáo — where a consolidation or export link without its period lands: the form that asks for it.
public struct PeriodChoicePage: HTMLPage {
    public struct Model: PageModel {
        public var title = ""
        public var backURL = ""
        /// What the chosen period opens, e.g. "Báo cáo tổng hợp (.docx)".
        public var what = ""
        public var action = ""
        public var periods: [(value: String, label: String)] = []
        public var selected = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Reports.chonKyBaoCao }
    public var breadcrumbs: [Breadcrumb] { [Breadcrumb(model.title, model.backURL)] }

    public var content: [Node<HTML.BodyContext>] {
        [
            model.periods.isEmpty
                ? .p(.class("empty"), .text(L10n.Reports.cheDoBaoCaoNayChua))
                : .group(
                    .p(.text(L10n.Reports.duongDanChuaChoBietKy + model.what + ".")),
                    .el(
                        "form", .attr("method", "get"), .attr("action", model.action), .class("filter-form"),
                        Form.select(L10n.Reports.kyBaoCao, name: "ky", options: model.periods, selected: model.selected),
                        Form.submit(L10n.Reports.taiVe)))
        ]
    }
}
