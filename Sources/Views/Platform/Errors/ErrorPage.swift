import Plot

/// A Vietnamese error page that keeps the real status code.
public struct ErrorPage: HTMLPage {
    public struct Model: PageModel {
        public var status = 0
        public var title = ""
        public var message = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.title }
    public var heading: String { "\(model.title) (\(model.status))" }

    public var content: [Node<HTML.BodyContext>] {
        [
            .section(
                .class("card error-page"),
                .p(.text(model.message)),
                .p(.a(.href(SiteURL.home.path), .text(L10n.Platform.veTrangChu)))
            )
        ]
    }
}
