import Fluent

/// Report requests and their versions: figures, narrative sections and attached files.
struct CreateReportRequest: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReportRequest.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("schedule_id", .int, .required, .references(ReportSchedule.schema, .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references(OrgUnit.schema, .id))
            .field("receiver_unit_id", .int, .required, .references(OrgUnit.schema, .id))
            .field("period_key", .string, .required)
            .field("period_label", .string, .required)
            .field("cutoff_start", .string, .required)
            .field("cutoff_end", .string, .required)
            .field("due_on", .string, .required)
            .field("note", .string)
            .field("status", .string, .required)
            .field("submitted_on", .string)
            .field("late", .bool)
            .field("updated_at", .datetime)
            .unique(on: "schedule_id", "unit_id", "period_key")
            .create()
        try await database.createIndex(on: ReportRequest.schema, "unit_id", "due_on")
        try await database.createIndex(on: ReportRequest.schema, "receiver_unit_id", "status")
        try await database.createIndex(on: ReportRequest.schema, "due_on", "status")

        try await database.schema(ReportVersion.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("request_id", .int, .required, .references(ReportRequest.schema, .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("state", .string, .required)
            .field("author_id", .int, .references(User.schema, .id, onDelete: .setNull))
            .field("updated_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .field("reviewer_id", .int, .references(User.schema, .id, onDelete: .setNull))
            .field("reviewed_at", .datetime)
            .field("review_note", .string)
            .field("consolidated", .bool, .required)
            .unique(on: "request_id", "number")
            .create()
        try await database.createIndex(on: ReportVersion.schema, "state", "request_id")

        try await database.schema(ReportValue.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("version_id", .int, .required, .references(ReportVersion.schema, .id, onDelete: .cascade))
            .field("indicator_id", .int, .required, .references(ReportIndicator.schema, .id))
            .field("value", .double, .required)
            .unique(on: "version_id", "indicator_id")
            .create()
        try await database.schema(ReportText.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("version_id", .int, .required, .references(ReportVersion.schema, .id, onDelete: .cascade))
            .field("section_id", .int, .required, .references(ReportSection.schema, .id))
            .field("text", .string, .required)
            .unique(on: "version_id", "section_id")
            .create()
        try await database.schema(ReportAttachment.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("version_id", .int, .required, .references(ReportVersion.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("hash", .string, .required)
            .field("size", .int, .required)
            .create()
        try await database.createIndex(on: ReportAttachment.schema, "version_id")
    }

    func revert(on database: any Database) async throws {
        for schema in [ReportAttachment.schema, ReportText.schema, ReportValue.schema, ReportVersion.schema, ReportRequest.schema] {
            try await database.schema(schema).delete()
        }
    }
}
