import Plot

/// Cây kế hoạch — the chain from a plan down to the plans that implement it, and the units still missing theirs.
public struct PlanTreePage: HTMLPage {
    public final class Node: Sendable {
        public let title: String
        public let url: String
        public let detail: String
        public let missing: [String]
        public let children: [Node]

        public init(title: String, url: String, detail: String, missing: [String], children: [Node]) {
            self.title = title
            self.url = url
            self.detail = detail
            self.missing = missing
            self.children = children
        }
    }

    public struct Model: PageModel {
        public var root = Node(title: "", url: "", detail: "", missing: [], children: [])
        public var ancestors: [(String, String)] = []
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Plans.cayKeHoach }

    public var content: [Plot.Node<HTML.BodyContext>] {
        [
            .if(
                !model.ancestors.isEmpty, .p(.text(L10n.Plans.thucHienLabel), .group(model.ancestors.map { .group(.link($0.0, $0.1), .text(" › ")) }))
            ),
            .ul(.class("plan-tree"), Self.item(model.root))
        ]
    }

    private static func item(_ node: Node) -> Plot.Node<HTML.ListContext> {
        .li(
            .link(node.title, node.url), .span(.class("muted"), .text(" — " + node.detail)),
            .if(!node.missing.isEmpty, .p(.class("late"), .text(L10n.Plans.chuaCoKeHoachLabel + node.missing.joined(separator: ", ")))),
            .if(!node.children.isEmpty, .ul(.group(node.children.map(item))))
        )
    }
}
