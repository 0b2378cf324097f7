import Plot

/// How a page is written: a struct with a nested `Model` (Sendable, `public init`, carrying the frame's `layout`),
/// `init(model:)`, and the few things the frame needs. `render()` draws the frame once: the links above the page, the
/// heading (with its buttons beside it), then the content.
///
///     public struct ThingPage: HTMLPage {
///         public struct Model: PageModel { …; public var layout = LayoutModel.anonymous(); public init() {} }
///         public let model: Model
///         public init(model: Model) { self.model = model }
///         public var title: String { L10n.Things.title }
///         public var content: [Node<HTML.BodyContext>] { [ … ] }
///     }
public protocol HTMLPage {
    associatedtype Model: PageModel
    var model: Model { get }
    init(model: Model)

    /// The browser tab's title (the frame appends the application's name).
    var title: String { get }
    /// The page's one `<h1>`; the title unless the page says more.
    var heading: String { get }
    /// The pages above this one, shown as links before the heading; none by default.
    var breadcrumbs: [Breadcrumb] { get }
    /// Buttons or links shown beside the heading; none by default.
    var actions: [Node<HTML.BodyContext>] { get }
    /// Everything below the heading.
    var content: [Node<HTML.BodyContext>] { get }
}

/// What every page model carries: the frame (who is signed in, navigation, one-time messages).
public protocol PageModel: Sendable {
    var layout: LayoutModel { get }
}

/// One link above a page's heading, e.g. "Tỉnh › Huyện › Xã" or the plan a report schedule belongs to.
public struct Breadcrumb: Sendable {
    public let label: String
    public let url: String

    public init(_ label: String, _ url: String) {
        self.label = label
        self.url = url
    }
}

extension HTMLPage {
    public var heading: String { title }
    public var breadcrumbs: [Breadcrumb] { [] }
    public var actions: [Node<HTML.BodyContext>] { [] }

    public func render() -> String {
        let h1: Node<HTML.BodyContext> = .h1(.text(heading))
        return Layout.page(
            title: title, layout: model.layout,
            .if(!breadcrumbs.isEmpty, Breadcrumb.nav(breadcrumbs)),
            actions.isEmpty ? h1 : .div(.class("page-head"), h1, .div(.group(actions))),
            .group(content))
    }
}

extension Breadcrumb {
    static func nav(_ items: [Breadcrumb]) -> Node<HTML.BodyContext> {
        .nav(
            .class("breadcrumb"), .attr("aria-label", L10n.Platform.duongDan),
            .ol(.forEach(items) { item in .li(.link(item.label, item.url)) }))
    }
}
