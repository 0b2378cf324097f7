import Foundation
import Vapor

/// A file sent as an attachment: the type from its extension, the name safe for old and new browsers, never cached.
enum Download {
    static func response(_ data: Data, name: String) -> Response {
        var headers = HTTPHeaders()
        let types = [
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "csv": "text/csv; charset=utf-8", "pdf": "application/pdf", "txt": "text/plain; charset=utf-8",
        ]
        headers.replaceOrAdd(name: .contentType, value: types[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream")
        let ascii = name.unicodeScalars.map { $0.isASCII && $0 != "\"" ? String($0) : "_" }.joined()
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
