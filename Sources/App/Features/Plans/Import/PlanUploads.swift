import Vapor

/// The plan files a person uploaded in this session. Files are stored by content hash, and every stored file (a tố cáo's
/// attachment too) has one: a hash in a URL or a posted form is honoured only for a file this session uploaded.
enum PlanUploads {
    private static let key = "plan_uploads"
    /// Enough for a few files reviewed side by side; the session stays small.
    private static let kept = 10

    static func remember(_ hash: String, on req: Request) {
        let earlier = owned(on: req).filter { $0 != hash }
        req.session.data[key] = (earlier.suffix(kept - 1) + [hash]).joined(separator: ",")
    }

    static func isOwned(_ hash: String, on req: Request) -> Bool {
        FileStore.isHash(hash) && owned(on: req).contains(hash)
    }

    private static func owned(on req: Request) -> [String] {
        (req.session.data[key] ?? "").split(separator: ",").map(String.init)
    }
}
