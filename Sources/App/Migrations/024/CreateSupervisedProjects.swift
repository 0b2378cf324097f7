import Fluent

/// 024: investment projects followed by the Community Investment Supervision Board, with their progress updates and
/// the board's findings (issue 17, item 5).
struct CreateSupervisedProjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("supervised_projects")
            .field(.id, .int, .identifier(auto: true))
            .field("commune_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("name", .string, .required)
            .field("investor", .string, .required)
            .field("budget", .int64, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "supervised_projects", "commune_id")
        try await database.schema("supervised_project_updates")
            .field(.id, .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("supervised_projects", .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("on_date", .string, .required)
            .field("percent", .int)
            .field("note", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "supervised_project_updates", "project_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("supervised_project_updates").delete()
        try await database.schema("supervised_projects").delete()
    }
}
