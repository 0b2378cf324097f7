import DanVanCore
import Fluent
import SQLKit

/// Nhiệm vụ được phân công — one page of a subtree's assignments for the work list, in two statements: the count on the
/// assignments table alone, and the page's ids sorted and limited on the index `(unit_id, due_on, status, id)` before
/// joining the assignment, unit, plan and task for the few columns the list shows. Loading three related models per row
/// cost more than the query; reading every overdue assignment of a province to sort them took PostgreSQL 5.5 ms, the
/// index alone 2.4 ms (BENCHMARKS.md).
enum AssignmentWorkList {
    struct Filter: Sendable {
        var scopePath: String
        var planID: Int?
        var status: AssignmentStatus?
        /// `qua-han` (overdue) or `sap-den-han` (due within 14 days); anything else: every due date.
        var due: String
        var today: CivilDate
    }

    struct Row: Decodable, Sendable {
        let id: Int
        let role: String
        let status: String
        let progress: Int
        let dueOn: String?
        let unitName: String
        let planNumber: String?
        let planTitle: String
        let taskText: String

        var assignmentStatus: AssignmentStatus { AssignmentStatus(rawValue: status) ?? .notStarted }
        var assignmentRole: TaskAssignment.Role { TaskAssignment.Role(rawValue: role) ?? .lead }

        func isOverdue(today: String) -> Bool {
            assignmentStatus.isOverdue(dueOn: dueOn, today: today)
        }
    }

    static func page(_ filter: Filter, page: PageParams, on db: any Database) async throws -> (rows: [Row], metadata: PageMetadata) {
        let sql = db as! any SQLDatabase
        let conditions = whereClause(filter)
        let total = try await sql.count("SELECT COUNT(*) AS n FROM assignments a WHERE \(conditions)")
        // As people read a work list: overdue first, then by due date, assignments without a due date last (SQLite
        // alone would put them first). The same order as AssignmentStatus.isOverdue.
        let order: SQLQueryString = """
            (CASE WHEN \(overdue(today: filter.today)) THEN 0 ELSE 1 END), \
            (CASE WHEN a.due_on IS NULL THEN 1 ELSE 0 END), a.due_on, a.id
            """
        let rows = try await sql.raw(
            """
            SELECT a.id AS id, a.role AS role, a.status AS status, a.progress AS progress, a.due_on AS "dueOn", \
            u.name AS "unitName", p.number AS "planNumber", p.title AS "planTitle", t.text AS "taskText" \
            FROM (SELECT a.id FROM assignments a WHERE \(conditions) \
            ORDER BY \(order) LIMIT \(bind: page.per) OFFSET \(bind: page.offset)) k \
            JOIN assignments a ON a.id = k.id JOIN units u ON u.id = a.unit_id JOIN plans p ON p.id = a.plan_id JOIN tasks t ON t.id = a.task_id \
            ORDER BY \(order)
            """
        ).all(decoding: Row.self)
        return (rows, PageMetadata(page: page.page, per: page.per, total: total))
    }

    /// Overdue in SQL, as `AssignmentStatus.isOverdue` says it: not done and past its due date (alias `a`).
    static func overdue(today: CivilDate) -> SQLQueryString {
        "a.status <> \(bind: AssignmentStatus.done.rawValue) AND a.due_on < \(bind: today.iso)"
    }

    /// The filters on the assignments table (alias `a`), the subtree through the units' materialized path.
    private static func whereClause(_ filter: Filter) -> SQLQueryString {
        var parts: [SQLQueryString] = ["a.unit_id IN (SELECT id FROM units WHERE path LIKE \(bind: filter.scopePath + "%"))"]
        if let planID = filter.planID { parts.append("a.plan_id = \(bind: planID)") }
        if let status = filter.status { parts.append("a.status = \(bind: status.rawValue)") }
        let done = AssignmentStatus.done.rawValue
        switch filter.due {
        case "qua-han":
            parts.append(overdue(today: filter.today))
        case "sap-den-han":
            parts.append(
                """
                a.status <> \(bind: done) AND a.due_on >= \(bind: filter.today.iso) AND a.due_on <=\
                 \(bind: filter.today.adding(days: DueSoon.days).iso)
                """
            )
        default:
            break
        }
        return parts.dropFirst().reduce(parts[0]) { $0 + " AND " + $1 }
    }
}
