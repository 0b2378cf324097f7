import Vapor
import Views

/// Registering a route at a `SiteURL`.
extension SiteURL {
    var pathComponents: [PathComponent] { routeComponents(path) }
}

extension SiteURL.API {
    var pathComponents: [PathComponent] { routeComponents(path) }
}

/// `/units/:id` → `units`, the parameter `id`.
private func routeComponents(_ path: String) -> [PathComponent] {
    path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
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

    /// A route whose body is collected up to a limit of its own (an upload).
    @discardableResult
    func on(
        _ method: HTTPMethod, _ url: SiteURL, body: HTTPBodyStreamStrategy,
        use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable
    ) -> Route {
        on(method, url.pathComponents, body: body, use: handler)
    }
}

/// The JSON API's routes: a route is registered only at a `SiteURL.API` address (its path includes `/api/v1`), behind
/// the group's middleware (a bearer token, or none for the public API).
struct APIRoutes {
    let group: any RoutesBuilder

    @discardableResult
    func get(_ url: SiteURL.API, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        group.get(url.pathComponents, use: handler)
    }

    @discardableResult
    func post(_ url: SiteURL.API, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        group.post(url.pathComponents, use: handler)
    }

    @discardableResult
    func put(_ url: SiteURL.API, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        group.put(url.pathComponents, use: handler)
    }

    @discardableResult
    func patch(_ url: SiteURL.API, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        group.patch(url.pathComponents, use: handler)
    }

    @discardableResult
    func delete(_ url: SiteURL.API, use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        group.delete(url.pathComponents, use: handler)
    }

    /// A route whose body is collected up to a limit of its own (an upload).
    @discardableResult
    func on(
        _ method: HTTPMethod, _ url: SiteURL.API, body: HTTPBodyStreamStrategy,
        use handler: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable
    ) -> Route {
        group.on(method, url.pathComponents, body: body, use: handler)
    }
}

extension Request {
    /// The integer `:id` of the route, or a 404.
    func idParameter() throws -> Int {
        guard let id = parameters.get("id", as: Int.self) else { throw AppError.notFound() }
        return id
    }
}
