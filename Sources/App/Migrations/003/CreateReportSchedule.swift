import Fluent

struct CreateReportSchedule: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("report_schedules")
            .field(.id, .int, .identifier(auto: true))
            .field("plan_id", .int, .required, .references("plans", .id, onDelete: .cascade))
            .field("period", .string, .required)
            .field("due_rule", .string)
            .field("due_text", .string, .required)
            .field("reporters", .string, .required)
            .field("receiver", .string, .required)
            .create()
        try await database.createIndex(on: "report_schedules", "plan_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("report_schedules").delete()
    }
}
