import Plot

/// Bộ thời hạn — the time limits in force for each kind and instance, values not yet checked against the law marked,
/// and every version ever used.
public struct DeadlineProfileIndexPage {
    public struct Current: Sendable {
        public var kind = "", instance = "", code = "", accept = "", resolve = "", extensions = "", editURL = ""
        public var acceptUnconfirmed = false, resolveUnconfirmed = false
        public init() {}
    }

    public struct Version: Sendable {
        public var code = "", createdAt = "", createdBy = "", note = ""
        public init() {}
    }

    public struct Model: Sendable {
        public var current: [Current] = []
        public var versions: [Version] = []
        public var pagination = PaginationModel(page: 1, pageCount: 1, total: 0, previousURL: nil, nextURL: nil)
        public var canEdit = false
        public var fieldsURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    static func value(_ text: String, unconfirmed: Bool) -> Node<HTML.BodyContext> {
        .group(.text(text), .if(unconfirmed, .group(.br(), .strong(.class("unconfirmed"), .text("CHƯA ĐỐI CHIẾU — giá trị mặc định, có thể sửa")))))
    }

    public func render() -> String {
        Layout.page(title: "Bộ thời hạn giải quyết đơn", layout: model.layout,
            .h1(.text("Bộ thời hạn giải quyết đơn")),
            .p(.text("Mỗi đơn giữ phiên bản bộ thời hạn đã dùng để tính hạn; sửa bộ thời hạn tạo phiên bản mới cho các đơn phân loại sau đó, "
                     + "hạn của đơn đã có không thay đổi. Ngày nghỉ lễ, Tết được quản lý riêng.")),
            .p(.class("no-print"), .link("Danh mục lĩnh vực", model.fieldsURL)),
            CitizenWidgets.table(["Loại đơn", "Lần", "Phiên bản đang dùng", "Thụ lý / xử lý đơn", "Giải quyết", "Gia hạn", ""], model.current.map { row in
                [.text(row.kind), .text(row.instance), .code(.text(row.code)),
                 Self.value(row.accept, unconfirmed: row.acceptUnconfirmed), Self.value(row.resolve, unconfirmed: row.resolveUnconfirmed),
                 .text(row.extensions), .if(model.canEdit, .link("Sửa", row.editURL))]
            }),
            .section(.h2(.text("Các phiên bản")),
                CitizenWidgets.table(["Phiên bản", "Ngày tạo", "Người tạo", "Lý do"], model.versions.map { row in
                    [.code(.text(row.code)), .text(row.createdAt), .text(row.createdBy), .text(row.note)]
                }),
                model.pagination.node)
        )
    }
}
