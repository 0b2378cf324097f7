import Vapor

/// Tells "no such address" (404) from "this address exists, but not for this method" (405).
enum MethodNotAllowed {
    /// The methods registered for the request's path, if the path exists at all.
    static func allowedMethods(for request: Request) -> [HTTPMethod] {
        let parts = request.url.path.split(separator: "/").map(String.init)
        return request.application.routes.all.filter { route in
            route.method != request.method && matches(route.path, parts)
        }.map(\.method)
    }

    /// Whether a registered path pattern matches a request path split at "/".
    static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        guard pattern.count == parts.count else { return pattern.last == .catchall && parts.count >= pattern.count - 1 }
        for (component, part) in zip(pattern, parts) {
            switch component {
            case .constant(let value): if value != part { return false }
            case .parameter, .anything, .catchall: continue
            }
        }
        return true
    }
}
