import DanVanCore
import Fluent
import SQLKit

/// The unsubmitted report requests whose due date lies in the ladder's window, in one query.
enum ReminderCandidates {
    struct Row: Decodable, Sendable {
        let id: Int
        let unitID: Int
        let receiverID: Int
        let dueOn: String
        let periodLabel: String
        let unitName: String
    }

    /// Still expected from the unit: not yet sent, being drafted, or returned for correction.
    static let openStatuses: [ReportStatus] = [.pending, .draft, .returned]

    static func load(today: CivilDate, on sql: any SQLDatabase) async throws -> [Row] {
        let window = ReminderLadder.dueWindow(today: today)
        let r = ReportRequest.schema
        return try await sql.select()
            .column(SQLColumn("id", table: r), as: "id")
            .column(SQLColumn("unit_id", table: r), as: "unitID")
            .column(SQLColumn("receiver_unit_id", table: r), as: "receiverID")
            .column(SQLColumn("due_on", table: r), as: "dueOn")
            .column(SQLColumn("period_label", table: r), as: "periodLabel")
            .column(SQLColumn("name", table: OrgUnit.schema), as: "unitName")
            .from(r)
            .join(OrgUnit.schema, on: SQLColumn("unit_id", table: r), .equal, SQLColumn("id", table: OrgUnit.schema))
            .where(SQLColumn("due_on", table: r), .greaterThanOrEqual, SQLBind(window.lowerBound.iso))
            .where(SQLColumn("due_on", table: r), .lessThanOrEqual, SQLBind(window.upperBound.iso))
            .where(SQLColumn("status", table: r), .in, SQLBind.group(openStatuses.map(\.rawValue)))
            .all(decoding: Row.self)
    }
}
