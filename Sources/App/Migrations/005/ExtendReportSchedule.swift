import DanVanCore
import Fluent

/// A regime gets a template, a receiving unit, a cut-off day and a day-off policy, and its reporting units as rows.
/// New columns carry no foreign-key constraint: SQLite cannot add one to an existing table.
struct ExtendReportSchedule: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per ALTER TABLE: SQLite adds a single column per statement.
        try await database.schema(ReportSchedule.schema).field("template_id", .int).update()
        try await database.schema(ReportSchedule.schema).field("receiver_unit_id", .int).update()
        try await database.schema(ReportSchedule.schema)
            .field("cutoff_day", .int, .required, .sql(.default(ReportCalendar.defaultCutoffDay))).update()
        try await database.schema(ReportSchedule.schema)
            .field("day_off_policy", .string, .required, .sql(.default(DayOffPolicy.next.rawValue))).update()
        try await database.schema(ReportScheduleReporter.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("schedule_id", .int, .required, .references(ReportSchedule.schema, .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references(OrgUnit.schema, .id))
            .unique(on: "schedule_id", "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportScheduleReporter.schema).delete()
        for column in ["template_id", "receiver_unit_id", "cutoff_day", "day_off_policy"] {
            try await database.schema(ReportSchedule.schema).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
