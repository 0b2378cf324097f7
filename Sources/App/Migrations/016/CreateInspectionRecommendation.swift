import Fluent

/// 016: recommendations of the People's Inspection Board and the Community Investment Supervision Board (issue 17, item 5).
struct CreateInspectionRecommendation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inspection_recommendations")
            .field(.id, .int, .identifier(auto: true))
            .field("commune_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("board", .string, .required)
            .field("received_on", .string, .required)
            .field("content", .string, .required)
            .field("due_on", .string, .required)
            .field("answer", .string)
            .field("answered_on", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "inspection_recommendations", "commune_id", "received_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inspection_recommendations").delete()
    }
}
