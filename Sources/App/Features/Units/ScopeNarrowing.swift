import Fluent
import Vapor

extension Request {
    /// A list narrowed to one unit's subtree by `?don_vi=<code>`, never wider than `scopePath`: the path to list, and the
    /// unit when one was asked for. The leader's home links each unit's counts to its lists this way.
    func narrowedScope(_ scopePath: String) async throws -> (path: String, unit: Unit?) {
        let code = (query[String.self, at: "don_vi"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { return (scopePath, nil) }
        guard let unit = try await Unit.query(on: db).filter(\.$code == code).first() else { throw AppError.notFound("Đơn vị \(code)") }
        guard unit.path.hasPrefix(scopePath) else { throw AppError.outsideScope }
        return (unit.path, unit)
    }
}
