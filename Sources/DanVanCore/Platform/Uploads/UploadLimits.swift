/// How large an uploaded file may be, by what it is. Every check, form label and message reads these, so a limit is
/// changed in one place and the message states the limit that was exceeded.
public enum UploadLimits {
    /// A document: a plan, a report's attachment, evidence for a task or a score line.
    public static let document = 20 << 20
    /// A file a citizen attaches to a petition or a commune attaches to a published item (often from a phone).
    public static let publicAttachment = 10 << 20
    /// A photo or document of a "Dân vận khéo" model.
    public static let exemplarFile = 5 << 20
    /// The largest multipart request: the largest file and the form around it.
    public static let uploadRequest = document + (1 << 20)

    /// "20 MB", "1,5 MB", "512 KB".
    public static func label(_ bytes: Int) -> String {
        let megabyte = 1 << 20
        guard bytes >= megabyte else { return "\(max(1, bytes / 1024)) KB" }
        let tenths = bytes * 10 / megabyte
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10),\(tenths % 10) MB"
    }
}
