import DanVanCore
import Fluent

/// Report templates with their indicators and sections, seeded with the dân vận chính quyền default.
struct CreateReportTemplate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ReportTemplate.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("name", .string, .required)
            .create()
        try await database.schema(ReportIndicator.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("template_id", .int, .required, .references(ReportTemplate.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("unit_of_measure", .string, .required)
            .field("aggregation", .string, .required)
            .field("numerator", .string)
            .field("denominator", .string)
            .field("not_above", .string)
            .field("target", .double)
            .unique(on: "template_id", "code")
            .create()
        try await database.schema(ReportSection.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("template_id", .int, .required, .references(ReportTemplate.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("guidance", .string, .required)
            .create()

        let template = ReportTemplate(name: DefaultReportTemplate.name)
        try await template.create(on: database)
        try await DefaultReportTemplate.indicators.enumerated()
            .map { ReportIndicator(templateID: template.id!, position: $0.offset + 1, definition: $0.element) }.create(on: database)
        try await DefaultReportTemplate.sections.enumerated()
            .map { ReportSection(templateID: template.id!, position: $0.offset + 1, title: $0.element.title, guidance: $0.element.guidance) }
            .create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportSection.schema).delete()
        try await database.schema(ReportIndicator.schema).delete()
        try await database.schema(ReportTemplate.schema).delete()
    }
}
