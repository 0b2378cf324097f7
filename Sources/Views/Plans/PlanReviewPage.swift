import Plot

/// Xem lại trước khi tạo — every item the reader found, editable, with its source text beside it.
public struct PlanReviewPage: HTMLPage {
    public struct Row: Sendable {
        public let include: Bool
        /// (label, form name, value, multiline)
        public let fields: [(label: String, name: String, value: String, multiline: Bool)]
        public let hidden: [(name: String, value: String)]
        public let hint: String?
        public let snippet: String?

        public init(
            include: Bool, fields: [(label: String, name: String, value: String, multiline: Bool)], hidden: [(name: String, value: String)] = [],
            hint: String?, snippet: String?
        ) {
            self.include = include
            self.fields = fields
            self.hidden = hidden
            self.hint = hint
            self.snippet = snippet
        }
    }

    public struct Group: Sendable {
        public let title: String
        public let prefix: String
        public let rows: [Row]

        public init(title: String, prefix: String, rows: [Row]) {
            self.title = title
            self.prefix = prefix
            self.rows = rows
        }
    }

    public struct Model: PageModel {
        public var action = ""
        public var fileName: String?
        public var problems: [String] = []
        public var header: [(label: String, name: String, value: String, multiline: Bool)] = []
        public var statuses: [(value: String, label: String)] = []
        public var status = ""
        public var parents: [(value: String, label: String)] = []
        public var parentPlanID = ""
        public var hidden: [(name: String, value: String)] = []
        public var groups: [Group] = []
        /// The text was recognised from scanned pages (OCR): every item is marked for checking.
        public var recognisedFromImages = false
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Plans.xemLaiKeHoach }
    public var heading: String { L10n.Plans.xemLaiTruocKhiTaoKe }

    public var content: [Node<HTML.BodyContext>] {
        var content: [Node<HTML.BodyContext>] = model.hidden.map { .void("input", [("type", "hidden"), ("name", $0.name), ("value", $0.value)]) }
        content.append(
            .section(
                .class("card"),
                .h2(.text(L10n.Plans.thongTinChung)),
                .group(model.header.map(Self.field)),
                Form.select(L10n.Plans.trangThai, name: "status", options: model.statuses, selected: model.status, required: true),
                Form.select(
                    L10n.Plans.thucHienKeHoachCapTren, name: "parentPlanID", options: model.parents, selected: model.parentPlanID,
                    includeBlank: L10n.Plans.khongCo)
            ))
        for group in model.groups {
            content.append(
                .section(
                    .class("review-group"),
                    .h2(
                        .text("\(group.title) (\(group.rows.count))"),
                        .if(model.recognisedFromImages, .span(.class("ocr-mark"), .text(L10n.Plans.nhanDangTuAnhQuetCan)))),
                    .if(group.rows.isEmpty, .p(.class("empty"), .text(L10n.Plans.khongTimThayMucNao))),
                    .group(group.rows.enumerated().map { index, row in Self.row(row, prefix: "\(group.prefix)[\(index)]", number: index + 1) })
                ))
        }
        content.append(Form.submit(L10n.Plans.taoKeHoach))
        return [
            .unwrap(model.fileName) { .p(.class("muted"), .text(L10n.Plans.tepLabel + $0 + L10n.Plans.tepDaDuocLuuNeuCo)) },
            .if(
                model.recognisedFromImages,
                .div(
                    .class("flash flash-warning"), .attr("role", "note"),
                    .p(
                        .text(
                            L10n.Plans.tepLaBanQuetChuDuoc
                                + L10n.Plans.hayDoiChieuTungMucDuoi)))),
            .if(
                !model.problems.isEmpty,
                .div(
                    .class("flash flash-error"), .attr("role", "alert"),
                    .p(.text(L10n.Plans.chuaTaoDuocKeHoachVuiLabel)),
                    .ul(.forEach(model.problems) { .li(.text($0)) }))),
            Form.post(action: model.action, csrf: model.layout.csrfToken, content, extra: [.class("review-form")])
        ]
    }

    private static func field(_ field: (label: String, name: String, value: String, multiline: Bool)) -> Node<HTML.BodyContext> {
        guard field.multiline else { return Form.field(field.label, name: field.name, value: field.value) }
        let id = "f-" + field.name
        return .div(
            .class("field"),
            .el("label", .attr("for", id), .text(field.label)),
            .el("textarea", .attr("id", id), .attr("name", field.name), .attr("rows", "4"), .text(field.value)))
    }

    private static func row(_ row: Row, prefix: String, number: Int) -> Node<HTML.BodyContext> {
        let includeID = "f-\(prefix)-include"
        return .div(
            .class("review-row card"),
            .div(
                .class("review-fields"),
                .el(
                    "label", .class("checkbox"),
                    .void(
                        "input",
                        [("type", "checkbox"), ("id", includeID), ("name", "\(prefix)[include]"), ("value", "1")]
                            + (row.include ? [("checked", "checked")] : [])),
                    .text(L10n.Plans.giuMuc(number))),
                .group(row.hidden.map { .void("input", [("type", "hidden"), ("name", "\(prefix)[\($0.name)]"), ("value", $0.value)]) }),
                .group(row.fields.map { field(($0.label, "\(prefix)[\($0.name)]", $0.value, $0.multiline)) }),
                .unwrap(row.hint) { .p(.class("hint warn"), .text($0)) }
            ),
            .unwrap(row.snippet) { .blockquote(.class("source"), .el("small", .text(L10n.Plans.trongVanBanLabel)), .text($0)) }
        )
    }
}
