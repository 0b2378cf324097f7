import Plot

/// Đối thoại — the dialogues held in the user's scope, newest first.
public struct DialogueIndexPage {
    public struct Row: Sendable {
        public var date = "", unit = "", chairedBy = "", subject = "", petitionCode = "", outcome = "", url = ""
        public init() {}
    }

    public struct Model: Sendable {
        public var rows: [Row] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var newURL: String?
        public var receptionURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Đối thoại", layout: model.layout,
            .h1(.text("Đối thoại với công dân")),
            .p(.class("no-print"), .link("Lịch và các buổi tiếp công dân", model.receptionURL),
               .unwrap(model.newURL) { url in .group(.text(" · "), .link("Ghi nhận buổi đối thoại", url, .class("button primary"))) }),
            .if(model.rows.isEmpty, .p(.class("empty"), .text("Chưa có buổi đối thoại nào được ghi nhận."))),
            .if(!model.rows.isEmpty, CitizenWidgets.table(["Ngày", "Cơ quan", "Chủ trì", "Nội dung", "Đơn liên quan", "Kết quả"], model.rows.map { row in
                [.text(row.date), .text(row.unit), .text(row.chairedBy), .link(row.subject, row.url), .text(row.petitionCode), .text(row.outcome)]
            })),
            model.pagination.node
        )
    }
}
