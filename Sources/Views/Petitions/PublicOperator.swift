/// Cơ quan quản lý trang — the People's Committee a citizens' page speaks for, and its contact line.
public struct PublicOperator: Sendable {
    public var name: String
    public var contact: String?

    public init(name: String = L10n.Petitions.uyBanNhanDan, contact: String? = nil) {
        self.name = name
        self.contact = contact
    }
}
