import Fluent

/// 024: investment projects followed by the Community Investment Supervision Board, with their progress updates and
/// the board's findings (issue 17, item 5).
struct CreateSupervisedProjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SupervisedProject.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("commune_id", .int, .required, .references(OrgUnit.schema, .id, onDelete: .restrict))
            .field("name", .string, .required)
            .field("investor", .string, .required)
            .field("budget", .int64, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: SupervisedProject.schema, "commune_id")
        try await database.schema(ProjectUpdate.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references(SupervisedProject.schema, .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("on_date", .string, .required)
            .field("percent", .int)
            .field("note", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: ProjectUpdate.schema, "project_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProjectUpdate.schema).delete()
        try await database.schema(SupervisedProject.schema).delete()
    }
}
