/// A unit as lists show it; already formatted.
public struct UnitRow: Sendable {
    public let code: String
    public let name: String
    public let kindLabel: String
    public let parentName: String?
    public let isActive: Bool
    public let url: String

    public init(code: String, name: String, kindLabel: String, parentName: String?, isActive: Bool, url: String) {
        self.code = code
        self.name = name
        self.kindLabel = kindLabel
        self.parentName = parentName
        self.isActive = isActive
        self.url = url
    }
}
