import DanVanCore
import Plot

/// Tạo kế hoạch từ văn bản — upload a plan document for the reader.
public struct PlanUploadPage: HTMLPage {
    public struct Model: PageModel {
        public var error: String?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Plans.taoKeHoachTuVanBan }

    public var content: [Node<HTML.BodyContext>] {
        [
            .p(
                .text(
                    L10n.Plans.taiLenKeHoachDocxDoc + UploadLimits.label(UploadLimits.document) + L10n.Plans.vanBanGoBangPhongTcvn3
                        + L10n.Plans.phanCongThoiHanVaChe)),
            .unwrap(model.error) { .div(.class("flash flash-error"), .attr("role", "alert"), .text($0)) },
            Form.post(
                action: SiteURL.planUpload.path, csrf: model.layout.csrfToken,
                [
                    .div(
                        .class("field"),
                        .el("label", .attr("for", "f-file"), .text(L10n.Plans.tepKeHoach)),
                        .void(
                            "input",
                            [
                                ("type", "file"), ("id", "f-file"), ("name", "file"), ("required", "required"),
                                ("accept", ".docx,.doc,.odt,.rtf,.pdf,.txt,.md")
                            ])),
                    Form.submit(L10n.Plans.docVanBan)
                ], extra: [.attr("enctype", "multipart/form-data"), .class("card narrow")])
        ]
    }
}
