import Vapor

/// Wires the application together; the only place that does.
public func configure(_ app: Application) async throws {
    app.get("healthz") { _ in "ok" }
}
