import Plot

/// A Vietnamese error page that keeps the real status code.
public struct ErrorPage {
    public struct Model: Sendable {
        public let status: Int
        public let title: String
        public let message: String
        public let layout: LayoutModel

        public init(status: Int, title: String, message: String, layout: LayoutModel) {
            self.status = status
            self.title = title
            self.message = message
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(
            title: model.title, layout: model.layout,
            .section(
                .class("card error-page"),
                .h1(.text("\(model.title) (\(model.status))")),
                .p(.text(model.message)),
                .p(.a(.href(SiteURL.home.path), .text(L10n.Platform.veTrangChu)))
            )
        )
    }
}
