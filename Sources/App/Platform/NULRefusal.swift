import Vapor

/// PostgreSQL refuses U+0000 in text, so a NUL pasted into a field, a query or a JSON string reached the database as a
/// server error (and SQLite kept it). Refused before any handler: 400, code `nul_character`, nothing saved. A file's
/// bytes in a multipart upload may hold NUL; only its text fields (the parts without a file name) are read.
struct NULRefusalMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.path.contains("%00") || request.url.query?.contains("%00") == true { throw AppError.nulCharacter }
        if request.method != .GET, request.method != .HEAD, let type = request.headers.contentType,
            type == .urlEncodedForm || type == .json || request.isMultipart
        {
            try await request.collectBody()
            if let body = request.body.data, Self.carriesNUL(Array(body.readableBytesView), type: type) { throw AppError.nulCharacter }
        }
        return try await next.respond(to: request)
    }

    static func carriesNUL(_ body: [UInt8], type: HTTPMediaType) -> Bool {
        if type == .urlEncodedForm { return body.contains(0) || body.firstRange(of: Array("%00".utf8)) != nil }
        if type == .json { return body.contains(0) || body.firstRange(of: Array(#"\u0000"#.utf8)) != nil }
        guard let boundary = type.parameters["boundary"] else { return false }
        let separator = Array(("--" + boundary).utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        let fileName = Array("filename=".utf8)
        return body.split(separator: separator).contains { part in
            guard let end = part.firstRange(of: headerEnd) else { return false }
            return part[..<end.lowerBound].firstRange(of: fileName) == nil && part[end.upperBound...].contains(0)
        }
    }
}

extension Request {
    /// Gathers the whole body (a large form arrives in several chunks), within the limit that applies to it.
    func collectBody() async throws {
        let limit = bodyLimit
        do {
            _ = try await body.collect(max: limit).get()
        } catch let error as any AbortError where error.status == .payloadTooLarge {
            throw AppError.tooLarge(limit: limit, upload: isMultipart)
        }
    }
}
