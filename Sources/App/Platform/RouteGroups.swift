import Vapor

/// The groups every feature registers its routes into, built once in `routes(_:)`.
struct RouteGroups {
    let app: Application
    /// Pages with a session and a form token, for anyone (the login page, the citizens' pages).
    let pages: any RoutesBuilder
    /// Pages for a signed-in person.
    let signedIn: any RoutesBuilder
    /// The JSON API (`SiteURL.API`), with a bearer token.
    let api: APIRoutes
    /// The JSON API's few addresses for anyone (`SiteURL.API.publicPetitionStatus`), without a token.
    let publicAPI: APIRoutes
}
