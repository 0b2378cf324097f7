import Fluent
import Vapor

extension Request {
    /// A list narrowed to one unit's subtree by `?don_vi=`, never wider than `scopePath`: the path to list, and the
    /// unit when one was asked for. The leader's home links each unit's counts to its lists by code; a person types a name.
    func narrowedScope(_ scopePath: String) async throws -> (path: String, unit: OrgUnit?) {
        let typed = (query[String.self, at: "don_vi"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return (scopePath, nil) }
        let unit = try await UnitChoice.required(typed, within: scopePath, on: db)
        return (unit.path, unit)
    }
}

extension UnitChoice {
    /// The one unit a field names, by name or code, inside `scopePath`. A code of a unit outside the scope is refused
    /// as such; a name that fits no unit or several answers with the message that names them, so the person types more.
    static func required(_ typed: String, within scopePath: String, on db: any Database) async throws -> OrgUnit {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let outcome = try await resolve(text, within: scopePath, on: db)
        if case .unit(let unit) = outcome { return unit }
        if case .none = outcome, try await OrgUnit.query(on: db).filter(\.$code == text).count() > 0 { throw AppError.outsideScope }
        throw AppError.invalid(problem(outcome, typed: text) ?? "", code: "unit_not_chosen")
    }
}
