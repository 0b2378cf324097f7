import Foundation
import Vapor

/// A file sent as an attachment: the type from its extension, the name safe for old and new browsers, never cached.
enum Download {
    static func response(_ data: Data, name: String) -> Response {
        var headers = HTTPHeaders()
        let types = [
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "csv": "text/csv; charset=utf-8", "pdf": "application/pdf", "txt": "text/plain; charset=utf-8"
        ]
        headers.replaceOrAdd(name: .contentType, value: types[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream")
        headers.replaceOrAdd(name: .contentDisposition, value: disposition(name: name))
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// The one place a `Content-Disposition` value is made: file names come from uploads, so they are cleaned here.
    static func disposition(_ kind: String = "attachment", name: String) -> String {
        let name = safeName(name)
        let ascii = name.unicodeScalars.map { $0.isASCII ? String($0) : "_" }.joined()
        let encoded = name.addingPercentEncoding(withAllowedCharacters: attributeCharacters) ?? ascii
        return "\(kind); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    /// The name without what could end the header line or the quoted string (controls, CR, LF, quotes, backslashes)
    /// or point elsewhere (slashes); "tep" when nothing is left.
    static func safeName(_ name: String) -> String {
        let kept = name.unicodeScalars.filter { !$0.isInvisibleControl && !"\"\\/".unicodeScalars.contains($0) }
        let cleaned = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "tep" : cleaned
    }

    /// RFC 8187 attr-char: everything else in `filename*` is %-encoded, UTF-8 letters included.
    private static let attributeCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
}
