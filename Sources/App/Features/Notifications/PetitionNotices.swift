import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// Notices about petitions: assigned to a unit (in the workflow's transaction), and overdue (once, from `danvan remind`).
/// Neither names the petitioner; a tố cáo's does not quote its subject either (`EventMessage`).
enum PetitionNotices {
    /// The petition was given to a new unit: tell that unit's handlers.
    static func assigned(_ petition: Petition, actor: Actor, on db: any Database) async throws {
        guard let unit = try await OrgUnit.find(petition.$unit.id, on: db) else { return }
        let message = EventMessage.petitionAssigned(
            kindLabel: petition.kind.label, isDenunciation: petition.kindList.contains(.denunciation),
            subject: petition.subject, unitName: unit.name,
            due: petition.dueOn.flatMap(CivilDate.init(iso:)))
        try await EventNotice.send(
            .petitionAssigned, to: [unit.id!], message: message, url: SiteURL.petition(.value(petition.id!)).path,
            except: actor.userID, at: actor.at, on: db)
    }

    /// Overdue cases looked at by one run: those whose time limit passed in the last 30 days, so a first run on years
    /// of history does not flood everyone; a run missed for longer loses nothing that is still on the overdue lists.
    static let overdueWindowDays = 30

    private struct Overdue: Decodable {
        let id: Int
        let unitID: Int
        let dueOn: String
        let kinds: String
        let kind: String
        let subject: String
        let unitName: String
    }

    /// Tells the handlers of every case that is overdue today, once per case and time limit: the key holds both, so a
    /// second run (here or on another server) writes nothing, and an extended case that runs late again is told anew.
    /// One query for the cases, one INSERT per case (set-based over its unit's people).
    static func overdue(today: CivilDate, at now: Date, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT p.id AS "id", p.unit_id AS "unitID", p.due_on AS "dueOn", p.kinds AS "kinds", p.kind AS "kind", p.subject AS "subject", \
            u.name AS "unitName" FROM petitions p JOIN units u ON u.id = p.unit_id \
            WHERE p.due_on < \(bind: today.iso) AND p.due_on >= \(bind: today.adding(days: -overdueWindowDays).iso) ORDER BY p.id
            """
        ).all(decoding: Overdue.self)
        var written = 0
        for row in rows {
            guard let due = CivilDate(iso: row.dueOn), let kind = PetitionKind(rawValue: row.kind) else { continue }
            let message = EventMessage.petitionOverdue(
                kindLabel: kind.label, isDenunciation: PetitionKind.decode(row.kinds).contains(.denunciation),
                subject: row.subject, unitName: row.unitName, due: due)
            written += try await EventNotice.send(
                .petitionOverdue, to: [row.unitID], message: message, url: SiteURL.petition(.value(row.id)).path,
                except: nil, key: "don-qua-han-\(row.id)-\(row.dueOn)", at: now, on: db)
        }
        return written
    }
}
