import Vapor

/// Every HTML form carries the session's token in `_csrf`; a POST without the right one is refused.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            // The token is in the body: gather it first.
            try await request.collectBody()
            let sent = try? request.content.get(String.self, at: "_csrf")
            guard let expected = request.session.data["csrf"], let sent, constantTimeEquals(sent, expected) else {
                throw AppError.csrf
            }
        }
        return try await next.respond(to: request)
    }

    private func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, made on first use.
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = [UInt8].random(count: 24).base64
        session.data["csrf"] = token
        return token
    }
}
