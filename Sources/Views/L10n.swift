/// All Vietnamese interface text in one place.
public enum L10n {
    public static let appName = "DanVan"
}
