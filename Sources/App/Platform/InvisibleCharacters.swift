extension Unicode.Scalar {
    /// Characters a browser silently drops from a URL or that end a header line: controls (tab, CR, LF, NUL, DEL, C1),
    /// format characters (zero-width, bidi marks) and Unicode line or paragraph separators.
    var isInvisibleControl: Bool {
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
