import Plot

/// Plot writes attribute values as given, so every value that may hold user text goes through here.
public func escapeAttribute(_ value: String) -> String {
    var out = ""
    out.reserveCapacity(value.count)
    for character in value {
        switch character {
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        default: out.append(character)
        }
    }
    return out
}

extension Node {
    /// An attribute whose value is escaped.
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: escapeAttribute(value))
    }

    /// Any element, when Plot's typed contexts get in the way (label inside a form, etc.).
    static func el(_ name: String, _ nodes: Node...) -> Node {
        .element(named: name, nodes: nodes)
    }

    static func el(_ name: String, _ nodes: [Node]) -> Node {
        .element(named: name, nodes: nodes)
    }

    static func void(_ name: String, _ attributes: [(String, String)]) -> Node {
        .selfClosedElement(named: name, attributes: attributes.map { Attribute(name: $0.0, value: escapeAttribute($0.1), ignoreIfValueIsEmpty: false) })
    }

    static func link(_ text: String, _ url: String, _ extra: Node...) -> Node {
        .element(named: "a", nodes: [.attr("href", url)] + extra + [.text(text)])
    }
}
