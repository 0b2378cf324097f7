import Fluent
import SQLKit

/// The petition word index (see `PetitionSearchIndex`), filled from the petitions already stored, whose subject keys
/// first become words only. The subject key's own index goes: a search no longer reads it.
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
                let key = PetitionSearchIndex.key(row.subject)
                if key != row.subject_key { try await sql.raw("UPDATE petitions SET subject_key = \(bind: key) WHERE id = \(bind: row.id)").run() }
            }
        }
        try await sql.raw("DROP INDEX IF EXISTS idx_petitions_subject_key").run()
        try await PetitionSearchIndex.create(on: database)
        try await PetitionSearchIndex.refresh(.all, on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PetitionSearchIndex.table).delete()
        try await database.createIndex(on: "petitions", "subject_key")
    }
}
