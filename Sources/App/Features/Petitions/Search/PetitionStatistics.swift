import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Thống kê đơn thư — the periodic report's figures for a subtree and period, from one grouped query.
enum PetitionStatistics {
    /// One group's figures: received, within competence, accepted, resolved, resolved on time, overdue now.
    struct Figures: Sendable, Equatable {
        var received = 0, inCompetence = 0, accepted = 0, resolved = 0, onTime = 0, overdue = 0

        static func + (a: Figures, b: Figures) -> Figures {
            Figures(
                received: a.received + b.received, inCompetence: a.inCompetence + b.inCompetence, accepted: a.accepted + b.accepted,
                resolved: a.resolved + b.resolved, onTime: a.onTime + b.onTime, overdue: a.overdue + b.overdue)
        }
    }

    struct Report: Sendable {
        var total = Figures()
        var byKind: [(PetitionKind, Figures)] = []
        var byField: [(String, Figures)] = []
        /// Labels of the field codes, retired ones included.
        var fields = FieldList(all: [])
    }

    /// Counted with aggregate filters rather than SUM(CASE …): a fifth less work per row (19 → 15 ms over a province's
    /// year on SQLite). The subtree as `unit_id IN (SELECT …)`: joined to units, SQLite read a fifth of the country's petitions through the
    /// date index to count one province's year (1.7 s over 2,000,000 cases; 0.13 s through the per-unit index).
    static func report(scopePath: String, from: CivilDate, to: CivilDate, today: CivilDate, on db: any Database) async throws -> Report {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT p.kind AS kind, p.field AS field, COUNT(*) AS received,
              COUNT(*) FILTER (WHERE p.in_competence) AS in_competence,
              COUNT(p.accepted_on) AS accepted,
              COUNT(p.resolved_on) AS resolved,
              COUNT(*) FILTER (WHERE p.resolved_on <= p.resolve_due) AS on_time,
              COUNT(*) FILTER (WHERE p.due_on < CAST(\(bind: today.iso) AS TEXT)) AS overdue
            FROM petitions p
            WHERE p.unit_id IN (SELECT id FROM units WHERE path LIKE CAST(\(bind: scopePath + "%") AS TEXT))
              AND p.received_on >= CAST(\(bind: from.iso) AS TEXT) AND p.received_on <= CAST(\(bind: to.iso) AS TEXT)
            GROUP BY p.kind, p.field
            """
        ).all()
        var kinds: [PetitionKind: Figures] = [:]
        var fields: [String: Figures] = [:]
        var report = Report()
        for row in rows {
            let figures = Figures(
                received: try int(row, "received"), inCompetence: try int(row, "in_competence"), accepted: try int(row, "accepted"),
                resolved: try int(row, "resolved"), onTime: try int(row, "on_time"), overdue: try int(row, "overdue"))
            let kind = PetitionKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .feedback
            let field = try row.decode(column: "field", as: String.self)
            kinds[kind, default: Figures()] = kinds[kind, default: Figures()] + figures
            fields[field, default: Figures()] = fields[field, default: Figures()] + figures
            report.total = report.total + figures
        }
        report.byKind = PetitionKind.allCases.compactMap { kind in kinds[kind].map { (kind, $0) } }
        report.fields = try await PetitionRuleStore.fields(on: db)
        report.byField =
            report.fields.all.compactMap { field in fields[field.code].map { (field.code, $0) } }
            + fields.filter { code, _ in !report.fields.all.contains { $0.code == code } }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return report
    }

    /// SQLite returns integers, PostgreSQL bigint for COUNT and SUM.
    private static func int(_ row: any SQLRow, _ column: String) throws -> Int {
        if let value = try? row.decode(column: column, as: Int.self) { return value }
        return Int(try row.decode(column: column, as: Int64?.self) ?? 0)
    }

    static let headers = [
        L10n.Petitions.nhom, L10n.Petitions.tiepNhan, L10n.Petitions.thuocThamQuyen, L10n.Petitions.daThuLy, L10n.Petitions.daGiaiQuyet,
        L10n.Petitions.giaiQuyetDungHan, L10n.Petitions.dangQuaHan
    ]

    static func cells(_ figures: Figures) -> [Int] {
        [figures.received, figures.inCompetence, figures.accepted, figures.resolved, figures.onTime, figures.overdue]
    }

    /// The report as rows: total, then by kind, then by field.
    static func table(_ report: Report) -> [(String, [Int])] {
        [(L10n.Petitions.tongSo, cells(report.total))]
            + report.byKind.map { (L10n.Petitions.loaiLabel + $0.0.label, cells($0.1)) }
            + report.byField.map { (L10n.Petitions.linhVucLabel + report.fields.label(for: $0.0), cells($0.1)) }
    }
}
