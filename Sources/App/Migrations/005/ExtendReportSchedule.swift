import Fluent

/// A regime gets a template, a receiving unit, a cut-off day and a day-off policy, and its reporting units as rows.
/// New columns carry no foreign-key constraint: SQLite cannot add one to an existing table.
///
/// Frozen (issue 11, item 2): the defaults are the values the live rules had when this migration was frozen, written
/// here as literals — the cut-off day 15 (`ReportCalendar.defaultCutoffDay`) and the day-off policy "next"
/// (`DayOffPolicy.next`) — so changing a rule's default later cannot change the columns this migration made.
struct ExtendReportSchedule: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per ALTER TABLE: SQLite adds a single column per statement.
        try await database.schema("report_schedules").field("template_id", .int).update()
        try await database.schema("report_schedules").field("receiver_unit_id", .int).update()
        try await database.schema("report_schedules")
            .field("cutoff_day", .int, .required, .sql(.default(15))).update()
        try await database.schema("report_schedules")
            .field("day_off_policy", .string, .required, .sql(.default("next"))).update()
        try await database.schema("report_schedule_reporters")
            .field(.id, .int, .identifier(auto: true))
            .field("schedule_id", .int, .required, .references("report_schedules", .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references("units", .id))
            .unique(on: "schedule_id", "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("report_schedule_reporters").delete()
        for column in ["template_id", "receiver_unit_id", "cutoff_day", "day_off_policy"] {
            try await database.schema("report_schedules").deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
