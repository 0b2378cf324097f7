import Fluent
import Vapor
import Views

/// Counts requests from the public side per address in the database, so every server behind a proxy shares the count.
enum PublicRateLimit {
    static let tooMany = AppError(
        .tooManyRequests, code: "too_many_requests",
        message: L10n.Petitions.banDaThaoTacQuaNhieu)

    /// Records this request and refuses it when the address already made `limit` of this kind within `window` seconds.
    static func check(_ kind: String, limit: Int, window: TimeInterval, on req: Request) async throws {
        let address = req.clientAddress
        let now = req.clock.now
        let since = now.addingTimeInterval(-window)
        try await PublicRequest.query(on: req.db).filter(\.$kind == kind).filter(\.$address == address).filter(\.$at < since).delete()
        let recent = try await PublicRequest.query(on: req.db).filter(\.$kind == kind).filter(\.$address == address).count()
        guard recent < limit else { throw tooMany }
        try await PublicRequest(kind: kind, address: address, at: now).create(on: req.db)
    }
}
