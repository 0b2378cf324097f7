import Fluent
import Foundation
import SQLKit

/// The petition word index (see `PetitionSearchIndex`), filled from the petitions already stored, whose subject keys
/// first become words only. The subject key's own index goes: a search no longer reads it.
///
/// Frozen (issue 11, item 2): this carries copies of what it used from live code when it was frozen, so a later change
/// there cannot change what it does: the subject key (`PetitionSearchIndex.key` over the core's
/// `VietnameseText.searchKey`, with its fold table), the index's tables (`PetitionSearchIndex.create`) and its filling
/// for every petition (`PetitionSearchIndex.refresh(.all)`), each dialect's SQL as it was.
struct CreatePetitionSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        struct Stored: Decodable {
            let id: Int
            let subject: String
            let subject_key: String
        }
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            for row in try await sql.raw("SELECT id, subject, subject_key FROM petitions").all(decoding: Stored.self) {
                let key = Self.key(row.subject)
                if key != row.subject_key { try await sql.raw("UPDATE petitions SET subject_key = \(bind: key) WHERE id = \(bind: row.id)").run() }
            }
        }
        try await sql.raw("DROP INDEX IF EXISTS idx_petitions_subject_key").run()
        if sql.dialect.name == "sqlite" {
            // Contentless: the index alone, no copy of the text; deletable so a re-index can replace a row.
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE petition_search USING fts5(terms, content = '', contentless_delete = 1, detail = none, \
                tokenize = 'unicode61 remove_diacritics 0')
                """
            ).run()
            // Each petition's words, the words tagged with its province ("26đboi") and one token per unit on its path.
            try await sql.raw(
                """
                INSERT OR REPLACE INTO petition_search (rowid, terms)
                SELECT id, key || ' ' || province || 'đ' || replace(key, ' ', ' ' || province || 'đ') || ' đv' || replace(trim(path, '/'), '/', ' đv')
                FROM (SELECT p.id AS id, p.subject_key AS key, u.path AS path, substr(u.path, 2, instr(substr(u.path, 2), '/') - 1) AS province
                      FROM petitions p JOIN units u ON u.id = p.unit_id WHERE 1 = 1) s
                """
            ).run()
            try await sql.raw("INSERT INTO petition_search (petition_search) VALUES ('optimize')").run()
        } else {
            try await sql.raw("CREATE TABLE petition_search (petition_id BIGINT PRIMARY KEY, terms TEXT[] NOT NULL)").run()
            try await sql.raw("CREATE INDEX idx_petition_search_terms ON petition_search USING GIN (terms)").run()
            try await sql.raw(
                """
                INSERT INTO petition_search (petition_id, terms)
                SELECT p.id, string_to_array(p.subject_key, ' ')
                  || ARRAY(SELECT split_part(u.path, '/', 2) || 'đ' || w FROM unnest(string_to_array(p.subject_key, ' ')) w)
                  || string_to_array('đv' || replace(btrim(u.path, '/'), '/', ' đv'), ' ')
                FROM petitions p JOIN units u ON u.id = p.unit_id WHERE 1 = 1
                ON CONFLICT (petition_id) DO UPDATE SET terms = excluded.terms
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("petition_search").delete()
        try await database.createIndex(on: "petitions", "subject_key")
    }

    /// The words of a text: folded (lowercase, diacritics removed, đ→d), split at anything not a letter or digit.
    static func key(_ text: String) -> String {
        fold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    private static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                scalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if let folded = foldTable[value] {
                if folded != 0 { scalars.append(Unicode.Scalar(folded)!) }
            } else {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// Scalar → folded ASCII letter for the Latin blocks Vietnamese uses; 0 marks a combining mark to drop.
    private static let foldTable: [UInt32: UInt32] = {
        var map: [UInt32: UInt32] = [:]
        for value in UInt32(0x0300)...0x036F { map[value] = 0 }
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                let lower = base.properties.lowercaseMapping.unicodeScalars.first!
                if lower.value < 0x80 { map[value] = lower.value }
            }
        }
        map[0x0110] = 0x64  // Đ
        map[0x0111] = 0x64  // đ
        return map
    }()
}
