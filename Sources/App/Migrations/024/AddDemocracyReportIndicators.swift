import Fluent
import SQLKit

/// 024: the grassroots-democracy indicators of the default periodic report template (issue 17, item 7). A database made
/// before them gets them appended to the default template (the first one of that name; copies are their owners'); a
/// fresh one already has them from 005, and nothing is added twice.
///
/// Frozen (issue 11, item 2): SQLKit instead of the live models; the indicators are the eight `dccs_…` rows of 005's
/// frozen copy of the core's default template (`CreateReportTemplate.indicators`, the core's
/// `DefaultReportTemplate.democracy` when frozen), so a later change to the core's list cannot change what this adds.
struct AddDemocracyReportIndicators: AsyncMigration {
    static let codes = [
        "dccs_cong_khai", "dccs_cong_khai_dung_han", "dccs_ty_le_dung_han", "dccs_bieu_quyet", "dccs_lay_y_kien", "dccs_y_kien",
        "dccs_kien_nghi", "dccs_kien_nghi_dung_han"
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard
            let template = try await sql.select().column("id").from("report_templates")
                .where("name", .equal, CreateReportTemplate.name).orderBy("id").limit(1).first()
        else { return }
        let templateID = try template.decode(column: "id", as: Int.self)
        let existing = try await sql.select().columns("code", "position").from("report_indicators")
            .where("template_id", .equal, templateID).all()
        let codes = Set(try existing.map { try $0.decode(column: "code", as: String.self) })
        var position = try existing.map { try $0.decode(column: "position", as: Int.self) }.max() ?? 0
        let democracy = Self.codes.compactMap { code in CreateReportTemplate.indicators.first { $0.code == code } }
        var insert = sql.insert(into: "report_indicators")
            .columns("template_id", "position", "code", "name", "unit_of_measure", "aggregation", "numerator", "denominator", "not_above", "target")
        var added = 0
        for indicator in democracy where !codes.contains(indicator.code) {
            position += 1
            added += 1
            insert = insert.values(
                SQLBind(templateID), SQLBind(position), SQLBind(indicator.code), SQLBind(indicator.name), SQLBind(indicator.unitOfMeasure),
                SQLBind(indicator.aggregation), SQLBind(indicator.numerator), SQLBind(indicator.denominator), SQLBind(indicator.notAbove),
                SQLBind(indicator.target))
        }
        if added > 0 { try await insert.run() }
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).delete(from: "report_indicators").where("code", .in, SQLBind.group(Self.codes)).run()
    }
}
