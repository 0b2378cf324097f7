import Vapor
import Views

/// Registering a route at a `SiteURL`.
extension SiteURL {
    var pathComponents: [PathComponent] {
        path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }
}

extension RoutesBuilder {
    @discardableResult
    func get(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        get(url.pathComponents, use: handler)
    }

    @discardableResult
    func post(_ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        post(url.pathComponents, use: handler)
    }
}

extension Request {
    /// The integer `:id` of the route, or a 404.
    func idParameter() throws -> Int {
        guard let id = parameters.get("id", as: Int.self) else { throw AppError.notFound() }
        return id
    }
}
