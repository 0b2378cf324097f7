import DanVanCore
import Fluent
import Vapor
import Views

/// Nhật ký thay đổi — browse and filter the audit log of the coordinator's subtree.
enum AuditController {
    /// The kinds of thing a person may filter by; sign-ins have their own stream.
    static let entities: [(value: String, label: String)] = [
        "plan", "task", "assignment", "report_schedule", "report_request", "report_template", "holiday", "holiday_year",
        "petition", "petition_attachment", "petition_field", "deadline_profile", "reception_schedule", "reception_session",
        "dialogue", "scoring_set", "scoring_round", "scoring_sheet", "scoring_evidence", "scoring_objection", "unit", "unit_import", "user",
        "api_token", "calendar_token"
    ].map { ($0, AuditWording.noun($0).prefix(1).uppercased() + AuditWording.noun($0).dropFirst()) }

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
        let scopedUnitIDs = OrgUnit.query(on: req.db).filter(\.$path, .custom("LIKE"), viewer.scopePath + "%").field(\.$id)
        let ids = try await scopedUnitIDs.all().compactMap(\.id)
        if viewer.unit.$parent.id == nil {
            query.group(.or) { $0.filter(\.$unitID ~~ ids).filter(\.$unitID == nil) }
        } else {
            query.filter(\.$unitID ~~ ids)
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
