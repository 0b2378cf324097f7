import Plot

/// Plot writes attribute values as given, so every value that may hold user text goes through here; so does text that
/// a page writes as raw HTML (`htmlTable`). Byte by byte: most values have nothing to escape and come back as they are,
/// where walking them as Characters cost every Vietnamese letter its grapheme breaking.
public func escapeAttribute(_ value: String) -> String {
    let bytes = value.utf8
    guard bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else {
        return value
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    for byte in bytes {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// Pieces of HTML for tables written as text (`Tables.stackedTable(_:html:)`), every value escaped.
enum HTMLCell {
    static func text(_ text: String) -> String { escapeAttribute(text) }

    static func link(_ text: String, _ url: String) -> String {
        #"<a href=""# + escapeAttribute(url) + #"">"# + escapeAttribute(text) + "</a>"
    }

    static func paragraph(_ text: String) -> String { element("p", self.text(text)) }

    /// `<small class="hint">`: a note beside a value.
    static func hint(_ text: String) -> String { element("small", css: "hint", self.text(text)) }

    static func element(_ name: String, css: String? = nil, _ inner: String) -> String {
        "<" + name + (css.map { #" class=""# + escapeAttribute($0) + #"""# } ?? "") + ">" + inner + "</" + name + ">"
    }
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
        .selfClosedElement(
            named: name, attributes: attributes.map { Attribute(name: $0.0, value: escapeAttribute($0.1), ignoreIfValueIsEmpty: false) })
    }

    /// `.if` that builds its node only when shown: Plot's `.if` takes the node already built, which cost the sheet page
    /// its hidden forms (a 60-option list) on every view.
    static func when(_ condition: Bool, _ make: () -> Node) -> Node {
        condition ? make() : .empty
    }

    static func link(_ text: String, _ url: String, _ extra: Node...) -> Node {
        .element(named: "a", nodes: [.attr("href", url)] + extra + [.text(text)])
    }
}
