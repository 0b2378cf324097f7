import DanVanCore
import Fluent
import SQLKit
import Vapor

/// Choosing a unit the way people do: by typing part of its name, diacritics optional, or its code if they know it.
///
/// The words typed are looked up in the unit's name and its parent's together, so "Phòng Tư pháp Hương Trà" picks
/// the Phòng Tư pháp of Hương Trà among every district's, and the label a suggestion shows ("Phòng Tư pháp — Thị xã
/// Hương Trà") resolves to that same unit. Without JavaScript this is the search step: a name that fits several units
/// answers with those units, and the person types one more word.
enum UnitChoice {
    /// One match found, several, or none.
    enum Outcome {
        case unit(Unit)
        case several([Match])
        case none
    }

    /// A unit as a list shows it: "Phòng Tư pháp — Thị xã Hương Trà".
    struct Match: Sendable, Content {
        let id: Int
        let code: String
        let name: String
        let parentName: String?

        var label: String { parentName.map { name + " — " + $0 } ?? name }
    }

    /// Resolves what was typed within a subtree. An exact code wins; then a name equal to the typed text (with or
    /// without its parent); then every typed word found in the name and the parent's name.
    static func resolve(_ typed: String, within scopePath: String, on db: any Database) async throws -> Outcome {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .none }
        if let unit = try await Unit.query(on: db).filter(\.$code == text).filter(\.$path, .custom("LIKE"), scopePath + "%").first() {
            return .unit(unit)
        }
        let matches = try await search(text, within: scopePath, limit: 50, on: db)
        let key = VietnameseText.searchKey(text)
        let exact = matches.filter { VietnameseText.searchKey($0.name) == key || VietnameseText.searchKey($0.label) == key }
        let chosen = exact.count == 1 ? exact : matches
        switch chosen.count {
        case 0: return .none
        case 1: return try await Unit.find(chosen[0].id, on: db).map(Outcome.unit) ?? .none
        default: return .several(chosen)
        }
    }

    /// Units whose name and parent's name hold every typed word, open units first, then by the tree's order.
    static func search(_ typed: String, within scopePath: String, limit: Int, on db: any Database) async throws -> [Match] {
        // "—" separates a suggestion's name from its parent's; it is not a word.
        let words = VietnameseText.searchKey(typed.replacingOccurrences(of: "—", with: " "))
            .split(separator: " ").map { UnitQuery.escapeLike(String($0)) }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return [] }
        let sql = db as! any SQLDatabase
        var conditions: SQLQueryString = "u.path LIKE \(bind: scopePath + "%")"
        for word in words {
            conditions = conditions + " AND (u.name_key || ' ' || COALESCE(p.name_key, '')) LIKE \(bind: "%" + word + "%")"
        }
        return try await sql.raw("""
            SELECT u.id AS id, u.code AS code, u.name AS name, p.name AS "parentName" \
            FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE \(conditions) \
            ORDER BY (CASE WHEN u.active_until IS NULL THEN 0 ELSE 1 END), u.depth, u.sort_key LIMIT \(bind: limit)
            """).all(decoding: Match.self)
    }

    /// The message for a typed name that fits no unit or several, naming the first few.
    static func problem(_ outcome: Outcome, typed: String) -> String? {
        switch outcome {
        case .unit: return nil
        case .none:
            return "Không tìm thấy đơn vị “\(typed)” trong phạm vi của bạn. Hãy gõ tên đơn vị (không cần dấu) hoặc mã đơn vị."
        case .several(let matches):
            let shown = matches.prefix(5).map(\.label).joined(separator: "; ")
            return "Có \(matches.count) đơn vị khớp với “\(typed)”: \(shown)\(matches.count > 5 ? "; …" : ""). "
                + "Hãy gõ thêm một từ trong tên đơn vị hoặc đơn vị cấp trên, ví dụ “\(matches[0].label)”."
        }
    }

    /// A unit as a field shows it once chosen: "Phòng Tư pháp — Thị xã Hương Trà".
    static func label(of unit: Unit, on db: any Database) async throws -> String {
        guard let parentID = unit.$parent.id, let parent = try await Unit.find(parentID, on: db) else { return unit.name }
        return unit.name + " — " + parent.name
    }

    /// The unit, or an invalid-input error carrying the message above.
    static func require(_ typed: String, within scopePath: String, field: String, on db: any Database) async throws -> Unit {
        let outcome = try await resolve(typed, within: scopePath, on: db)
        if case .unit(let unit) = outcome { return unit }
        throw AppError.invalid(problem(outcome, typed: typed) ?? "", code: "invalid_" + field)
    }
}
