import Plot

/// Tổng quan — the first page after sign-in; figures for the user's own subtree.
public struct DashboardPage {
    public struct Tile: Sendable {
        public let label: String
        public let value: String
        public let url: String?

        public init(label: String, value: String, url: String?) {
            self.label = label
            self.value = value
            self.url = url
        }
    }

    public struct Model: Sendable {
        public let greeting: String
        public let scopeName: String
        public let tiles: [Tile]
        public let layout: LayoutModel

        public init(greeting: String, scopeName: String, tiles: [Tile], layout: LayoutModel) {
            self.greeting = greeting
            self.scopeName = scopeName
            self.tiles = tiles
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: L10n.dashboard, layout: model.layout,
            .h1(.text(model.greeting)),
            .p(.class("muted"), .text("Phạm vi: " + model.scopeName)),
            .ul(.class("tiles"), .forEach(model.tiles) { tile in
                .li(.class("tile"),
                    .span(.class("tile-value"), .text(tile.value)),
                    .unwrap(tile.url, { .link(tile.label, $0) }, else: .span(.text(tile.label)))
                )
            }),
            .section(.class("card"),
                .h2(.text("Sắp có")),
                .p(.text("Kế hoạch, nhiệm vụ, báo cáo định kỳ, tiếp công dân và chấm điểm sẽ hiển thị tại đây khi được triển khai."))
            )
        )
    }
}
