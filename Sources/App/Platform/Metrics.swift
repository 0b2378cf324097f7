import Prometheus
import Vapor

extension Application {
    private struct RegistryKey: StorageKey { typealias Value = PrometheusCollectorRegistry }

    /// This application's Prometheus registry; one per app so tests stay independent.
    var metricsRegistry: PrometheusCollectorRegistry {
        if let registry = storage[RegistryKey.self] { return registry }
        let registry = PrometheusCollectorRegistry()
        storage[RegistryKey.self] = registry
        return registry
    }
}

/// Counts requests by method and status class and times them, without labelling by path (unbounded).
struct RequestMetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let registry = request.application.metricsRegistry
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            record(registry, request, status: (error as? any AbortError)?.status.code ?? 500, start: start)
            throw error
        }
        record(registry, request, status: response.status.code, start: start)
        return response
    }

    private func record(_ registry: PrometheusCollectorRegistry, _ request: Request, status: UInt, start: ContinuousClock.Instant) {
        let labels = [("method", request.method.rawValue), ("status", "\(status / 100)xx")]
        registry.makeCounter(name: "danvan_http_requests_total", labels: labels, help: "HTTP requests by method and status class").increment()
        registry.makeDurationHistogram(
            name: "danvan_http_request_duration_seconds", labels: [("method", request.method.rawValue)],
            buckets: [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5)],
            help: "Time to answer an HTTP request"
        ).record(ContinuousClock.now - start)
    }
}
