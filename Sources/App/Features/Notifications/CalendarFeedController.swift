import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Lịch hạn nộp báo cáo — `GET /lich/<unit id>.ics?token=…[&cay=1]`: one all-day event per report request of the unit
/// (or its subtree), for calendar apps. The token is a user's calendar token; the unit must be in that user's scope.
enum CalendarFeedController {
    /// Due dates older than this are left out, so a province's feed stays a reasonable size.
    static let historyDays = 366

    @Sendable static func feed(req: Request) async throws -> Response {
        guard let name = req.parameters.get("feed"), name.hasSuffix(".ics"), let unitID = Int(name.dropLast(4)) else {
            throw AppError.notFound(L10n.Notifications.lich)
        }
        let user = try await user(for: req.query["token"] ?? "", on: req.db)
        guard let unit = try await OrgUnit.find(unitID, on: req.db) else { throw AppError.notFound(L10n.Notifications.donVi) }
        try user.ensureInScope(unit)
        let subtree = (req.query["cay"] as String?) == "1"
        let today = req.clock.today
        let rows = try await requests(of: unit, subtree: subtree, from: today.adding(days: -historyDays), on: req.db as! any SQLDatabase)
        let base = req.application.config.publicURL ?? ""
        let calendar = ICalendar(
            name: L10n.Notifications.hanNopBaoCao + unit.name + (subtree ? L10n.Notifications.vaDonViTrucThuoc : ""),
            events: rows.compactMap { row in
                guard let due = CivilDate(iso: row.dueOn) else { return nil }
                let status = ReportStatus(rawValue: row.status)?.label ?? row.status
                return ICalendar.Event(
                    uid: "yeu-cau-bao-cao-\(row.id)@danvan", date: due,
                    summary: L10n.Notifications.hanNopBaoCaoKyDonVi(row.periodLabel, row.unitName),
                    description: L10n.Notifications.trangThaiNhanNopLabel(status, due.vietnamese),
                    url: base.isEmpty ? nil : base + SiteURL.reportRequest(.value(row.id)).path,
                    stamp: row.updatedAt ?? Date(timeIntervalSince1970: 0))
            })
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: .contentDisposition, value: Download.disposition("inline", name: "lich-bao-cao-\(unit.id!).ics"))
        return Response(status: .ok, headers: headers, body: .init(string: calendar.render()))
    }

    /// The active user whose calendar token this is; a wrong or replaced token is a 404 so it reveals nothing.
    static func user(for token: String, on db: any Database) async throws -> User {
        guard !token.isEmpty,
            let stored = try await CalendarToken.query(on: db).filter(\.$tokenHash == APIToken.digest(token)).first(),
            let user = try await User.query(on: db).filter(\.$id == stored.$user.id).with(\.$unit).first(),
            !user.isDisabled
        else {
            throw AppError(.notFound, code: "calendar_token_invalid", message: L10n.Notifications.diaChiLichKhongDungHoac)
        }
        return user
    }

    struct Row: Decodable {
        let id: Int
        let dueOn: String
        let periodLabel: String
        let status: String
        let unitName: String
        let updatedAt: Date?
    }

    /// The unit's requests (or its subtree's), due from `from` on, in one query.
    static func requests(of unit: OrgUnit, subtree: Bool, from: CivilDate, on sql: any SQLDatabase) async throws -> [Row] {
        let r = ReportRequest.schema
        let query = sql.select()
            .column(SQLColumn("id", table: r), as: "id")
            .column(SQLColumn("due_on", table: r), as: "dueOn")
            .column(SQLColumn("period_label", table: r), as: "periodLabel")
            .column(SQLColumn("status", table: r), as: "status")
            .column(SQLColumn("name", table: OrgUnit.schema), as: "unitName")
            .column(SQLColumn("updated_at", table: r), as: "updatedAt")
            .from(r)
            .join(OrgUnit.schema, on: SQLColumn("unit_id", table: r), .equal, SQLColumn("id", table: OrgUnit.schema))
            .where(SQLColumn("due_on", table: r), .greaterThanOrEqual, SQLBind(from.iso))
        if subtree {
            query.where(SQLColumn("path", table: OrgUnit.schema), .like, SQLBind(unit.path + "%"))
        } else {
            query.where(SQLColumn("unit_id", table: r), .equal, SQLBind(unit.id!))
        }
        return try await query.orderBy(SQLColumn("due_on", table: r)).orderBy(SQLColumn("id", table: r))
            .limit(10_000).all(decoding: Row.self)
    }
}
