import DanVanCore
import Fluent
import Vapor
import Views

/// Tiếp công dân — schedules and the record of reception sessions (dialogues: `DialogueController`).
enum ReceptionController {
    @Sendable static func index(req: Request) async throws -> Response {
        try await page(req, errors: [:], status: .ok)
    }

    static func page(_ req: Request, errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let user = try req.user
        let scope = PetitionAccess.scopePath(of: user)
        let rules = try await req.application.currentPetitionRules(on: req.db)
        let schedules = try await schedulePage(
            scopePath: scope, page: PageParams(page: 1, per: 50), today: req.clock.today, on: req.db, calendar: rules.calendar)
        let sessions = try await ReceptionSession.query(on: req.db)
            .join(OrgUnit.self, on: \ReceptionSession.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), scope + "%")
            .sort(\.$heldOn, .descending).sort(\.$id, .descending).paginate(PageParams(from: req).fluent)
        let names = try await PetitionController.names(ofUnits: sessions.items.map { $0.$unit.id }, on: req.db)
        let seesPersonal = user.role == .inspector || user.role == .unitOfficer
        var model = ReceptionIndexPage.Model()
        model.schedules = schedules.rows
        model.sessions = sessions.items.map { session in
            var row = ReceptionIndexPage.Session()
            row.date = CivilDate(iso: session.heldOn)?.vietnamese ?? session.heldOn
            row.unit = names[session.$unit.id] ?? ""
            row.host = session.host
            row.citizens =
                seesPersonal ? session.citizens + L10n.Reception.soNguoiTrongNgoac(session.peopleCount) : L10n.Reception.nguoi(session.peopleCount)
            row.subject = session.subject
            row.decision = session.decision
            return row
        }
        var query: [String: String] = [:]
        model.pagination = pagination(sessions.metadata, base: SiteURL.receptions.path, query: &query)
        model.canEdit = user.role.canWrite && PetitionAccess.canIntake(user.role)
        model.units = model.canEdit ? try await PetitionController.intakeUnits(for: user, on: req.db) : []
        model.scheduleAction = SiteURL.receptionSchedules.path
        model.sessionAction = SiteURL.receptionSessions.path
        model.dialoguesURL = SiteURL.dialogues.path
        model.today = req.clock.today.vietnamese
        model.errors = errors
        model.layout = req.pageLayout()
        return HTMLResponse.make(ReceptionIndexPage(model: model).render(), status: status)
    }

    /// Schedules in a subtree with their unit names and next three dates.
    static func schedulePage(scopePath: String, page: PageParams, today: CivilDate, on db: any Database, calendar: WorkingCalendar) async throws
        -> (rows: [PublicSchedulePage.Row], metadata: PageMetadata)
    {
        let schedules = try await ReceptionSchedule.query(on: db)
            .join(OrgUnit.self, on: \ReceptionSchedule.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), scopePath + "%")
            .sort(OrgUnit.self, \.$sortKey).sort(\.$id).paginate(page.fluent)
        let names = try await PetitionController.names(ofUnits: schedules.items.map { $0.$unit.id }, on: db)
        let rows = schedules.items.map { schedule in
            let recurrence = ReceptionRecurrence(frequency: schedule.frequency, day: schedule.day)
            var row = PublicSchedulePage.Row()
            row.unit = names[schedule.$unit.id] ?? ""
            row.host = schedule.host
            row.rule = recurrence.label
            row.hours = schedule.hours
            row.place = schedule.place
            row.next = recurrence.upcoming(from: today, count: 3, calendar: calendar).map(\.vietnamese).joined(separator: ", ")
            return row
        }
        return (rows, schedules.metadata)
    }

    struct ScheduleForm: Content {
        var unit_id: Int?
        var host: String?
        var frequency: String?
        var day: String?
        var hours: String?
        var place: String?
    }

    @Sendable static func createSchedule(req: Request) async throws -> Response {
        let user = try req.require { PetitionAccess.canIntake($0) }
        let form = try req.content.decode(ScheduleForm.self)
        let frequency = ReceptionFrequency(rawValue: form.frequency ?? "") ?? .weekly
        // People write weekdays as "thứ 2" … "thứ 7", Sunday as 8; stored as ISO weekdays 1 … 7.
        let typed = Int(form.day ?? "") ?? 0
        let day = frequency == .weekly ? typed - 1 : typed
        var errors: [String: String] = [:]
        if !ReceptionRecurrence(frequency: frequency, day: day).isValid {
            errors["day"] = frequency == .weekly ? L10n.Reception.thuPhaiTu2Den8 : L10n.Reception.ngayTrongThangPhaiTu1
        }
        let host = PetitionService.clean(form.host ?? "")
        let hours = PetitionService.clean(form.hours ?? "")
        let place = PetitionService.clean(form.place ?? "")
        if host.isEmpty || hours.isEmpty || place.isEmpty { errors["host"] = L10n.Reception.vuiLongNhapNguoiTiepGio }
        let unit = try await form.unit_id.asyncFlatMap { try await OrgUnit.find($0, on: req.db) }
        if unit.map({ !PetitionAccess.canSee(user, petitionUnit: $0) }) ?? true { errors["unit"] = L10n.Reception.vuiLongChonCoQuanTrong }
        guard errors.isEmpty, let unit else { return try await page(req, errors: errors, status: .unprocessableEntity) }
        let schedule = ReceptionSchedule(unitID: unit.id!, host: host, frequency: frequency, day: day, hours: hours, place: place)
        try await req.db.transaction { db in
            try await schedule.create(on: db)
            try await Audit.record(
                on: db, actor: req.actor(user), entity: "reception_schedule", id: "\(schedule.id!)", action: "create",
                before: String?.none, after: "\(unit.code) \(frequency.rawValue) \(day)")
        }
        req.flash(.success, L10n.Reception.daLuuLichTiepCongDan(unit.name))
        return req.redirect(to: SiteURL.receptions.path)
    }

    struct SessionForm: Content {
        var unit_id: Int?
        var held_on: String?
        var host: String?
        var citizens: String?
        var people_count: String?
        var subject: String?
        var decision: String?
    }

    @Sendable static func createSession(req: Request) async throws -> Response {
        let user = try req.require { PetitionAccess.canIntake($0) }
        let form = try req.content.decode(SessionForm.self)
        do {
            _ = try await ReceptionService.record(
                .init(
                    unitID: form.unit_id, heldOn: form.held_on ?? "", host: form.host ?? "", citizens: form.citizens ?? "",
                    peopleCount: Int(form.people_count ?? "1") ?? 0, subject: form.subject ?? "",
                    decision: form.decision ?? ""),
                user: user, at: req.clock.now, on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await page(req, errors: ["session": error.message], status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Reception.daGhiNhanBuoiTiepCong)
        return req.redirect(to: SiteURL.receptions.path)
    }
}

extension Optional {
    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
