import DanVanCore
import Fluent
import Vapor
import Views

/// Nhật ký thay đổi — browse and filter the audit log of the coordinator's subtree.
enum AuditController {
    static let entities: [(value: String, label: String)] = [
        ("unit", "Đơn vị"), ("unit_import", "Nhập danh mục đơn vị"), ("user", "Người dùng"),
        ("api_token", "Khóa API"), ("session", "Đăng nhập / đăng xuất"),
    ]

    @Sendable static func index(req: Request) async throws -> Response {
        let viewer = try req.require(\.canReadAudit)
        let entity: String = req.query["doi-tuong"] ?? ""
        let username: String = req.query["nguoi"] ?? ""
        let fromText: String = req.query["tu"] ?? ""
        let toText: String = req.query["den"] ?? ""
        var error: String?
        let query = AuditEntry.query(on: req.db)
        // Entries by people of the viewer's subtree, and entries of operators at the command line for top-level viewers.
        let scopedUnitIDs = Unit.query(on: req.db).filter(\.$path, .custom("LIKE"), viewer.scopePath + "%").field(\.$id)
        let ids = try await scopedUnitIDs.all().compactMap(\.id)
        if viewer.unit.$parent.id == nil {
            query.group(.or) { $0.filter(\.$unitID ~~ ids).filter(\.$unitID == nil) }
        } else {
            query.filter(\.$unitID ~~ ids)
        }
        if !entity.isEmpty { query.filter(\.$entity == entity) }
        if !username.isEmpty { query.filter(\.$username == username.lowercased()) }
        for (text, isStart) in [(fromText, true), (toText, false)] where !text.isEmpty {
            guard let date = CivilDate(vietnamese: text) else { error = "Ngày \"\(text)\" không hợp lệ; nhập theo dạng dd/mm/yyyy."; continue }
            let instant = startOfDay(date).addingTimeInterval(isStart ? 0 : 86_400)
            if isStart { query.filter(\.$at >= instant) } else { query.filter(\.$at < instant) }
        }
        let page = try await query.sort(\.$id, .descending).paginate(PageParams(from: req).fluent)
        let unitIDs = Set(page.items.compactMap(\.unitID))
        let units = unitIDs.isEmpty ? [] : try await Unit.query(on: req.db).filter(\.$id ~~ unitIDs).all()
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        var params = ["doi-tuong": entity, "nguoi": username, "tu": fromText, "den": toText]
        let model = AuditIndexPage.Model(
            entity: entity, username: username, from: fromText, to: toText, entities: entities,
            rows: page.items.map { entry in
                .init(at: VietnamTime.format(entry.at), username: entry.username, unitName: entry.unitID.flatMap { unitNames[$0] } ?? "—",
                      entity: entry.entity, entityID: entry.entityID ?? "", action: entry.action, before: AuditRedaction.hidingFileHashes(entry.before ?? ""),
                      after: AuditRedaction.hidingFileHashes(entry.after ?? ""))
            },
            pagination: pagination(page.metadata, base: SiteURL.audit.path, query: &params),
            error: error, layout: req.layoutModel)
        return HTMLResponse.make(AuditIndexPage(model: model).render(), status: error == nil ? .ok : .unprocessableEntity)
    }

    private static func startOfDay(_ date: CivilDate) -> Date {
        VietnamTime.calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }
}
