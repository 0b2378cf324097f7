import Fluent

/// 022: members of the People's Inspection Board and the Community Investment Supervision Board (issue 17, item 5).
struct CreateBoardMember: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("board_members")
            .field(.id, .int, .identifier(auto: true))
            .field("commune_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("board", .string, .required)
            .field("full_name", .string, .required)
            .field("hamlet_id", .int, .references("units", .id, onDelete: .restrict))
            .field("role", .string, .required)
            .field("elected_at", .string, .required)
            .field("term_from", .string, .required)
            .field("term_until", .string, .required)
            .field("ended_on", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "board_members", "commune_id", "board")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("board_members").delete()
    }
}
