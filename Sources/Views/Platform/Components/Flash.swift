import Plot

/// A one-time message shown after an action: success or failure.
public struct FlashMessage: Sendable, Equatable {
    public enum Kind: String, Sendable { case success, error }
    public let kind: Kind
    public let text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    var node: Node<HTML.BodyContext> {
        .div(.class("flash flash-\(kind.rawValue)"), .attr("role", kind == .error ? "alert" : "status"), .text(text))
    }
}
