import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Choosing a unit the way people do: by typing part of its name, diacritics optional, or its code if they know it.
///
/// The words typed are looked up in the unit's name and its parent's together, so "Phòng Tư pháp Hương Trà" picks
/// the Phòng Tư pháp of Hương Trà among every district's, and the label a suggestion shows ("Phòng Tư pháp — Thị xã
/// Hương Trà") resolves to that same unit. Without JavaScript this is the search step: a name that fits several units
/// answers with those units, and the person types one more word.
enum UnitChoice {
    /// One match found, several, or none.
    enum Outcome {
        case unit(OrgUnit)
        case several([Match])
        case none
    }

    /// A unit as a list shows it: "Phòng Tư pháp — Thị xã Hương Trà".
    struct Match: Sendable, Content {
        let id: Int
        let code: String
        let name: String
        let parentName: String?
        /// The predecessor's name the typed words were found in, when they were not found in the current name.
        var formerName: String?
        /// Not closed (a search lists open units first); not part of the JSON.
        var isOpen: Bool = true

        enum CodingKeys: String, CodingKey { case id, code, name, parentName, formerName }

        var label: String { parentName.map { name + " — " + $0 } ?? name }
        /// The label, with the former name that matched: "Phường Ba Đình — Thành phố Hà Nội (trước đây: Phường Phúc Xá)".
        var shown: String { formerName.map { label + L10n.Units.truocDayLabel + $0 + ")" } ?? label }
    }

    /// Resolves what was typed within a subtree. An exact code wins, then a predecessor's code (an old commune's code
    /// finds the unit it went into, or the several it was split across); then a name equal to the typed text (with or
    /// without its parent, or a predecessor's name); then every typed word found in the name and the parent's name, or in a predecessor's.
    static func resolve(_ typed: String, within scopePath: String, on db: any Database) async throws -> Outcome {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .none }
        let coded = try await OrgUnit.query(on: db).filter(\.$code == text).filter(\.$path, .custom("LIKE"), scopePath + "%").first()
        if let unit = coded, unit.isActive { return .unit(unit) }
        // A unit closed by a reorganisation answers with the unit(s) it went into.
        let successors = try await OrgUnit.query(on: db).filter(\.$path, .custom("LIKE"), scopePath + "%")
            .filter(.sql(embed: "\(ident: "id") IN (SELECT unit_id FROM \(ident: UnitFormerName.schema) WHERE code = \(bind: text))"))
            .filter(\.$activeUntil == nil).filter(\.$code != text).sort(\.$sortKey).all()
        if successors.isEmpty, let unit = coded { return .unit(unit) }
        if successors.count == 1 { return .unit(successors[0]) }
        if successors.count > 1 {
            let parents = try await OrgUnit.query(on: db).filter(\.$id ~~ successors.compactMap { $0.$parent.id }).all()
            let parentName = Dictionary(parents.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
            return .several(successors.map { Match(id: $0.id!, code: $0.code, name: $0.name, parentName: $0.$parent.id.flatMap { parentName[$0] }) })
        }
        let matches = try await search(text, within: scopePath, limit: 50, on: db)
        let key = VietnameseText.searchKey(text)
        let exact = matches.filter { match in
            [match.name, match.label, match.formerName].contains { $0.map(VietnameseText.searchKey) == key }
        }
        // "Phường Hương Văn" and "Phường Hương Vân" fold to the same key: the one written exactly so wins.
        let written = UnitNamesInScope.writtenKey(text)
        let asWritten = exact.filter { match in
            [match.name, match.label, match.formerName].contains { $0.map(UnitNamesInScope.writtenKey) == written }
        }
        // An old name both names a closed unit and is a former name of the open unit(s) it went into: the open ones.
        let openExact = exact.filter(\.isOpen)
        let chosen =
            exact.count == 1
            ? exact
            : asWritten.count == 1
                ? asWritten
                : openExact.count == 1 && exact.contains(where: { !$0.isOpen }) ? openExact : matches
        switch chosen.count {
        case 0: return .none
        case 1: return try await OrgUnit.find(chosen[0].id, on: db).map(Outcome.unit) ?? .none
        default: return .several(chosen)
        }
    }

    /// Units whose name and parent's name hold every typed word, or one of whose predecessors' name, old district and
    /// province do ("Phúc Xá Ba Đình" finds Phường Ba Đình); open units first, then by the tree's order.
    static func search(_ typed: String, within scopePath: String, limit: Int, on db: any Database) async throws -> [Match] {
        // "—" separates a suggestion's name from its parent's; it is not a word.
        let words = VietnameseText.searchKey(typed.replacingOccurrences(of: "—", with: " "))
            .split(separator: " ").map { UnitQuery.escapeLike(String($0)) }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return [] }
        let sql = db as! any SQLDatabase
        let current = words.map { word -> SQLQueryString in
            "(u.name_key || ' ' || COALESCE(p.name_key, '')) LIKE \(bind: "%" + word + "%")"
        }.joined(separator: " AND ")
        let former = words.map { word -> SQLQueryString in
            "(f.name_key || ' ' || f.place_key) LIKE \(bind: "%" + word + "%")"
        }.joined(separator: " AND ")
        let formerName: SQLQueryString = "SELECT f.name FROM unit_former_names f WHERE f.unit_id = u.id AND \(former) ORDER BY f.name"
        return try await sql.raw(
            """
            SELECT u.id AS id, u.code AS code, u.name AS name, p.name AS "parentName", \
            CASE WHEN \(current) THEN NULL ELSE (\(formerName) LIMIT 1) END AS "formerName", \
            CASE WHEN u.active_until IS NULL THEN 1 ELSE 0 END AS "open" \
            FROM units u LEFT JOIN units p ON p.id = u.parent_id \
            WHERE u.path LIKE \(bind: scopePath + "%") AND ((\(current)) OR EXISTS (\(formerName))) \
            ORDER BY (CASE WHEN u.active_until IS NULL THEN 0 ELSE 1 END), u.depth, u.sort_key LIMIT \(bind: limit)
            """
        ).all(decoding: Row.self).map { row in
            Match(id: row.id, code: row.code, name: row.name, parentName: row.parentName, formerName: row.formerName, isOpen: row.open != 0)
        }
    }

    private struct Row: Decodable {
        let id: Int
        let code: String
        let name: String
        let parentName: String?
        let formerName: String?
        let open: Int
    }

    /// The message for a typed name that fits no unit or several, naming the first few.
    static func problem(_ outcome: Outcome, typed: String) -> String? {
        switch outcome {
        case .unit: return nil
        case .none:
            return L10n.Units.khongTimThayDonViTrong(typed)
        case .several(let matches):
            let shown = matches.prefix(5).map(\.shown).joined(separator: "; ")
            return "Có \(matches.count) đơn vị khớp với “\(typed)”: \(shown)\(matches.count > 5 ? "; …" : ""). "
                + L10n.Units.hayGoThemMotTuTrong(matches[0].label)
        }
    }

    /// A unit as a field shows it once chosen: "Phòng Tư pháp — Thị xã Hương Trà".
    static func label(of unit: OrgUnit, on db: any Database) async throws -> String {
        guard let parentID = unit.$parent.id, let parent = try await OrgUnit.find(parentID, on: db) else { return unit.name }
        return unit.name + " — " + parent.name
    }
}
