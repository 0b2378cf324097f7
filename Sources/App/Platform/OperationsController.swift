import Fluent
import Prometheus
import SQLKit
import Vapor
import Views

/// /healthz, /metrics and the stylesheet: the routes that need no session.
enum OperationsController {
    @Sendable static func health(req: Request) async throws -> Response {
        do {
            _ = try await (req.db as! any SQLDatabase).raw("SELECT 1").all()
            return Response(status: .ok, body: .init(string: "ok\n"))
        } catch {
            req.logger.error("health check failed: \(error)")
            return Response(status: .serviceUnavailable, body: .init(string: "database unavailable\n"))
        }
    }

    /// Only for the addresses in `DANVAN_METRICS_ALLOW`: the counters tell an outsider how busy and how broken DanVan is.
    /// The client address is the proxy's `X-Forwarded-For` only for a trusted proxy, so a proxy on loopback opens nothing.
    @Sendable static func metrics(req: Request) async throws -> Response {
        guard req.application.config.metricsAllow.contains(req.clientAddress) else { throw AppError.forbidden }
        var buffer: [UInt8] = []
        req.application.metricsRegistry.emit(into: &buffer)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
    }

    @Sendable static func script(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Script.javascript))
    }

    @Sendable static func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
