import DanVanCore
import Plot

/// Tạo kế hoạch từ văn bản — upload a plan document for the reader.
public struct PlanUploadPage {
    public struct Model: Sendable {
        public let error: String?
        public let layout: LayoutModel

        public init(error: String?, layout: LayoutModel) {
            self.error = error
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public func render() -> String {
        Layout.page(title: "Tạo kế hoạch từ văn bản", layout: model.layout,
            .h1(.text("Tạo kế hoạch từ văn bản")),
            .p(.text("Tải lên kế hoạch (.docx, .doc, .odt, .rtf, .pdf, .txt hoặc .md, tối đa " + UploadLimits.label(UploadLimits.document) + "; văn bản gõ bằng phông TCVN3, VNI cũng đọc được). DanVan đọc số, ký hiệu, ngày, trích yếu, văn bản căn cứ, nhiệm vụ, "
                + "phân công, thời hạn và chế độ báo cáo; bạn xem lại, sửa hoặc bỏ từng mục trước khi tạo.")),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            Form.post(action: "/ke-hoach/tai-len", csrf: model.layout.csrfToken, [
                .div(.class("field"),
                    .el("label", .attr("for", "f-file"), .text("Tệp kế hoạch *")),
                    .void("input", [("type", "file"), ("id", "f-file"), ("name", "file"), ("required", "required"),
                                    ("accept", ".docx,.doc,.odt,.rtf,.pdf,.txt,.md")])),
                Form.submit("Đọc văn bản"),
            ], extra: [.attr("enctype", "multipart/form-data"), .class("card narrow")])
        )
    }
}
