import Fluent

/// Report requests and their versions: figures, narrative sections and attached files.
struct CreateReportRequest: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("report_requests")
            .field(.id, .int, .identifier(auto: true))
            .field("schedule_id", .int, .required, .references("report_schedules", .id, onDelete: .cascade))
            .field("unit_id", .int, .required, .references("units", .id))
            .field("receiver_unit_id", .int, .required, .references("units", .id))
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
        try await database.createIndex(on: "report_requests", "unit_id", "due_on")
        try await database.createIndex(on: "report_requests", "receiver_unit_id", "status")
        try await database.createIndex(on: "report_requests", "due_on", "status")

        try await database.schema("report_versions")
            .field(.id, .int, .identifier(auto: true))
            .field("request_id", .int, .required, .references("report_requests", .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("state", .string, .required)
            .field("author_id", .int, .references("users", .id, onDelete: .setNull))
            .field("updated_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .field("reviewer_id", .int, .references("users", .id, onDelete: .setNull))
            .field("reviewed_at", .datetime)
            .field("review_note", .string)
            .field("consolidated", .bool, .required)
            .unique(on: "request_id", "number")
            .create()
        try await database.createIndex(on: "report_versions", "state", "request_id")

        try await database.schema("report_values")
            .field(.id, .int, .identifier(auto: true))
            .field("version_id", .int, .required, .references("report_versions", .id, onDelete: .cascade))
            .field("indicator_id", .int, .required, .references("report_indicators", .id))
            .field("value", .double, .required)
            .unique(on: "version_id", "indicator_id")
            .create()
        try await database.schema("report_texts")
            .field(.id, .int, .identifier(auto: true))
            .field("version_id", .int, .required, .references("report_versions", .id, onDelete: .cascade))
            .field("section_id", .int, .required, .references("report_sections", .id))
            .field("text", .string, .required)
            .unique(on: "version_id", "section_id")
            .create()
        try await database.schema("report_attachments")
            .field(.id, .int, .identifier(auto: true))
            .field("version_id", .int, .required, .references("report_versions", .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("hash", .string, .required)
            .field("size", .int, .required)
            .create()
        try await database.createIndex(on: "report_attachments", "version_id")
    }

    func revert(on database: any Database) async throws {
        for schema in ["report_attachments", "report_texts", "report_values", "report_versions", "report_requests"] {
            try await database.schema(schema).delete()
        }
    }
}
