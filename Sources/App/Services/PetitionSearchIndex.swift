import DanVanCore
import Fluent
import SQLKit
import Vapor

/// The word index behind the petition search: for each petition the words of its folded subject plus one token per
/// unit on its unit's path ("đv38" for unit 38), so a search within a subtree is one index lookup for all its words and
/// the subtree's root. A `LIKE '%…%'` over the subject read every case of the scope (107,000 for a province).
/// SQLite keeps it in an FTS5 table, PostgreSQL in a `text[]` column with a GIN index; typed words never contain "đ"
/// (the search key folds it), so a scope token cannot match a typed word.
enum PetitionSearchIndex {
    static let table = "petition_search"

    /// Which petitions to (re)index.
    enum Selection: Sendable {
        case all
        case petition(Int)
        /// Every petition of the units under this path, after the subtree moved.
        case unitsUnder(String)
    }

    /// The words of a text as the index stores them: folded, split at anything not a letter or digit, each once.
    static func words(_ text: String) -> [String] {
        var seen = Set<String>()
        return VietnameseText.searchKey(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init).filter { seen.insert($0).inserted }
    }

    /// The token of a subtree's root unit, from its path "/1/38/"; none for the whole tree ("/").
    static func scopeToken(_ path: String) -> String? {
        path.split(separator: "/").last.map { "đv" + $0 }
    }

    static func create(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            // Contentless: the index alone, no copy of the text; deletable so a re-index can replace a row.
            try await sql.raw("""
                CREATE VIRTUAL TABLE petition_search USING fts5(terms, content = '', contentless_delete = 1, detail = none, \
                tokenize = 'unicode61 remove_diacritics 0')
                """).run()
        } else {
            try await sql.raw("CREATE TABLE petition_search (petition_id BIGINT PRIMARY KEY, terms TEXT[] NOT NULL)").run()
            try await sql.raw("CREATE INDEX idx_petition_search_terms ON petition_search USING GIN (terms)").run()
        }
    }

    /// Writes the index rows of the selected petitions in one statement, replacing what was there.
    static func refresh(_ selection: Selection, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let condition: SQLQueryString
        switch selection {
        case .all: condition = "1 = 1"
        case .petition(let id): condition = "p.id = \(bind: id)"
        case .unitsUnder(let path): condition = "u.path LIKE \(bind: path + "%")"
        }
        if sql.dialect.name == "sqlite" {
            try await sql.raw("""
                INSERT OR REPLACE INTO petition_search (rowid, terms)
                SELECT p.id, p.subject_key || ' đv' || replace(trim(u.path, '/'), '/', ' đv')
                FROM petitions p JOIN units u ON u.id = p.unit_id WHERE \(condition)
                """).run()
        } else {
            try await sql.raw("""
                INSERT INTO petition_search (petition_id, terms)
                SELECT p.id, regexp_split_to_array(p.subject_key, '[^[:alnum:]]+')
                  || string_to_array('đv' || replace(btrim(u.path, '/'), '/', ' đv'), ' ')
                FROM petitions p JOIN units u ON u.id = p.unit_id WHERE \(condition)
                ON CONFLICT (petition_id) DO UPDATE SET terms = excluded.terms
                """).run()
        }
    }

    /// Number of matches, from the index alone.
    static func count(_ words: [String], scopePath: String, on database: any Database) async throws -> Int {
        let sql = database as! any SQLDatabase
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM (\(matchingIDs(words, scopePath: scopePath, on: database))) m").first()
        guard let row else { return 0 }
        if let value = try? row.decode(column: "n", as: Int.self) { return value }
        return Int(try row.decode(column: "n", as: Int64.self))
    }

    /// Ids of a page of matches, newest entered first, from the index alone.
    static func ids(_ words: [String], scopePath: String, limit: Int, offset: Int, on database: any Database) async throws -> [Int] {
        let sql = database as! any SQLDatabase
        return try await sql.raw("""
            \(matchingIDs(words, scopePath: scopePath, on: database)) ORDER BY 1 DESC \
            LIMIT \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))
            """).all().map { try $0.decode(column: "id", as: Int.self) }
    }

    /// The ids of the matches, as a statement to nest.
    static func matchingIDs(_ words: [String], scopePath: String, on database: any Database) -> SQLQueryString {
        let terms = words + [scopeToken(scopePath)].compactMap { $0 }
        if (database as! any SQLDatabase).dialect.name == "sqlite" {
            // Each term quoted, so no typed word is read as FTS5 syntax.
            let query = terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
            return "SELECT rowid AS id FROM petition_search WHERE petition_search MATCH \(bind: query)"
        }
        return "SELECT petition_id AS id FROM petition_search WHERE terms @> CAST(\(bind: terms) AS TEXT[])"
    }
}
