import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Nhật ký thay đổi — browse and filter the audit log of the coordinator's subtree.
enum AuditController {
    /// The kinds of thing a person may filter by; sign-ins have their own stream.
    static let entities: [(value: String, label: String)] = AuditWording.entities.filter { $0 != "session" }.map { entity in
        // The reorganisation's noun runs on into its effective date in a sentence; as a choice it needs a name of its own.
        let noun = entity == "unit_reorganisation" ? L10n.Audit.sapXepDonViHanhChinh : AuditWording.noun(entity)
        return (entity, noun.prefix(1).uppercased() + noun.dropFirst())
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let viewer = try req.require(\.canReadAudit)
        let entity: String = req.query["doi-tuong"] ?? ""
        let username: String = req.query["nguoi"] ?? ""
        let fromText: String = req.query["tu"] ?? ""
        let toText: String = req.query["den"] ?? ""
        let signIns = (req.query["luong"] as String?) == "dang-nhap"
        var error: String?
        let query = AuditEntry.query(on: req.db)
        // Entries by people of the viewer's subtree, and entries of operators at the command line for top-level viewers.
        // One statement whatever the subtree's size (a national viewer's is 18,000 units, too many to bind one by one).
        let inScope: SQLQueryString = "unit_id IN (SELECT id FROM units WHERE path LIKE \(bind: viewer.scopePath + "%"))"
        if viewer.unit.$parent.id == nil {
            query.group(.or) { $0.filter(.sql(embed: inScope)).filter(\.$unitID == nil) }
        } else {
            query.filter(.sql(embed: inScope))
        }
        if signIns {
            query.filter(\.$entity == "session")
        } else {
            query.filter(\.$entity != "session")
            if !entity.isEmpty { query.filter(\.$entity == entity) }
        }
        if !username.isEmpty { query.filter(\.$username == username.lowercased()) }
        for (text, isStart) in [(fromText, true), (toText, false)] where !text.isEmpty {
            guard let date = CivilDate(vietnamese: text) else {
                error = L10n.Audit.ngayKhongHopLeNhapTheo(text)
                continue
            }
            let instant = startOfDay(date).addingTimeInterval(isStart ? 0 : 86_400)
            if isStart { query.filter(\.$at >= instant) } else { query.filter(\.$at < instant) }
        }
        let page = try await query.sort(\.$id, .descending).paginate(PageParams(from: req).fluent)
        let subjects = try await AuditSubjects.load(for: page.items, on: req.db)
        let unitIDs = Set(page.items.compactMap(\.unitID))
        let units = unitIDs.isEmpty ? [] : try await OrgUnit.query(on: req.db).filter(\.$id ~~ unitIDs).all()
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        var params = ["doi-tuong": entity, "nguoi": username, "tu": fromText, "den": toText, "luong": signIns ? "dang-nhap" : ""]
        var model = AuditIndexPage.Model()
        model.entity = entity
        model.username = username
        model.from = fromText
        model.to = toText
        model.entities = entities
        model.signIns = signIns
        model.rows = page.items.map { entry in
            .init(
                at: VietnamTime.format(entry.at), what: subjects.sentence(entry), username: entry.username,
                unitName: entry.unitID.flatMap { unitNames[$0] } ?? "—",
                changes: AuditWording.changes(
                    before: entry.before.map(AuditRedaction.hidingFileHashes), after: entry.after.map(AuditRedaction.hidingFileHashes),
                    labels: AuditSubjects.label))
        }
        model.pagination = pagination(page.metadata, base: SiteURL.audit.path, query: &params)
        model.error = error
        model.layout = req.pageLayout()
        return HTMLResponse.make(AuditIndexPage(model: model).render(), status: error == nil ? .ok : .unprocessableEntity)
    }

    private static func startOfDay(_ date: CivilDate) -> Date {
        VietnamTime.calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }
}
