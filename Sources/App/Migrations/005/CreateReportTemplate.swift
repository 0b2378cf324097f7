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
        try await DefaultReportTemplate.indicators.enumerated().map { position, definition in
            let indicator = ReportIndicator()
            indicator.$template.id = template.id!
            indicator.position = position + 1
            indicator.code = definition.code
            indicator.name = definition.name
            indicator.unitOfMeasure = definition.unitOfMeasure
            indicator.aggregation = definition.aggregation.rawValue
            indicator.numerator = definition.numerator
            indicator.denominator = definition.denominator
            indicator.notAbove = definition.notAbove
            indicator.target = definition.target
            return indicator
        }.create(on: database)
        try await DefaultReportTemplate.sections.enumerated().map { position, item in
            let section = ReportSection()
            section.$template.id = template.id!
            section.position = position + 1
            section.title = item.title
            section.guidance = item.guidance
            return section
        }.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportSection.schema).delete()
        try await database.schema(ReportIndicator.schema).delete()
        try await database.schema(ReportTemplate.schema).delete()
    }
}
