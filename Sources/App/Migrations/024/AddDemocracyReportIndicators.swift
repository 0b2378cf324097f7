import DanVanCore
import Fluent

/// 024: the grassroots-democracy indicators of the default periodic report template (issue 17, item 7). A database made
/// before them gets them appended to the default template (the first one of that name; copies are their owners'); a
/// fresh one already has them from 005, and nothing is added twice.
struct AddDemocracyReportIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let template = try await ReportTemplate.query(on: database).filter(\.$name == DefaultReportTemplate.name).sort(\.$id).first() else {
            return
        }
        let existing = try await ReportIndicator.query(on: database).filter(\.$template.$id == template.id!).all()
        let codes = Set(existing.map(\.code))
        var position = existing.map(\.position).max() ?? 0
        var added: [ReportIndicator] = []
        for definition in DefaultReportTemplate.democracy where !codes.contains(definition.code) {
            position += 1
            added.append(ReportIndicator(templateID: template.id!, position: position, definition: definition))
        }
        if !added.isEmpty { try await added.create(on: database) }
    }

    func revert(on database: any Database) async throws {
        try await ReportIndicator.query(on: database).filter(\.$code ~~ DefaultReportTemplate.democracy.map(\.code)).delete()
    }
}
