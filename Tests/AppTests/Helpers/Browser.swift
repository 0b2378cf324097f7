import Foundation
import Testing
import Vapor
import VaporTesting

/// A signed-in person in a test: keeps the session cookie and the form token like a browser would.
struct Browser {
    let app: Application
    private(set) var cookie: String?
    private(set) var csrf: String?

    init(_ app: Application) {
        self.app = app
    }

    /// Opens the login page, posts the credentials and, signed in, opens the page it leads to as a browser would (the form
    /// token changes at login, so the next form needs the new one); returns the login response.
    @discardableResult
    mutating func login(_ username: String, password: String = Fixtures.password) async throws -> TestingHTTPResponse {
        _ = try await get("/dang-nhap")
        let response = try await post("/dang-nhap", form: ["username": username, "password": password])
        if response.status == .seeOther, let target = response.headers.first(name: .location) { _ = try await get(target) }
        return response
    }

    /// Signs in and creates an API token on the account page, the way a person would; returns the token.
    mutating func apiToken(for username: String) async throws -> String {
        try await login(username)
        _ = try await get("/tai-khoan")
        _ = try await post("/tai-khoan/khoa-api", form: ["name": "Kiểm thử"])
        let page = try await get("/tai-khoan").body.string
        return String(page[try #require(page.range(of: #"dv_[A-Za-z0-9]{40}"#, options: .regularExpression))])
    }

    mutating func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form with the current CSRF token unless the form sets `_csrf` itself.
    mutating func post(_ path: String, form: [String: String]) async throws -> TestingHTTPResponse {
        try await send(.POST, path, body: encoded(form))
    }

    /// Posts a form as if a reverse proxy had added `X-Forwarded-For`.
    mutating func postForwarded(_ path: String, form: [String: String], forwardedFor: String) async throws -> TestingHTTPResponse {
        try await send(.POST, path, body: encoded(form), extraHeaders: ["X-Forwarded-For": forwardedFor])
    }

    private func encoded(_ form: [String: String]) -> String {
        var fields = form
        if fields["_csrf"] == nil, let csrf { fields["_csrf"] = csrf }
        return fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
    }

    /// Posts fields as multipart/form-data, the way a browser sends a form that has a file input (with an empty file part,
    /// as Chromium sends when no file is chosen), with the current CSRF token first.
    mutating func postMultipart(_ path: String, fields: [(String, String)], fileField: String? = nil) async throws -> TestingHTTPResponse {
        let boundary = "----DanVanFormBoundary7MA4YWxkTrZu0gW"
        var body = ""
        for (name, value) in [("_csrf", csrf ?? "")] + fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let fileField {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\"\r\n"
            body += "Content-Type: application/octet-stream\r\n\r\n\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await postRaw(path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Posts a body as given, e.g. multipart/form-data.
    mutating func postRaw(_ path: String, body: String, contentType: String) async throws -> TestingHTTPResponse {
        try await send(.POST, path, body: body, contentType: contentType)
    }

    private mutating func send(
        _ method: HTTPMethod, _ path: String, body: String?, contentType: String = "application/x-www-form-urlencoded",
        extraHeaders: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        var headers = extraHeaders
        if let cookie { headers.add(name: .cookie, value: cookie) }
        if body != nil { headers.replaceOrAdd(name: .contentType, value: contentType) }
        var captured: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
            captured = response
        }
        let response = captured!
        if let setCookie = response.headers.setCookie?["danvan_session"] {
            cookie = setCookie.expires.map { $0 < TestClock.now } == true ? nil : "danvan_session=\(setCookie.string)"
        }
        let html = response.body.string
        if let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) {
            let match = String(html[range])
            csrf = String(match.dropFirst(#"name="_csrf" value=""#.count).dropLast())
        }
        return response
    }
}

extension Browser {
    /// Whether a crawl (`HostileCrawlTests`, `PageSnapshotTests`) follows a link found on a page: another page, not logout,
    /// the API, a static asset, a calendar feed, a download (.xlsx, .docx, .ics, `?xuat=`) or a stored file.
    static func isPageLink(_ target: String) -> Bool {
        let path = String(target.split(separator: "?", maxSplits: 1).first ?? "")
        return !["/dang-xuat", "/api/", "/static/", "/lich/"].contains { path.hasPrefix($0) }
            && ![".xlsx", ".docx", ".ics"].contains { path.hasSuffix($0) } && !target.contains("xuat=")
            && !path.contains("/tep") && !path.hasSuffix("/file")
    }
}
