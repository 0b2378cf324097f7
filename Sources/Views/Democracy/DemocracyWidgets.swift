import Plot

/// Pieces the dân chủ ở cơ sở pages share.
enum DemocracyWidgets {
    typealias HTMLNode = Node<HTML.BodyContext>

    static func fileInput(_ label: String, name: String, hint: String, error: String?) -> HTMLNode {
        .div(
            .class("field" + (error == nil ? "" : " field-error")),
            .el("label", .attr("for", "f-" + name), .text(label)),
            .void("input", [("type", "file"), ("id", "f-" + name), ("name", name)]),
            .el("small", .class("hint"), .text(hint)),
            .unwrap(error) { .el("p", .class("error-text"), .text($0)) })
    }

    static func links(_ items: [(String, String)]) -> HTMLNode {
        .p(
            .class("no-print"),
            .group(
                items.enumerated().map { index, item in
                    .group(.if(index > 0, .text(" · ")), .a(.href(item.1), .text(item.0)))
                }))
    }

    static func multipartPost(action: String, csrf: String, _ content: [HTMLNode]) -> HTMLNode {
        Form.post(action: action, csrf: csrf, content, extra: [.attr("enctype", "multipart/form-data"), .class("card")])
    }
}

/// A simple row of cells: text, or a link when `url` is set.
public struct DemocracyCell: Sendable {
    public var text: String
    public var url: String?
    public var css: String?
    public init(_ text: String, url: String? = nil, css: String? = nil) {
        self.text = text
        self.url = url
        self.css = css
    }

    var html: String {
        if let url { return HTMLCell.link(text, url) }
        if let css { return HTMLCell.element("span", css: css, HTMLCell.text(text)) }
        return HTMLCell.text(text)
    }
}

/// A titled table with a pagination line, for the staff and public lists alike.
public struct DemocracyTable: Sendable {
    public var title: String
    public var headers: [String]
    public var rows: [[DemocracyCell]]
    public var empty: String
    public var pagination: PaginationModel?
    public var actions: [(label: String, url: String)]

    public init(
        title: String, headers: [String], rows: [[DemocracyCell]] = [], empty: String, pagination: PaginationModel? = nil,
        actions: [(label: String, url: String)] = []
    ) {
        self.title = title
        self.headers = headers
        self.rows = rows
        self.empty = empty
        self.pagination = pagination
        self.actions = actions
    }

    var node: Node<HTML.BodyContext> {
        .section(
            .h2(.text(title)),
            .if(
                !actions.isEmpty,
                .p(
                    .class("no-print"),
                    .group(
                        actions.enumerated().map { index, action in
                            .group(
                                .if(index > 0, .text(" ")),
                                .a(.class("button" + (index == 0 ? " primary" : "")), .href(action.url), .text(action.label)))
                        }))),
            .if(rows.isEmpty, .p(.class("empty"), .text(empty))),
            .if(!rows.isEmpty, Tables.stackedTable(headers, html: rows.map { $0.map(\.html) })),
            .unwrap(pagination) { $0.node }
        )
    }
}

/// A generic page of dân chủ ở cơ sở: a heading, facts, free paragraphs, tables and forms, in that order.
public struct DemocracyPage: HTMLPage {
    public struct Model: PageModel {
        public var title = ""
        public var lead: String?
        public var links: [(String, String)] = []
        public var notice: String?
        public var noticeStyle = "flash-success"
        public var facts: [(String, String)] = []
        public var sections: [(heading: String, text: String)] = []
        /// A GET form above the tables: search and filters (no token needed).
        public var filter: DemocracyFilter?
        public var tables: [DemocracyTable] = []
        public var forms: [DemocracyForm] = []
        public var operatorInfo: PublicOperator?
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { model.title }

    public var content: [Node<HTML.BodyContext>] {
        [
            .unwrap(model.lead) { .p(.class("lead"), .text($0)) },
            .if(!model.links.isEmpty, DemocracyWidgets.links(model.links)),
            .unwrap(model.notice) { .div(.class("flash " + model.noticeStyle), .attr("role", "status"), .p(.text($0))) },
            .if(!model.facts.isEmpty, Tables.facts(model.facts)),
            .forEach(model.sections) { section in
                .section(
                    .h2(.text(section.heading)),
                    .forEach(section.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)) { .p(.text($0)) })
            },
            .unwrap(model.filter) { $0.node },
            .forEach(model.tables) { $0.node },
            .forEach(model.forms) { $0.node(csrf: model.layout.csrfToken) },
            .unwrap(model.operatorInfo) { $0.block }
        ]
    }
}

/// One form on a dân chủ page, described as data so the controller keeps what was typed and shows each error at its field.
public struct DemocracyForm: Sendable {
    public enum Control: Sendable {
        case text(label: String, name: String, hint: String?, required: Bool)
        case number(label: String, name: String, required: Bool)
        case textarea(label: String, name: String, rows: Int, required: Bool)
        case select(label: String, name: String, options: [(value: String, label: String)], required: Bool)
        case checkboxes(legend: String, name: String, options: [(value: String, label: String)])
        case file(label: String, name: String, hint: String)
        case hidden(name: String, value: String)
        /// Hidden from people, filled by robots (the public forms).
        case honeypot
        case note(String)
    }

    public var heading: String
    public var action: String
    public var multipart = false
    public var controls: [Control] = []
    public var values: [String: String] = [:]
    public var checked: [String: Set<String>] = [:]
    public var errors: [String: String] = [:]
    public var submit = L10n.Democracy.luu
    public var refusal: String?

    public init(heading: String, action: String, multipart: Bool = false, controls: [Control] = [], submit: String = L10n.Democracy.luu) {
        self.heading = heading
        self.action = action
        self.multipart = multipart
        self.controls = controls
        self.submit = submit
    }

    func node(csrf: String) -> Node<HTML.BodyContext> {
        var content: [Node<HTML.BodyContext>] = []
        for control in controls {
            switch control {
            case .text(let label, let name, let hint, let required):
                content.append(Form.field(label, name: name, value: values[name] ?? "", required: required, hint: hint, error: errors[name]))
            case .number(let label, let name, let required):
                content.append(
                    Form.field(
                        label, name: name, value: values[name] ?? "", type: "number", required: required, error: errors[name],
                        attributes: [("min", "0"), ("inputmode", "numeric")]))
            case .textarea(let label, let name, let rows, let required):
                content.append(
                    Form.textarea(label, name: name, value: values[name] ?? "", required: required, error: errors[name], rows: rows))
            case .select(let label, let name, let options, let required):
                content.append(
                    Form.select(label, name: name, options: options, selected: values[name], required: required, includeBlank: L10n.Democracy.chon))
                if let error = errors[name] { content.append(.p(.class("error-text"), .text(error))) }
            case .checkboxes(let legend, let name, let options):
                content.append(
                    Form.checkboxGroup(legend, name: name + "[]", options: options, checked: checked[name] ?? [], error: errors[name]))
            case .file(let label, let name, let hint):
                content.append(DemocracyWidgets.fileInput(label, name: name, hint: hint, error: errors[name]))
            case .hidden(let name, let value):
                content.append(.void("input", [("type", "hidden"), ("name", name), ("value", value)]))
            case .honeypot:
                content.append(
                    .div(
                        .class("honeypot"), .attr("aria-hidden", "true"),
                        Form.field(L10n.Democracy.deTrongONay, name: "website", attributes: [("tabindex", "-1"), ("autocomplete", "off")])))
            case .note(let text):
                content.append(.p(.class("hint"), .text(text)))
            }
        }
        content.append(Form.submit(submit))
        let extra: [Node<HTML.BodyContext>] =
            multipart ? [.attr("enctype", "multipart/form-data"), .class("card no-print")] : [.class("card no-print")]
        return .section(
            .class("no-print"),
            .h2(.text(heading)),
            .unwrap(refusal) { .div(.class("flash flash-error"), .attr("role", "alert"), .p(.text($0))) },
            Form.errorSummary(errors),
            Form.post(action: action, csrf: csrf, content, extra: extra))
    }
}

/// Search and filter fields sent by GET: text boxes, or selects when options are given.
public struct DemocracyFilter: Sendable {
    public struct Field: Sendable {
        public var label: String
        public var name: String
        public var value: String
        public var options: [(value: String, label: String)]?
        public init(label: String, name: String, value: String, options: [(value: String, label: String)]? = nil) {
            self.label = label
            self.name = name
            self.value = value
            self.options = options
        }
    }

    public var action: String
    public var fields: [Field]
    public var submit: String

    public init(action: String, fields: [Field], submit: String = L10n.Democracy.loc) {
        self.action = action
        self.fields = fields
        self.submit = submit
    }

    var node: Node<HTML.BodyContext> {
        .el(
            "form",
            [.attr("method", "get"), .attr("action", action), .class("card no-print filters")]
                + fields.map { field -> Node<HTML.BodyContext> in
                    if let options = field.options {
                        return Form.select(field.label, name: field.name, options: options, selected: field.value)
                    }
                    return Form.field(field.label, name: field.name, value: field.value, type: "search")
                }
                + [Form.submit(submit, style: "")])
    }
}
