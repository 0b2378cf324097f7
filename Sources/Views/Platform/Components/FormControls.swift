import Plot

/// Form widgets with labels tied to inputs, for screen readers and keyboard use.
public enum Form {
    public typealias HTMLNode = Node<HTML.BodyContext>

    /// A POST form carrying the CSRF token.
    public static func post(action: String, csrf: String, _ content: [HTMLNode], extra: [HTMLNode] = []) -> HTMLNode {
        .el(
            "form",
            [.attr("method", "post"), .attr("action", action)] + extra
                + [.void("input", [("type", "hidden"), ("name", "_csrf"), ("value", csrf)])] + content)
    }

    public static func field(
        _ label: String, name: String, value: String = "", type: String = "text",
        required: Bool = false, hint: String? = nil, error: String? = nil,
        autocomplete: String? = nil, attributes: [(String, String)] = []
    ) -> HTMLNode {
        let id = "f-" + name
        var attrs: [(String, String)] = [("type", type), ("id", id), ("name", name), ("value", value)] + attributes
        if required { attrs.append(("required", "required")) }
        if let autocomplete { attrs.append(("autocomplete", autocomplete)) }
        var described: [String] = []
        if hint != nil { described.append(id + "-hint") }
        if error != nil {
            described.append(id + "-error")
            attrs.append(("aria-invalid", "true"))
        }
        if !described.isEmpty { attrs.append(("aria-describedby", described.joined(separator: " "))) }
        return .div(
            .class("field" + (error == nil ? "" : " field-error")),
            .el("label", .attr("for", id), .text(label + (required ? " *" : ""))),
            .void("input", attrs),
            .if(hint != nil, .el("small", .attr("id", id + "-hint"), .class("hint"), .text(hint ?? ""))),
            .if(error != nil, .el("p", .attr("id", id + "-error"), .class("error-text"), .text(error ?? "")))
        )
    }

    /// A unit chosen by name: any part of its name or its parent's, diacritics optional, or its code. With the script,
    /// matches are suggested as the person types; without it, the server resolves the text or names the candidates.
    public static func unitField(
        _ label: String, name: String, value: String = "", required: Bool = false,
        hint: String? = nil, error: String? = nil
    ) -> HTMLNode {
        let listID = "goi-y-" + name.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return .group(
            field(
                label, name: name, value: value, required: required,
                hint: hint ?? L10n.Platform.goMotPhanTenDonVi,
                error: error, autocomplete: "off", attributes: [("list", listID), ("data-goi-y", SiteURL.unitSuggestions.path)]),
            .el("datalist", .attr("id", listID))
        )
    }

    public static func select(
        _ label: String, name: String, options: [(value: String, label: String)], selected: String?,
        required: Bool = false, includeBlank: String? = nil
    ) -> HTMLNode {
        let id = "f-" + name
        var optionNodes: [HTMLNode] = []
        // Plot drops empty attributes: without `value=""` a browser would send the blank option's text.
        if let includeBlank {
            optionNodes.append(.el("option", .attribute(Attribute(name: "value", value: "", ignoreIfValueIsEmpty: false)), .text(includeBlank)))
        }
        for option in options {
            optionNodes.append(
                .el(
                    "option",
                    [.attribute(Attribute(name: "value", value: option.value, ignoreIfValueIsEmpty: false))]
                        + (option.value == selected ? [.attribute(named: "selected", value: "selected")] : [])
                        + [.text(option.label)]))
        }
        return .div(
            .class("field"),
            .el("label", .attr("for", id), .text(label + (required ? " *" : ""))),
            .el("select", [.attr("id", id), .attr("name", name)] + (required ? [.attr("required", "required")] : []) + optionNodes)
        )
    }

    public static func submit(_ title: String, style: String = "primary") -> HTMLNode {
        .el("button", .attr("type", "submit"), .class("button " + style), .text(title))
    }
}

/// Text areas, check boxes and the error summary, shared by the citizens' pages and the staff forms.
extension Form {
    static func textarea(_ label: String, name: String, value: String = "", required: Bool = false, error: String? = nil, rows: Int = 5) -> HTMLNode {
        let id = "f-" + name
        var attrs: [HTMLNode] = [.attr("id", id), .attr("name", name), .attr("rows", String(rows))]
        if required { attrs.append(.attr("required", "required")) }
        if error != nil {
            attrs.append(.attr("aria-invalid", "true"))
            attrs.append(.attr("aria-describedby", id + "-error"))
        }
        return .div(
            .class("field" + (error == nil ? "" : " field-error")),
            .el("label", .attr("for", id), .text(label + (required ? " *" : ""))),
            .el("textarea", attrs + [.text(value)]),
            .unwrap(error) { .el("p", .attr("id", id + "-error"), .class("error-text"), .text($0)) }
        )
    }

    static func checkbox(_ label: String, name: String, value: String = "1", checked: Bool) -> HTMLNode {
        let id = "f-" + name + "-" + value
        var attrs: [(String, String)] = [("type", "checkbox"), ("id", id), ("name", name), ("value", value)]
        if checked { attrs.append(("checked", "checked")) }
        return .el("div", .class("checkbox"), .void("input", attrs), .el("label", .attr("for", id), .text(" " + label)))
    }

    static func checkboxGroup(_ legend: String, name: String, options: [(value: String, label: String)], checked: Set<String>, error: String? = nil)
        -> HTMLNode
    {
        .el(
            "fieldset",
            [.class("field" + (error == nil ? "" : " field-error")), .el("legend", .text(legend))]
                + options.map { checkbox($0.label, name: name, value: $0.value, checked: checked.contains($0.value)) }
                + [.unwrap(error) { .el("p", .class("error-text"), .text($0)) }])
    }

    static var requiredLegend: HTMLNode { .p(.class("hint"), .text(L10n.Platform.oCoDauLaBatBuoc)) }

    static func errorSummary(_ errors: [String: String]) -> HTMLNode {
        .if(
            !errors.isEmpty,
            .div(
                .class("flash flash-error"), .attr("role", "alert"),
                .p(.text(L10n.Platform.vuiLongSuaCacLoiSauLabel)),
                .ul(.forEach(errors.sorted { $0.key < $1.key }) { .li(.text($0.value)) })))
    }
}
