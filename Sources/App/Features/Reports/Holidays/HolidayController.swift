import DanVanCore
import Fluent
import Vapor
import Views

/// Ngày nghỉ lễ — the holiday list, kept by administrators and a province's coordinators (it moves deadlines across the
/// country), audited.
enum HolidayController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let current = req.clock.today.year
        let year = req.queryYear(fallback: current)
        let holidays = try await Holiday.query(on: req.db).filter(\.$day, .custom("LIKE"), "\(year)-%").sort(\.$day).all()
        // A deletion is undone by adding the day back: its date and name are offered once, on the next page shown.
        let deleted = req.session.data["holiday_deleted"]?.split(separator: "|", maxSplits: 1).map(String.init)
        req.session.data["holiday_deleted"] = nil
        let model = HolidaysPage.Model(
            year: String(year), years: ((current - 2)...(current + 1)).map(String.init),
            rows: holidays.map { (ReportRequestController.date($0.day), $0.name, SiteURL.holidayDelete(.value($0.id!)).path) },
            canEdit: canEdit(user), undo: deleted.flatMap { $0.count == 2 ? (ReportRequestController.date($0[0]), $0[1]) : nil },
            layout: req.layoutModel)
        return HTMLResponse.make(HolidaysPage(model: model).render())
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        let text = req.formText("ngay")
        let name = req.formText("ten")
        guard let day = CivilDate(vietnamese: text), !name.isEmpty else {
            req.flash(.error, "Hãy nhập ngày theo dạng dd/mm/yyyy và tên ngày nghỉ.")
            return req.redirect(to: SiteURL.holidays.path)
        }
        let target = SiteURL.holidays.path + "?nam=\(day.year)"
        if try await Holiday.query(on: req.db).filter(\.$day == day.iso).first() != nil {
            req.flash(.error, "Ngày \(day.vietnamese) đã có trong danh sách.")
            return req.redirect(to: target)
        }
        let holiday = Holiday(day: day.iso, name: name)
        try await req.db.transaction { db in
            try await holiday.create(on: db)
            try await Audit.record(on: db, actor: req.actor(user), entity: "holiday", id: "\(holiday.id!)", action: "create",
                                   before: String?.none, after: ["day": day.iso, "name": holiday.name])
        }
        req.flash(.success, "Đã thêm ngày nghỉ \(day.vietnamese). Hạn của các yêu cầu báo cáo đã lập không thay đổi.")
        return req.redirect(to: target)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        guard let holiday = try await Holiday.find(try req.idParameter(), on: req.db) else { throw AppError.notFound("Ngày nghỉ") }
        try await req.db.transaction { db in
            try await Audit.record(on: db, actor: req.actor(user), entity: "holiday", id: "\(holiday.id!)", action: "delete",
                                   before: ["day": holiday.day, "name": holiday.name], after: String?.none)
            try await holiday.delete(on: db)
        }
        req.session.data["holiday_deleted"] = holiday.day + "|" + holiday.name
        req.flash(.success, "Đã xóa ngày nghỉ \(ReportRequestController.date(holiday.day)).")
        return req.redirect(to: SiteURL.holidays.path + "?nam=" + holiday.day.prefix(4))
    }

    static func canEdit(_ user: User) -> Bool {
        user.role == .admin || (user.role == .coordinator && UnitQuery.isProvince(user.scopePath))
    }
}
