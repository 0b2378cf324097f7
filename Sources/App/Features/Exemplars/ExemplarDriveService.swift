import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Đợt đăng ký: a drive asks units to register models by a deadline; the drive's page shows who has not.
enum ExemplarDriveService {
    /// Whether the drive asks `unit` (or a unit above it: a hamlet answers for its commune).
    static func asks(_ drive: ExemplarDrive, unit: OrgUnit, on db: any Database) async throws -> Bool {
        let sql = db as! any SQLDatabase
        struct Count: Decodable { let n: Int }
        let row = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM exemplar_drive_units t JOIN units u ON u.id = t.unit_id \
            WHERE t.drive_id = \(bind: drive.id!) AND \(bind: unit.path) LIKE u.path || '%'
            """
        ).first(decoding: Count.self)
        return (row?.n ?? 0) > 0
    }

    /// Which units a drive asks.
    enum Targets: String, CaseIterable, Sendable {
        case communes = "xa"
        case agencies = "co_quan"
        case both = "ca_hai"

        var label: String {
            switch self {
            case .communes: return L10n.Exemplars.cacXaPhuongThiTran
            case .agencies: return L10n.Exemplars.cacCoQuanChuyenMon
            case .both: return L10n.Exemplars.cacXaPhuongVaCacCo
            }
        }

        var kinds: [UnitKind] {
            switch self {
            case .communes: return [.commune]
            case .agencies: return [.office, .department]
            case .both: return [.commune, .office, .department]
            }
        }
    }

    /// Launches a drive from `unit` to the open units of the chosen kinds under it, in one insert.
    static func create(unit: OrgUnit, title: String, deadline: CivilDate, targets: Targets, actor: Actor, on database: any Database) async throws
        -> ExemplarDrive
    {
        let text = ExemplarService.clean(title)
        guard !text.isEmpty, text.count <= 300 else { throw AppError.invalid(L10n.Exemplars.vuiLongNhapTenDotDang, code: "missing_title") }
        let drive = ExemplarDrive()
        drive.$unit.id = unit.id!
        drive.title = text
        drive.year = deadline.year
        drive.deadline = deadline.iso
        drive.createdBy = actor.username
        try await database.transaction { db in
            try await drive.create(on: db)
            let sql = db as! any SQLDatabase
            try await sql.raw(
                """
                INSERT INTO exemplar_drive_units (drive_id, unit_id) \
                SELECT \(bind: drive.id!), u.id FROM units u \
                WHERE u.path LIKE \(bind: unit.path + "%") AND u.id <> \(bind: unit.id!) AND u.active_until IS NULL \
                AND u.kind IN (\(binds: targets.kinds.map(\.rawValue)))
                """
            ).run()
            try await Audit.record(
                on: db, actor: actor, entity: "exemplar_drive", id: "\(drive.id!)", action: "create",
                before: String?.none, after: L10n.Exemplars.dotVaHan(drive.title, deadline.vietnamese))
        }
        return drive
    }

    struct Standing: Decodable, Sendable {
        let unitID: Int
        let name: String
        let first: String?
        let count: Int
    }

    /// Every unit the drive asks, with its first registration's date and how many it registered, in one query.
    static func standings(of drive: ExemplarDrive, on db: any Database) async throws -> [Standing] {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            """
            SELECT u.id AS "unitID", u.name AS name, \
            (SELECT MIN(e.registered_on) FROM exemplars e JOIN units eu ON eu.id = e.unit_id \
             WHERE e.drive_id = t.drive_id AND eu.path LIKE u.path || '%') AS "first", \
            (SELECT COUNT(*) FROM exemplars e JOIN units eu ON eu.id = e.unit_id \
             WHERE e.drive_id = t.drive_id AND eu.path LIKE u.path || '%') AS "count" \
            FROM exemplar_drive_units t JOIN units u ON u.id = t.unit_id \
            WHERE t.drive_id = \(bind: drive.id!) ORDER BY u.sort_key
            """
        ).all(decoding: Standing.self)
    }

    /// Drives a unit under `path` may answer: those asking one of its ancestors or itself, newest first.
    static func open(for scopePath: String, on db: any Database) async throws -> [ExemplarDrive] {
        let sql = db as! any SQLDatabase
        struct ID: Decodable { let id: Int }
        let ids = try await sql.raw(
            """
            SELECT DISTINCT t.drive_id AS id FROM exemplar_drive_units t JOIN units u ON u.id = t.unit_id \
            WHERE u.path LIKE \(bind: scopePath + "%") OR \(bind: scopePath) LIKE u.path || '%'
            """
        ).all(decoding: ID.self).map(\.id)
        guard !ids.isEmpty else { return [] }
        return try await ExemplarDrive.query(on: db).filter(\.$id ~~ ids).sort(\.$deadline, .descending).limit(50).all()
    }

    /// One obligation a unit still owes: a drive asking it, with nothing registered by it or under it.
    struct Owed: Decodable, Sendable {
        let driveID: Int
        let unitName: String
        let title: String
        let deadline: String
    }

    /// The obligations of the subtree at `scopePath` still owed, for the work list and the home page's counter: one
    /// count and one page query. `due`: "qua-han" (deadline passed), "sap-den-han" (within `DueSoon.days`), else all.
    static func owed(scopePath: String, due: String, today: CivilDate, page: PageParams, on db: any Database) async throws
        -> (rows: [Owed], metadata: PageMetadata)
    {
        let sql = db as! any SQLDatabase
        var conditions: SQLQueryString = """
            u.path LIKE \(bind: scopePath + "%") AND u.active_until IS NULL \
            AND NOT EXISTS (SELECT 1 FROM exemplars e JOIN units eu ON eu.id = e.unit_id \
            WHERE e.drive_id = t.drive_id AND eu.path LIKE u.path || '%')
            """
        switch due {
        case "qua-han": conditions = conditions + " AND d.deadline < \(bind: today.iso)"
        case "sap-den-han":
            conditions = conditions + " AND d.deadline >= \(bind: today.iso) AND d.deadline <= \(bind: today.adding(days: DueSoon.days).iso)"
        default: break
        }
        let from: SQLQueryString = "FROM exemplar_drive_units t JOIN exemplar_drives d ON d.id = t.drive_id JOIN units u ON u.id = t.unit_id"
        let total = try await sql.count("SELECT COUNT(*) AS n \(from) WHERE \(conditions)")
        let rows = try await sql.raw(
            """
            SELECT d.id AS "driveID", u.name AS "unitName", d.title AS title, d.deadline AS deadline \(from) WHERE \(conditions) \
            ORDER BY d.deadline, u.sort_key, t.id LIMIT \(bind: page.per) OFFSET \(bind: page.offset)
            """
        ).all(decoding: Owed.self)
        return (rows, PageMetadata(page: page.page, per: page.per, total: total))
    }
}
