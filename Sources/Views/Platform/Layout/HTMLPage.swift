import Plot

/// How a page is written: a struct with a nested `Model`, `init(model:)`, and the few things the frame needs. `render()`
/// draws the frame once: the links above the page, the heading (with its buttons beside it), then the content.
///
///     public struct ThingPage: HTMLPage {
///         public struct Model: PageModel {
///             public var name = ""
///             public var rows: [Row] = []
///             public var error: String?
///             public var layout = LayoutModel.anonymous()
///             public init() {}
///         }
///         public let model: Model
///         public init(model: Model) { self.model = model }
///         public var title: String { L10n.Things.title }
///         public var content: [Node<HTML.BodyContext>] { [ … ] }
///     }
///
/// One way to write a page model: `public var` fields, each with a default (an optional's is nil; a required value
/// such as a row gets an empty one), and only `public init() {}`. The controller fills it by assignment,
/// `var model = ThingPage.Model(); model.name = …; model.layout = req.pageLayout()`, and so do tests' mock models,
/// which set only what they look at. No memberwise `init` on a model: a new field then touches the page and the one
/// controller that knows its value, not every caller.
///
/// The rows a model lists (`ThingPage.Row`) are values, not page models: one is usually built in a single expression
/// inside a `map`, so it may keep `let` fields and a memberwise `init`; a row with many optional parts may instead be
/// written like a model.
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
