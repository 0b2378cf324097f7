/// What every page's frame shows: who is signed in, the navigation, one-time messages.
public struct LayoutModel: Sendable {
    public struct NavItem: Sendable {
        public let label: String
        public let url: String
        public let isCurrent: Bool

        public init(label: String, url: String, isCurrent: Bool) {
            self.label = label
            self.url = url
            self.isCurrent = isCurrent
        }
    }

    public let userName: String?
    public let unitName: String?
    public let roleLabel: String?
    public let navigation: [NavItem]
    public let csrfToken: String
    public let flashes: [FlashMessage]
    public let logoutURL: String
    public let accountURL: String

    public init(
        userName: String?, unitName: String?, roleLabel: String?, navigation: [NavItem], csrfToken: String,
        flashes: [FlashMessage], logoutURL: String = SiteURL.logout.path, accountURL: String = SiteURL.account.path
    ) {
        self.userName = userName
        self.unitName = unitName
        self.roleLabel = roleLabel
        self.navigation = navigation
        self.csrfToken = csrfToken
        self.flashes = flashes
        self.logoutURL = logoutURL
        self.accountURL = accountURL
    }

    /// The frame for a visitor who is not signed in.
    public static func anonymous(csrfToken: String = "", flashes: [FlashMessage] = []) -> LayoutModel {
        LayoutModel(userName: nil, unitName: nil, roleLabel: nil, navigation: [], csrfToken: csrfToken, flashes: flashes)
    }
}
