import Plot

/// Cơ quan quản lý trang — the People's Committee a citizens' page speaks for, and its contact line.
public struct PublicOperator: Sendable {
    public var name: String
    public var contact: String?

    public init(name: String = L10n.Platform.uyBanNhanDan, contact: String? = nil) {
        self.name = name
        self.contact = contact
    }
}

extension PublicOperator {
    /// Who runs the page and how to reach it, on every citizens' page.
    var block: Node<HTML.BodyContext> {
        .div(
            .class("public-operator"),
            .p(.text(L10n.Platform.trangDo), .strong(.text(name)), .text(L10n.Platform.quanLy)),
            .unwrap(contact) { .p(.text(L10n.Platform.lienHeLabel + $0)) })
    }
}
