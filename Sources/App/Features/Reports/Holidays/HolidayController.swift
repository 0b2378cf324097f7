import DanVanCore
import Fluent
import Vapor
import Views

/// Ngày nghỉ lễ — the holiday list, kept by administrators and a province's coordinators (it moves deadlines across the
/// country), audited. Each year is computed from the law until someone confirms it against the Government's notice.
enum HolidayController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let current = req.clock.today.year
        let year = req.queryYear(fallback: current)
        let years = Set((current - 2)...(current + 2)).union([year]).sorted()
        // The year shown is filled in from the law the first time anyone needs it, so it reads and edits like any other.
        try await HolidayYears.fillIn([year], on: req.db)
        let kept = try await HolidayYears.rows(years, on: req.db)
        let holidays = try await Holiday.query(on: req.db).filter(\.$day, .custom("LIKE"), "\(year)-%").all()
        let workdays = try await HolidayWorkday.query(on: req.db).filter(\.$day, .custom("LIKE"), "\(year)-%").all()
        let rows =
            holidays.map { (day: $0.day, name: $0.name, isWorkday: false, delete: SiteURL.holidayDelete(.value($0.id!))) }
            + workdays.map { (day: $0.day, name: $0.name, isWorkday: true, delete: SiteURL.holidayWorkdayDelete(.value($0.id!))) }
        // A deletion is undone by adding the day back: its date, kind and name are offered once, on the next page shown.
        let deleted = req.session.data["holiday_deleted"]?.split(separator: "|", maxSplits: 2).map(String.init)
        req.session.data["holiday_deleted"] = nil
        var model = HolidaysPage.Model()
        model.year = String(year)
        model.years = years.map { (String($0), kept[$0]?.source == .notice) }
        model.rows = rows.sorted { $0.day < $1.day }.map { (ReportRequestController.date($0.day), $0.name, $0.isWorkday, $0.delete.path) }
        model.canEdit = canEdit(user)
        model.undo = deleted.flatMap { $0.count == 3 ? (ReportRequestController.date($0[0]), $0[2], $0[1] == workdayKind) : nil }
        model.confirmed = kept[year]?.source == .notice
        model.basis = kept[year]?.basis
        model.confirmAction = SiteURL.holidayYear.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(HolidaysPage(model: model).render())
    }

    /// Marks a year as checked against the Government's notice (or takes the mark back): the days stay as they are.
    @Sendable static func confirm(req: Request) async throws -> Response {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        guard let year = Int(req.formText("nam")), Request.shownYears.contains(year) else {
            req.flash(.error, L10n.Reports.namKhongHopLe)
            return req.redirect(to: SiteURL.holidays.path)
        }
        let confirmed = req.formText("xac_nhan") == "1"
        let basis = req.formText("can_cu")
        // What is confirmed is the list on the page: a year never shown is filled in from the law first.
        try await HolidayYears.fillIn([year], on: req.db)
        let row = try await HolidayYear.query(on: req.db).filter(\.$year == year).first() ?? HolidayYear(year: year, source: .computed)
        let before = ["source": row.source.rawValue, "basis": row.basis ?? ""]
        row.source = confirmed ? .notice : .computed
        row.basis = confirmed && !basis.isEmpty ? basis : nil
        try await req.db.transaction { db in
            try await row.save(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "holiday_year", id: String(year),
                action: confirmed ? "confirm" : "unconfirm",
                before: before, after: ["source": row.source.rawValue, "basis": row.basis ?? ""])
        }
        req.flash(
            .success,
            confirmed
                ? L10n.Reports.daDanhDauNgayNghiNam(year)
                : L10n.Reports.ngayNghiNamTroLaiTrang(year))
        return req.redirect(to: SiteURL.holidays.path + "?nam=\(year)")
    }

    /// Adds a day off, or (`loai=lam_bu`) a Saturday or Sunday worked in exchange for one.
    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        let text = req.formText("ngay")
        let name = req.formText("ten")
        let isWorkday = req.formText("loai") == workdayKind
        guard let day = CivilDate(vietnamese: text), !name.isEmpty else {
            req.flash(.error, L10n.Reports.hayNhapNgayTheoDangDd)
            return req.redirect(to: SiteURL.holidays.path)
        }
        let target = SiteURL.holidays.path + "?nam=\(day.year)"
        guard !isWorkday || day.isoWeekday > 5 else {
            req.flash(.error, L10n.Reports.ngayLamBuPhaiLaThu(day.vietnamese))
            return req.redirect(to: target)
        }
        // A day added to a year nobody has kept joins that year's computed days instead of replacing them.
        try await HolidayYears.fillIn([day.year], on: req.db)
        let taken =
            isWorkday
            ? try await HolidayWorkday.query(on: req.db).filter(\.$day == day.iso).first() != nil
            : try await Holiday.query(on: req.db).filter(\.$day == day.iso).first() != nil
        if taken {
            req.flash(.error, L10n.Reports.ngayDaCoTrongDanhSach(day.vietnamese))
            return req.redirect(to: target)
        }
        try await req.db.transaction { db in
            let entity: String
            let id: Int
            if isWorkday {
                let row = HolidayWorkday(day: day.iso, name: name)
                try await row.create(on: db)
                (entity, id) = ("holiday_workday", row.id!)
            } else {
                let row = Holiday(day: day.iso, name: name)
                try await row.create(on: db)
                (entity, id) = ("holiday", row.id!)
            }
            try await Audit.record(
                on: db, actor: req.actor(user), entity: entity, id: "\(id)", action: "create",
                before: String?.none, after: ["day": day.iso, "name": name])
        }
        req.flash(
            .success,
            (isWorkday ? L10n.Reports.daThemNgayLamBu : L10n.Reports.daThemNgayNghi) + day.vietnamese
                + L10n.Reports.hanCuaCacYeuCauBao)
        return req.redirect(to: target)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        guard let holiday = try await Holiday.find(try req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Reports.ngayNghi) }
        // Claim the year first, so a later fill-in from the law can never bring the deleted day back.
        if let day = CivilDate(iso: holiday.day) { try await HolidayYears.fillIn([day.year], on: req.db) }
        try await req.db.transaction { db in
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "holiday", id: "\(holiday.id!)", action: "delete",
                before: ["day": holiday.day, "name": holiday.name], after: String?.none)
            try await holiday.delete(on: db)
        }
        req.session.data["holiday_deleted"] = [holiday.day, "nghi", holiday.name].joined(separator: "|")
        req.flash(.success, L10n.Reports.daXoaNgayNghi(ReportRequestController.date(holiday.day)))
        return req.redirect(to: SiteURL.holidays.path + "?nam=" + holiday.day.prefix(4))
    }

    @Sendable static func deleteWorkday(req: Request) async throws -> Response {
        let user = try req.user
        guard canEdit(user) else { throw AppError.forbidden }
        guard let workday = try await HolidayWorkday.find(try req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Reports.ngayLamBu) }
        try await req.db.transaction { db in
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "holiday_workday", id: "\(workday.id!)", action: "delete",
                before: ["day": workday.day, "name": workday.name], after: String?.none)
            try await workday.delete(on: db)
        }
        req.session.data["holiday_deleted"] = [workday.day, workdayKind, workday.name].joined(separator: "|")
        req.flash(.success, L10n.Reports.daXoaNgayLamBu(ReportRequestController.date(workday.day)))
        return req.redirect(to: SiteURL.holidays.path + "?nam=" + workday.day.prefix(4))
    }

    /// The form value (`loai`) of a day worked in exchange; anything else is a day off.
    static let workdayKind = "lam_bu"

    static func canEdit(_ user: User) -> Bool {
        user.role == .admin || (user.role == .coordinator && UnitQuery.isProvince(user.scopePath))
    }
}
