import DanVanCore
import Vapor
import Views

/// Turns every error into a Vietnamese HTML page, or `{ "error": { "code", "message" } }` under /api, keeping the real status.
struct DanVanErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, on: request)
        }
    }

    static func response(for error: any Error, on request: Request) -> Response {
        var (status, code, message) = describe(error)
        if let abort = error as? any AbortError, abort.status == .payloadTooLarge {
            // Vapor's own body limit: say which limit this request had.
            message = AppError.tooLarge(limit: request.bodyLimit, upload: request.isMultipart).message
        }
        let allowed = error is RouteNotFound ? MethodNotAllowed.allowedMethods(for: request) : []
        if !allowed.isEmpty {
            (status, code, message) = (
                .methodNotAllowed, HTTPResponseStatus.methodNotAllowed.defaultError.code, HTTPResponseStatus.methodNotAllowed.defaultError.message
            )
        }
        let response = render(status: status, code: code, message: message, error: error, on: request)
        // RFC 9110: a 405 must say which methods the address takes.
        if !allowed.isEmpty { response.headers.replaceOrAdd(name: .allow, value: Set(allowed.map(\.rawValue)).sorted().joined(separator: ", ")) }
        return response
    }

    private static func render(status: HTTPResponseStatus, code: String, message: String, error: any Error, on request: Request) -> Response {
        if status.code >= 500 {
            request.logger.error("\(String(reflecting: error))", metadata: ["path": .string(request.url.path)])
        }
        if request.wantsJSON {
            let body = APIErrorBody(error: .init(code: code, message: message))
            let response = Response(status: status)
            try? response.content.encode(body, as: .json)
            return response
        }
        var model = ErrorPage.Model()
        model.status = Int(status.code)
        model.title = status.vietnameseTitle
        model.message = message
        model.layout = request.pageLayout()
        return HTMLResponse.make(ErrorPage(model: model).render(), status: status)
    }

    private static func describe(_ error: any Error) -> (HTTPResponseStatus, String, String) {
        switch error {
        case let error as AppError:
            return (error.status, error.code, error.message)
        case let error as DecodingError:
            return (.unprocessableEntity, "invalid_input", L10n.Platform.duLieuKhongDocDuocLabel(error.vietnameseDescription))
        case let error as any AbortError:
            let fallback = error.status.defaultError
            return (error.status, fallback.code, fallback.message)
        default:
            let fallback = HTTPResponseStatus.internalServerError.defaultError
            return (.internalServerError, fallback.code, fallback.message)
        }
    }
}

/// The JSON error shape every API error uses.
struct APIErrorBody: Content {
    struct Detail: Content {
        let code: String
        let message: String
    }
    let error: Detail
}

extension Request {
    /// API routes and clients that asked for JSON get JSON errors.
    var wantsJSON: Bool {
        url.path.hasPrefix("/api/")
            || (headers.first(name: .accept)?.contains("application/json") ?? false
                && !(headers.first(name: .accept)?.contains("text/html") ?? false))
    }
}

extension HTTPResponseStatus {
    var vietnameseTitle: String {
        switch code {
        case 400: return L10n.Platform.yeuCauKhongHopLeTieuDe
        case 401: return L10n.Platform.canDangNhap
        case 403: return L10n.Platform.khongCoQuyenTruyCap
        case 404: return L10n.Platform.khongTimThayTrang
        case 405: return L10n.Platform.phuongThucKhongDuocHoTro
        case 413: return L10n.Platform.duLieuQuaLon
        case 422: return L10n.Platform.duLieuKhongHopLeTieuDe
        case 429: return L10n.Platform.quaNhieuYeuCau
        default: return code >= 500 ? L10n.Platform.loiHeThong : L10n.Platform.coLoiXayRa
        }
    }
}

extension DecodingError {
    var vietnameseDescription: String {
        switch self {
        case .keyNotFound(let key, _): return L10n.Platform.thieuTruong(key.stringValue)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "trường \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" sai kiểu dữ liệu."
        case .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? L10n.Platform.noiDungKhongDungDinhDang : L10n.Platform.truongKhongHopLe(path)
        @unknown default: return L10n.Platform.noiDungKhongHopLe
        }
    }
}
