import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// The word index behind the petition search. Each petition is indexed by
/// - the words of its subject ("boi", "thuong"), for a search over the whole country;
/// - the same words tagged with its province ("26đboi"), so a province's search reads lists of that province's cases only
///   (untagged, the list of a word as common as "tai" holds every case in the country: 10 ms to count one search);
/// - one token per unit on its path ("đv480"), to narrow a province's matches to a district or commune.
/// A `LIKE '%…%'` over the subject read every case of the scope (107,000 for a province). SQLite keeps the index in an
/// FTS5 table, PostgreSQL in a `text[]` column with a GIN index. Typed words are folded and never contain "đ", so a tag
/// or unit token cannot match a typed word.
enum PetitionSearchIndex {
    static let table = "petition_search"

    /// Which petitions to (re)index.
    enum Selection: Sendable {
        case all
        case petition(Int)
        /// Every petition of the units under this path, after the subtree moved.
        case unitsUnder(String)
        /// Every petition of these units (at most a few hundred ids a call).
        case units([Int])
        /// The petitions with `lower <= id < upper`: a slice of a rebuild, committed on its own.
        case ids(lower: Int, upper: Int)
    }

    /// The words of a text: folded, split at anything not a letter or digit.
    static func key(_ text: String) -> String {
        VietnameseText.searchKey(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// The distinct words of a typed search.
    static func words(_ text: String) -> [String] {
        var seen = Set<String>()
        return key(text).split(separator: " ").map(String.init).filter { seen.insert($0).inserted }
    }

    /// The index terms every match within the subtree at `path` ("/26/480/") has: the words, tagged with the province
    /// when the subtree is within one, and the subtree's root when it is below the province.
    static func terms(_ words: [String], scopePath path: String) -> [String] {
        let ids = path.split(separator: "/")
        guard let province = ids.first else { return words }
        return words.map { province + L10n.Petitions.d + $0 } + (ids.count > 1 ? [L10n.Petitions.dv + ids.last!] : [])
    }

    static func create(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            // Contentless: the index alone, no copy of the text; deletable so a re-index can replace a row.
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE petition_search USING fts5(terms, content = '', contentless_delete = 1, detail = none, \
                tokenize = 'unicode61 remove_diacritics 0')
                """
            ).run()
        } else {
            try await sql.raw("CREATE TABLE petition_search (petition_id BIGINT PRIMARY KEY, terms TEXT[] NOT NULL)").run()
            try await sql.raw("CREATE INDEX idx_petition_search_terms ON petition_search USING GIN (terms)").run()
        }
    }

    /// Writes the index rows of the selected petitions in one statement, replacing what was there. The subject key is
    /// already words separated by single spaces (`key`), so tagging a word is a replace.
    static func refresh(_ selection: Selection, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let condition: SQLQueryString
        switch selection {
        case .all: condition = "1 = 1"
        case .petition(let id): condition = "p.id = \(bind: id)"
        case .unitsUnder(let path): condition = "u.path LIKE \(bind: path + "%")"
        case .units(let ids):
            guard !ids.isEmpty else { return }
            condition = "p.unit_id IN (\(binds: ids))"
        case .ids(let lower, let upper): condition = "p.id >= \(bind: lower) AND p.id < \(bind: upper)"
        }
        if sql.dialect.name == "sqlite" {
            try await sql.raw(
                """
                INSERT OR REPLACE INTO petition_search (rowid, terms)
                SELECT id, key || ' ' || province || 'đ' || replace(key, ' ', ' ' || province || 'đ') || ' đv' || replace(trim(path, '/'), '/', ' đv')
                FROM (SELECT p.id AS id, p.subject_key AS key, u.path AS path, substr(u.path, 2, instr(substr(u.path, 2), '/') - 1) AS province
                      FROM petitions p JOIN units u ON u.id = p.unit_id WHERE \(condition)) s
                """
            ).run()
        } else {
            try await sql.raw(
                """
                INSERT INTO petition_search (petition_id, terms)
                SELECT p.id, string_to_array(p.subject_key, ' ')
                  || ARRAY(SELECT split_part(u.path, '/', 2) || 'đ' || w FROM unnest(string_to_array(p.subject_key, ' ')) w)
                  || string_to_array('đv' || replace(btrim(u.path, '/'), '/', ' đv'), ' ')
                FROM petitions p JOIN units u ON u.id = p.unit_id WHERE \(condition)
                ON CONFLICT (petition_id) DO UPDATE SET terms = excluded.terms
                """
            ).run()
        }
        if case .all = selection, sql.dialect.name == "sqlite" {
            // One b-tree per term instead of the many segments a bulk load leaves: a page of matches reads 3× less.
            try await sql.raw("INSERT INTO petition_search (petition_search) VALUES ('optimize')").run()
        }
    }

    /// Rewrites the whole index from scratch: when most cases change terms (a national reorganisation moves every
    /// case's province), emptying and bulk-loading is several times faster than replacing row by row (on PostgreSQL
    /// each replaced row adds its terms to the GIN index again; the index is built once after the load instead).
    /// Outside a transaction each slice of `rebuildSlice` petitions commits on its own, so writers are not held up for
    /// the whole rebuild.
    static func rebuild(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let maxID = try await sql.count("SELECT COALESCE(MAX(id), 0) AS n FROM petitions")
        func loadSlices() async throws {
            for lower in stride(from: 0, through: maxID, by: rebuildSlice) {
                try await refresh(.ids(lower: lower, upper: lower + rebuildSlice), on: database)
            }
        }
        if sql.dialect.name == "sqlite" {
            try await sql.raw("INSERT INTO petition_search (petition_search) VALUES ('delete-all')").run()
            // No merging while loading: the segments are merged once at the end ('optimize').
            try await sql.raw("INSERT INTO petition_search (petition_search, rank) VALUES ('automerge', 0)").run()
            try await loadSlices()
            try await sql.raw("INSERT INTO petition_search (petition_search) VALUES ('optimize')").run()
            try await sql.raw("INSERT INTO petition_search (petition_search, rank) VALUES ('automerge', 4)").run()
        } else {
            try await sql.raw("DROP INDEX IF EXISTS idx_petition_search_terms").run()
            try await sql.raw("TRUNCATE petition_search").run()
            try await loadSlices()
            try await database.transaction { db in
                let sql = db as! any SQLDatabase
                // A GIN build flushes its pending lists whenever they fill maintenance_work_mem (64 MB by default); for
                // the national index (2,000,000 petitions) the build took 46 s with the default.
                try await sql.raw("SET LOCAL maintenance_work_mem = '1GB'").run()
                try await sql.raw("CREATE INDEX idx_petition_search_terms ON petition_search USING GIN (terms)").run()
            }
        }
    }

    static let rebuildSlice = 250_000

    // MARK: Behind the petitions

    static let staleTable = "petition_search_stale"

    /// Whether the index holds every petition as it is now (no rebuild pending).
    static func isCurrent(on database: any Database) async throws -> Bool {
        try await (database as! any SQLDatabase).count("SELECT COUNT(*) AS n FROM petition_search_stale") == 0
    }

    /// Marks the index as behind, in the caller's transaction: searches read the petitions until `catchUp` ends.
    static func markStale(since: Date, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DELETE FROM petition_search_stale").run()
        try await sql.raw("INSERT INTO petition_search_stale (id, since) VALUES (1, \(bind: since.ISO8601Format()))").run()
    }

    /// Rebuilds the index if it is marked behind, then lifts the mark; returns whether it rebuilt.
    @discardableResult
    static func catchUp(on database: any Database) async throws -> Bool {
        guard try await !isCurrent(on: database) else { return false }
        try await rebuild(on: database)
        try await (database as! any SQLDatabase).raw("DELETE FROM petition_search_stale").run()
        return true
    }

    /// A page of matches, newest entered first, and their number, in one pass over the index (PostgreSQL reads each
    /// match's row once instead of twice).
    static func page(_ words: [String], scopePath: String, limit: Int, offset: Int, on database: any Database) async throws -> (
        ids: [Int], total: Int
    ) {
        let sql = database as! any SQLDatabase
        struct Match: Decodable {
            let id: Int
            let total: Int
        }
        let matches = try await sql.raw(
            """
            SELECT id, COUNT(*) OVER () AS total FROM (\(matchingIDs(words, scopePath: scopePath, on: database))) m ORDER BY id DESC \
            LIMIT \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))
            """
        ).all(decoding: Match.self)
        if let first = matches.first { return (matches.map(\.id), first.total) }
        guard offset > 0 else { return ([], 0) }
        // Past the last page: no row carries the number, so count.
        return ([], try await sql.count("SELECT COUNT(*) AS n FROM (\(matchingIDs(words, scopePath: scopePath, on: database))) m"))
    }

    /// The same matches as the index's, read from the subjects themselves: every word, whole (the subject key is words
    /// separated by single spaces).
    static func subjectHas(_ words: [String]) -> SQLQueryString {
        words.map { word -> SQLQueryString in "(' ' || subject_key || ' ') LIKE \(bind: "% " + word + " %")" }
            .joined(separator: " AND ")
    }

    /// The ids of the matches, as a statement to nest.
    static func matchingIDs(_ words: [String], scopePath: String, on database: any Database) -> SQLQueryString {
        let terms = terms(words, scopePath: scopePath)
        if (database as! any SQLDatabase).dialect.name == "sqlite" {
            // Each term quoted, so no typed word is read as FTS5 syntax.
            let query = terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
            return "SELECT rowid AS id FROM petition_search WHERE petition_search MATCH \(bind: query)"
        }
        return "SELECT petition_id AS id FROM petition_search WHERE terms @> CAST(\(bind: terms) AS TEXT[])"
    }
}
