import DanVanCore
import Fluent
import Vapor
import Views

/// Công dân — the public side without an account: reception schedule, the kiến nghị / phản ánh form, tracking by code.
enum PublicCitizenController {
    @Sendable static func schedule(req: Request) async throws -> Response {
        let calendar = try await req.application.currentPetitionRules(on: req.db).calendar
        let page = try await ReceptionController.schedulePage(
            scopePath: "/", page: PageParams(from: req), today: req.clock.today, on: req.db, calendar: calendar)
        var model = PublicSchedulePage.Model()
        model.rows = page.rows
        var query: [String: String] = [:]
        model.pagination = pagination(page.metadata, base: SiteURL.publicSchedule.path, query: &query)
        model.formURL = SiteURL.publicPetitionForm.path
        model.trackingURL = SiteURL.publicTracking.path
        model.disclosureURL = SiteURL.publicDemocracy.path
        model.showcaseURL = SiteURL.publicExemplars.path
        model.operatorInfo = try await operatorInfo(unitID: nil, on: req)
        model.layout = req.pageLayout()
        return HTMLResponse.make(PublicSchedulePage(model: model).render())
    }

    @Sendable static func form(req: Request) async throws -> Response {
        req.session.data["public_form_at"] = String(req.clock.now.timeIntervalSince1970)
        var values = PetitionFormValues()
        values.unit = req.query["don-vi"] ?? ""
        return try await formPage(req, values: values, status: .ok)
    }

    struct PublicForm: Content {
        var unit_id: Int?
        var kind: String?
        var subject: String?
        var content: String?
        var citizen_name: String?
        var citizen_address: String?
        var citizen_phone: String?
        var citizen_id_number: String?
        /// The honeypot: hidden from people, filled by robots.
        var website: String?
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let rules = try await req.application.currentPetitionRules(on: req.db)
        let form = try req.content.decode(PublicForm.self)
        let kind = PetitionKind(rawValue: form.kind ?? "").flatMap { $0 == .recommendation || $0 == .feedback ? $0 : nil } ?? .recommendation
        var values = PetitionFormValues()
        values.subject = form.subject ?? ""
        values.content = form.content ?? ""
        values.citizenName = form.citizen_name ?? ""
        values.citizenAddress = form.citizen_address ?? ""
        values.citizenPhone = form.citizen_phone ?? ""
        values.citizenIDNumber = form.citizen_id_number ?? ""
        values.unit = form.unit_id.map(String.init) ?? ""
        values.kinds = [kind.rawValue]
        let shownAt = req.session.data["public_form_at"].flatMap(Double.init)
        guard (form.website ?? "").isEmpty, let shownAt, req.clock.now.timeIntervalSince1970 - shownAt >= rules.minimumFillSeconds else {
            // Too fast after opening the form (or no form was opened): nothing is lost, the clock restarts, the person sends again.
            req.session.data["public_form_at"] = String(req.clock.now.timeIntervalSince1970)
            return try await formPage(req, values: values, status: .unprocessableEntity, refusal: tooFast)
        }
        try await PublicRateLimit.check("form", limit: rules.formsPerHour, window: 3600, on: req)
        let allowedUnits = Set(try await publicUnits(on: req.db).map(\.value))
        let unitID = form.unit_id.flatMap { allowedUnits.contains(String($0)) ? $0 : nil }
        let draft = PetitionService.Draft(
            channel: .web, receivedOn: req.clock.today, subject: form.subject ?? "", content: form.content ?? "",
            citizenName: form.citizen_name ?? "", citizenAddress: form.citizen_address ?? "", citizenPhone: form.citizen_phone ?? "",
            citizenIDNumber: form.citizen_id_number ?? "", peopleCount: 1, kinds: [kind], unitID: unitID, isAnonymous: false)
        var errors = PetitionService.problems(draft, today: req.clock.today)
        errors.merge(numberProblems(phone: draft.citizenPhone, idNumber: draft.citizenIDNumber)) { first, _ in first }
        guard errors.isEmpty else {
            values.errors = errors
            return try await formPage(req, values: values, status: .unprocessableEntity)
        }
        let actor = Actor(userID: nil, username: "cong-dan", unitID: nil, at: req.clock.now)
        let petition = try await PetitionService.create(draft, actor: actor, rules: rules, on: req.db)
        req.session.data["public_form_at"] = nil
        req.session.data["filed_code"] = petition.trackingCode
        return req.redirect(to: SiteURL.publicTracking.path + "?ma=" + petition.trackingCode)
    }

    @Sendable static func track(req: Request) async throws -> Response {
        var model = PublicTrackingPage.Model()
        model.action = SiteURL.publicTracking.path
        var concernedUnit: Int?
        if let typed: String = req.query["ma"], !typed.isEmpty {
            model.code = String(typed.prefix(40))
            let found = try await lookup(typed, on: req)
            if let (petition, updated) = found {
                model.code = petition.trackingCode
                var result = PublicTrackingPage.Result()
                result.code = petition.trackingCode
                result.receivedOn = petition.received.vietnamese
                result.kind = petition.kindList.map(\.label).joined(separator: ", ")
                result.status = petition.status.publicLabel
                result.updatedOn = updated.vietnamese
                result.answer = petition.answerPublic ? petition.resolution : nil
                concernedUnit = petition.$unit.id
                result.handler = try await petition.$unit.get(on: req.db).name
                result.answerDue = petition.dueOn.flatMap(CivilDate.init(iso:))?.vietnamese
                model.result = result
                model.justFiled = req.session.data["filed_code"] == petition.trackingCode
                req.session.data["filed_code"] = nil
            } else {
                model.notFound = true
            }
        }
        model.operatorInfo = try await operatorInfo(unitID: concernedUnit, on: req)
        model.layout = req.pageLayout()
        return HTMLResponse.make(PublicTrackingPage(model: model).render())
    }

    /// Rate-limited look-up by code. A malformed code still runs the same query, so answers take alike whether a code exists or not.
    static func lookup(_ typed: String, on req: Request) async throws -> (Petition, CivilDate)? {
        let rules = try await req.application.currentPetitionRules(on: req.db)
        try await PublicRateLimit.check("lookup", limit: rules.lookupsPerTenMinutes, window: 600, on: req)
        let code = TrackingCode.normalize(typed) ?? "DV-XXXXX-XXXXX"
        let petition = try await Petition.query(on: req.db).filter(\.$trackingCode == code).first()
        // The history query runs for unknown codes too, so both answers cost the same two indexed look-ups.
        let last = try await PetitionEvent.query(on: req.db).filter(\.$petition.$id == (petition?.id ?? 0)).sort(\.$id, .descending).first()
        guard let petition else { return nil }
        return (petition, last.flatMap { CivilDate(iso: $0.onDate) } ?? petition.received)
    }

    static let tooFast =
        L10n.Petitions.donChuaDuocGuiDeChan
        + L10n.Petitions.nhungLanNayDonDuocGuiLabel
        + L10n.Petitions.vuiLongKiemTraLaiRoi

    /// Phone and ID numbers as a citizen may type them; both are optional.
    static func numberProblems(phone: String, idNumber: String) -> [String: String] {
        var errors: [String: String] = [:]
        let phone = phone.trimmingCharacters(in: .whitespaces)
        let idNumber = idNumber.trimmingCharacters(in: .whitespaces)
        if !phone.isEmpty, CitizenNumbers.phone(phone) == nil {
            errors["citizen_phone"] = L10n.Petitions.soDienThoaiPhaiGom10
        }
        if !idNumber.isEmpty, CitizenNumbers.idNumber(idNumber) == nil {
            errors["citizen_id_number"] = L10n.Petitions.soDinhDanhPhaiGom12
        }
        return errors
    }

    /// The People's Committee a page speaks for: the unit it concerns, else the installation's top unit; the contact from settings.
    static func operatorInfo(unitID: Int?, on req: Request) async throws -> PublicOperator {
        var unit: OrgUnit?
        if let unitID { unit = try await OrgUnit.find(unitID, on: req.db) }
        if unit == nil { unit = try await OrgUnit.query(on: req.db).filter(\.$parent.$id == nil).sort(\.$sortKey).first() }
        // An agency (Phòng, Sở) speaks for the People's Committee it belongs to.
        while let agency = unit, ![.province, .district, .commune].contains(agency.kind), let parentID = agency.$parent.id {
            unit = try await OrgUnit.find(parentID, on: req.db)
        }
        return PublicOperator(
            name: unit.map { committeeName(of: $0.name) } ?? L10n.Platform.uyBanNhanDan, contact: req.application.config.publicContact)
    }

    /// "Thị xã Hương Trà" → "Ủy ban nhân dân thị xã Hương Trà"; a name without its level word is kept as written.
    static func committeeName(of name: String) -> String {
        let levels = [
            L10n.Petitions.tinh, L10n.Petitions.thanhPho, L10n.Petitions.huyen, L10n.Petitions.quan, L10n.Petitions.thiXa, L10n.Petitions.xa,
            L10n.Petitions.phuong, L10n.Petitions.thiTran, L10n.Petitions.dacKhu
        ]
        guard levels.contains(where: name.hasPrefix) else { return L10n.Petitions.uyBanNhanDanTruocTen + name }
        return L10n.Petitions.uyBanNhanDanTruocTen + name.prefix(1).lowercased() + name.dropFirst()
    }

    private static func formPage(_ req: Request, values: PetitionFormValues, status: HTTPResponseStatus, refusal: String? = nil) async throws
        -> Response
    {
        var model = PublicPetitionPage.Model()
        model.values = values
        model.refusal = refusal
        model.operatorInfo = try await operatorInfo(unitID: Int(values.unit), on: req)
        model.units = try await publicUnits(on: req.db)
        model.action = SiteURL.publicPetitionForm.path
        model.trackingURL = SiteURL.publicTracking.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(PublicPetitionPage(model: model).render(), status: status)
    }

    /// Units that publish a reception schedule: the ones a citizen may address online.
    static func publicUnits(on db: any Database) async throws -> [(value: String, label: String)] {
        let schedules = try await ReceptionSchedule.query(on: db).with(\.$unit).limit(1000).all()
        var seen = Set<Int>()
        return schedules.map(\.unit).filter { seen.insert($0.id!).inserted }.sorted { $0.sortKey < $1.sortKey }.map { (String($0.id!), $0.name) }
    }
}
