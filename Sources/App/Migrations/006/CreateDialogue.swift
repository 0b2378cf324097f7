import Fluent
import SQLKit

/// Dialogues become their own records; sessions that were marked `is_dialogue` move over in one set-based copy
/// (host → chaired by, citizens → participants, decision → outcome), and leave the reception sessions.
struct CreateDialogue: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dialogues")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("held_on", .string, .required)
            .field("chaired_by", .string, .required)
            .field("participants", .string, .required)
            .field("people_count", .int, .required)
            .field("subject", .string, .required)
            .field("petition_id", .int, .references("petitions", .id, onDelete: .restrict))
            .field("outcome", .string, .required)
            .field("follow_up", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "dialogues", "unit_id", "held_on")
        try await database.createIndex(on: "dialogues", "petition_id")
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            """
            INSERT INTO dialogues (unit_id, held_on, chaired_by, participants, people_count, subject, outcome, follow_up, created_by, created_at)
            SELECT unit_id, held_on, host, citizens, people_count, subject, decision, '', created_by, created_at
            FROM reception_sessions WHERE is_dialogue = \(bind: true)
            """
        ).run()
        try await sql.raw("DELETE FROM reception_sessions WHERE is_dialogue = \(bind: true)").run()
    }

    /// Puts the dialogues back as sessions marked `is_dialogue`, so nothing recorded is lost.
    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw(
                """
                INSERT INTO reception_sessions (unit_id, held_on, host, citizens, people_count, subject, decision, is_dialogue, created_by,\
                 created_at)
                SELECT unit_id, held_on, chaired_by, participants, people_count, subject, outcome, CAST(\(bind: true) AS BOOLEAN), created_by,\
                 created_at FROM dialogues
                """
            ).run()
        }
        try await database.schema("dialogues").delete()
    }
}
