import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Mô hình, điển hình "Dân vận khéo" — the registry list, registration, one model's page and the steps taken on it.
enum ExemplarController {
    // MARK: list

    static func filter(from req: Request, scopePath: String) -> ExemplarQuery.Filter {
        var filter = ExemplarQuery.Filter()
        filter.scopePath = scopePath
        filter.text = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        filter.field = req.query[String.self, at: "linh_vuc"].flatMap(ExemplarField.init(rawValue:))
        filter.level = req.query[String.self, at: "cap"].flatMap(RecognitionLevel.init(rawValue:))
        filter.status = req.query[String.self, at: "trang_thai"].flatMap(ExemplarStatus.init(rawValue:))
        filter.year = req.query[String.self, at: "nam"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap {
            (1990...2200).contains($0) ? $0 : nil
        }
        return filter
    }

    static func filterQuery(_ filter: ExemplarQuery.Filter) -> [String: String] {
        [
            "q": filter.text, "linh_vuc": filter.field?.rawValue ?? "", "cap": filter.level?.rawValue ?? "",
            "trang_thai": filter.status?.rawValue ?? "", "nam": filter.year.map(String.init) ?? ""
        ]
    }

    /// The subtree a list or count is for: the unit typed in `?don_vi=` (by name, diacritics optional, or code) within the
    /// user's own subtree, else the user's subtree; with the reason when the typed unit is not found or not one.
    struct Scope {
        var path: String
        var typed = ""
        var name: String?
        var error: String?
    }

    static func scope(_ req: Request, user: User) async throws -> Scope {
        var scope = Scope(path: user.scopePath)
        let typed = String((req.query[String.self, at: "don_vi"] ?? "").trimmingCharacters(in: .whitespaces).prefix(200))
        scope.typed = typed
        guard !typed.isEmpty else { return scope }
        let outcome = try await UnitChoice.resolve(typed, within: user.scopePath, on: req.db)
        if case .unit(let unit) = outcome {
            scope.path = unit.path
            scope.name = unit.name
        } else {
            scope.error = UnitChoice.problem(outcome, typed: typed)
        }
        return scope
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let scope = try await Self.scope(req, user: user)
        let filter = Self.filter(from: req, scopePath: scope.path)
        let page = try await ExemplarQuery.listRows(filter, page: PageParams(from: req), on: req.db)
        var model = ExemplarIndexPage.Model()
        model.rows = page.rows.map(row)
        var query = filterQuery(filter)
        query["don_vi"] = scope.typed
        model.pagination = pagination(page.metadata, base: SiteURL.exemplars.path, query: &query)
        model.unit = scope.typed
        model.unitError = scope.error
        model.action = SiteURL.exemplars.path
        model.text = filter.text
        model.field = filter.field?.rawValue ?? ""
        model.level = filter.level?.rawValue ?? ""
        model.status = filter.status?.rawValue ?? ""
        model.year = filter.year.map(String.init) ?? ""
        model.fields = ExemplarField.allCases.map { ($0.rawValue, $0.label) }
        model.levels = RecognitionLevel.allCases.map { ($0.rawValue, $0.label) }
        model.statuses = ExemplarStatus.allCases.map { ($0.rawValue, $0.label) }
        model.registerURL = user.role.canWrite ? SiteURL.exemplarRegister.path : nil
        model.drivesURL = SiteURL.exemplarDrives.path
        model.countsURL = SiteURL.exemplarCounts.path
        model.publicURL = SiteURL.publicExemplars.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ExemplarIndexPage(model: model).render())
    }

    static func row(_ listed: ExemplarQuery.ListRow) -> ExemplarRow {
        var row = ExemplarRow()
        row.name = listed.name
        row.url = SiteURL.exemplar(.value(listed.id)).path
        row.unit = listed.unit_name
        row.kind = ExemplarKind(rawValue: listed.kind)?.label ?? listed.kind
        row.field = ExemplarField(rawValue: listed.field)?.label ?? listed.field
        row.status = ExemplarStatus(rawValue: listed.status)?.label ?? listed.status
        row.level = listed.level.flatMap(RecognitionLevel.init(rawValue:))?.label ?? ""
        row.year = String(listed.year)
        row.late = listed.is_late
        row.replicates = listed.original_name ?? ""
        return row
    }

    static func row(_ exemplar: Exemplar, originals: [Int: String]) -> ExemplarRow {
        var row = ExemplarRow()
        row.name = exemplar.name
        row.url = SiteURL.exemplar(.value(exemplar.id!)).path
        row.unit = exemplar.$unit.value?.name ?? ""
        row.kind = exemplar.kind.label
        row.field = exemplar.field.label
        row.status = exemplar.status.label
        row.level = exemplar.level?.label ?? ""
        row.year = String(exemplar.year)
        row.late = exemplar.isLate
        row.replicates = exemplar.$replicates.id.flatMap { originals[$0] } ?? ""
        return row
    }

    static func names(of ids: [Int], on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await Exemplar.query(on: db).filter(\.$id ~~ Set(ids)).field(\.$id).field(\.$name).all()
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id!, $0.name) })
    }

    // MARK: registration

    struct RegistrationForm: Content {
        var unit: String?
        var kind: String?
        var field: String?
        var sub_topic: String?
        var name: String?
        var problem: String?
        var goals: String?
        var methods: String?
        var place: String?
        var forces: String?
        var resources: String?
        var outputs: String?
        var sustainability: String?
        var person_name: String?
        var person_consent: String?
        var drive_id: String?
        var replicates: String?
        var replicates_id: String?
        var khac_mo_hinh: String?

        var draft: ExemplarService.Draft {
            var d = ExemplarService.Draft()
            d.unitText = unit ?? ""
            d.kind = kind ?? ""
            d.field = field ?? ""
            d.subTopic = sub_topic ?? ""
            d.name = name ?? ""
            d.problem = problem ?? ""
            d.goals = goals ?? ""
            d.methods = methods ?? ""
            d.place = place ?? ""
            d.forces = forces ?? ""
            d.resources = resources ?? ""
            d.outputs = outputs ?? ""
            d.sustainability = sustainability ?? ""
            d.personName = person_name ?? ""
            d.personConsent = person_consent != nil
            d.driveID = drive_id.flatMap { Int($0) }
            d.replicatesID = replicates_id.flatMap { Int($0) }
            d.replicatesText = replicates ?? ""
            d.confirmedDifferent = khac_mo_hinh != nil
            return d
        }

        var values: ExemplarFormPage.Values {
            var v = ExemplarFormPage.Values()
            v.unit = unit ?? ""
            v.kind = kind ?? ""
            v.field = field ?? ""
            v.subTopic = sub_topic ?? ""
            v.name = name ?? ""
            v.problem = problem ?? ""
            v.goals = goals ?? ""
            v.methods = methods ?? ""
            v.place = place ?? ""
            v.forces = forces ?? ""
            v.resources = resources ?? ""
            v.outputs = outputs ?? ""
            v.sustainability = sustainability ?? ""
            v.personName = person_name ?? ""
            v.personConsent = person_consent != nil
            v.drive = drive_id ?? ""
            v.replicates = replicates ?? ""
            v.replicatesID = replicates_id ?? ""
            return v
        }
    }

    private static func writer(_ req: Request) throws -> User {
        try req.require { $0.canWrite }
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let user = try writer(req)
        var values = ExemplarFormPage.Values()
        if let unit = try await OrgUnit.find(user.$unit.id, on: req.db) { values.unit = try await UnitChoice.label(of: unit, on: req.db) }
        values.drive = req.query[String.self, at: "dot"] ?? ""
        if let id = req.query[Int.self, at: "nhan_rong"], let original = try await Exemplar.find(id, on: req.db) {
            values.replicatesID = String(id)
            values.replicates = original.name
            values.field = original.field.rawValue
            values.subTopic = original.subTopic
        }
        return try await formPage(req, user: user, values: values, problems: .init(), status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try writer(req)
        let form = try req.content.decode(RegistrationForm.self)
        let (problems, checked) = try await ExemplarService.check(form.draft, user: user, on: req.db)
        guard checked != nil else {
            var values = form.values
            values.errors = problems.errors.mapValues(\.message)
            if !problems.similar.isEmpty { values.errors["similar"] = L10n.Exemplars.daCoMoHinhTuongTu }
            if !problems.originals.isEmpty { values.replicatesID = "" }
            return try await formPage(req, user: user, values: values, problems: problems, status: .unprocessableEntity)
        }
        let exemplar = try await ExemplarService.register(form.draft, actor: req.actor(user), user: user, on: req.db)
        req.flash(.success, exemplar.isLate ? L10n.Exemplars.daDangKyMoHinhSau : L10n.Exemplars.daDangKyMoHinh)
        return req.redirect(to: SiteURL.exemplar(.value(exemplar.id!)).path)
    }

    private static func formPage(
        _ req: Request, user: User, values: ExemplarFormPage.Values, problems: ExemplarService.Problems,
        status: HTTPResponseStatus
    ) async throws -> Response {
        var model = ExemplarFormPage.Model()
        model.values = values
        model.kinds = ExemplarKind.allCases.map { ($0.rawValue, $0.label) }
        model.fields = ExemplarField.allCases.map { ($0.rawValue, $0.label) }
        model.drives = try await ExemplarDriveService.open(for: user.scopePath, on: req.db).map {
            (String($0.id!), $0.title + L10n.Exemplars.han + (CivilDate(iso: $0.deadline)?.vietnamese ?? $0.deadline) + ")")
        }
        let units = try await OrgUnit.query(on: req.db).filter(\.$id ~~ Set(problems.similar.map { $0.$unit.id })).all()
        let unitName = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        model.similar = problems.similar.map { ($0.name, unitName[$0.$unit.id] ?? "", String($0.year), SiteURL.exemplar(.value($0.id!)).path) }
        model.originals = problems.originals.map {
            (String($0.id!), $0.name + " — " + ($0.$unit.value?.name ?? "") + L10n.Exemplars.namSauDauPhay($0.year))
        }
        model.action = SiteURL.exemplarRegister.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ExemplarFormPage(model: model).render(), status: status)
    }

    // MARK: one model

    /// The model and its unit; any signed-in person may read a model (a good idea should be found by the next commune),
    /// personal data aside.
    static func find(_ req: Request) async throws -> (Exemplar, OrgUnit) {
        guard let exemplar = try await Exemplar.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Exemplars.moHinh)
        }
        return (exemplar, exemplar.unit)
    }

    static func stepValue(_ step: ExemplarStep) -> String {
        switch step {
        case .launch: return "trien_khai"
        case .review(let outcome): return "ra_soat:" + outcome.rawValue
        case .recognise: return "cong_nhan"
        case .commend: return "khen_thuong"
        case .replicate: return "nhan_rong"
        }
    }

    static func step(from value: String) -> ExemplarStep? {
        if value == "trien_khai" { return .launch }
        if value.hasPrefix("ra_soat:"), let outcome = ReviewOutcome(rawValue: String(value.dropFirst(8))) { return .review(outcome) }
        return nil
    }

    struct Totals: Decodable {
        let households: Int?
        let money: Int64?
        let land: Int?
        let cases: Int?
    }

    static func totals(_ ids: [Int], on db: any Database) async throws -> [Int: Totals] {
        guard !ids.isEmpty else { return [:] }
        struct Row: Decodable {
            let id: Int
            let households: Int?
            let money: Int64?
            let land: Int?
            let cases: Int?
        }
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT exemplar_id AS id, CAST(SUM(households) AS BIGINT) AS households, CAST(SUM(money_vnd) AS BIGINT) AS money, \
            CAST(SUM(land_m2) AS BIGINT) AS land, CAST(SUM(cases_settled) AS BIGINT) AS cases \
            FROM exemplar_updates WHERE exemplar_id IN (\(binds: ids)) GROUP BY exemplar_id
            """
        ).all(decoding: Row.self)
        return Dictionary(
            uniqueKeysWithValues: rows.map { ($0.id, Totals(households: $0.households, money: $0.money, land: $0.land, cases: $0.cases)) })
    }

    /// "120 hộ, 350.000.000 đồng, 1.200 m² đất hiến, 4 vụ việc"
    static func describe(_ totals: Totals?) -> String {
        guard let totals else { return "" }
        var parts: [String] = []
        if let h = totals.households, h > 0 { parts.append(L10n.Exemplars.hoThamGia(grouped(Int64(h)))) }
        if let m = totals.money, m > 0 { parts.append(L10n.Exemplars.dongVanDong(grouped(m))) }
        if let l = totals.land, l > 0 { parts.append(L10n.Exemplars.mDatHien(grouped(Int64(l)))) }
        if let c = totals.cases, c > 0 { parts.append(L10n.Exemplars.vuViecDuocGiaiQuyet(grouped(Int64(c)))) }
        return parts.joined(separator: ", ")
    }

    /// 1234567 → "1.234.567".
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "." }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    static func registrationSections(_ e: Exemplar) -> [(String, String)] {
        [
            (L10n.Exemplars.n2ThucTrangLyDoXayDung, e.problem), (L10n.Exemplars.n3MucTieuTieuChi, e.goals),
            (L10n.Exemplars.n4NoiDungCachThucThuc, e.methods),
            (L10n.Exemplars.n5DiaBanDoiTuong, e.place), (L10n.Exemplars.n6LucLuongThucHien, e.forces),
            (L10n.Exemplars.n7NguonLucThoiGianThuc, e.resources),
            (L10n.Exemplars.n8SanPhamKetQuaDau, e.outputs), (L10n.Exemplars.n9KhaNangDuyTriNhan, e.sustainability)
        ]
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let (exemplar, unit) = try await find(req)
        return try await page(req, user: user, exemplar: exemplar, unit: unit)
    }

    /// The model's page; after a refused form, with the refusal and what the person typed.
    static func page(
        _ req: Request, user: User, exemplar: Exemplar, unit: OrgUnit, typed: [String: String] = [:], error: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let id = exemplar.id!
        let canChange = ExemplarAccess.canChange(user, unit: unit)
        var model = ExemplarShowPage.Model()
        model.name = exemplar.name
        var facts: [(String, String)] = [
            (L10n.Exemplars.donVi, try await UnitChoice.label(of: unit, on: req.db)), (L10n.Exemplars.loai, exemplar.kind.label),
            (L10n.Exemplars.linhVuc, exemplar.field.label)
        ]
        if !exemplar.subTopic.isEmpty { facts.append((L10n.Exemplars.chuyenDe, exemplar.subTopic)) }
        facts.append((L10n.Exemplars.trangThai, exemplar.status.label))
        facts.append((L10n.Exemplars.capCongNhan, exemplar.level?.label ?? L10n.Exemplars.chuaCongNhan))
        facts.append(
            (
                L10n.Exemplars.ngayDangKy,
                (CivilDate(iso: exemplar.registeredOn)?.vietnamese ?? exemplar.registeredOn)
                    + (exemplar.isLate ? L10n.Exemplars.dangKyMuonTrongNgoac : "")
            ))
        if let driveID = exemplar.$drive.id, let drive = try await ExemplarDrive.find(driveID, on: req.db) {
            facts.append(
                (
                    L10n.Exemplars.dotDangKy,
                    drive.title + L10n.Exemplars.hanSauDauPhay + (CivilDate(iso: drive.deadline)?.vietnamese ?? drive.deadline)
                ))
        }
        if !exemplar.personName.isEmpty {
            facts.append(
                (
                    L10n.Exemplars.nguoiDuocNeuGuong,
                    ExemplarAccess.seesPerson(user, exemplar: exemplar, unit: unit)
                        ? exemplar.personName + (exemplar.personConsent ? L10n.Exemplars.dongYCongBo : L10n.Exemplars.khongCongBo)
                        : L10n.Exemplars.thongTinCaNhanChiDon
                ))
        }
        model.facts = facts
        model.sections = registrationSections(exemplar)
        if let originalID = exemplar.$replicates.id, let original = try await Exemplar.find(originalID, on: req.db) {
            model.original = (original.name, SiteURL.exemplar(.value(originalID)).path)
        }
        let updates = try await ExemplarUpdate.query(on: req.db).filter(\.$exemplar.$id == id).sort(\.$reportedOn, .descending).sort(
            \.$id, .descending
        ).limit(200).all()
        var files: [ExemplarFile] = []
        if canOpenFiles(user, exemplar) {
            files = try await ExemplarFile.query(on: req.db).filter(\.$exemplar.$id == id).sort(\.$id).limit(500).all()
        }
        let filesByUpdate = Dictionary(grouping: files, by: { $0.$update.id ?? 0 })
        model.updates = updates.map { u in
            var row = ExemplarShowPage.Update()
            row.date = CivilDate(iso: u.reportedOn)?.vietnamese ?? u.reportedOn
            row.households = grouped(Int64(u.households))
            row.money = grouped(u.moneyVND)
            row.land = grouped(Int64(u.landSquareMetres))
            row.cases = grouped(Int64(u.casesSettled))
            row.note = u.note
            row.by = u.createdBy
            row.files = (filesByUpdate[u.id!] ?? []).map {
                ($0.fileName, SiteURL.exemplarFile(.value($0.id!)).path, $0.contentType.hasPrefix("image/"))
            }
            return row
        }
        model.totals = describe(try await totals([id], on: req.db)[id])
        let history = try await ExemplarTransition.query(on: req.db).filter(\.$exemplar.$id == id).sort(\.$id).limit(500).all()
        let people = try await fullNames(Set(history.map(\.createdBy)), on: req.db)
        model.history = history.map { h in
            let from = h.fromStatus.flatMap(ExemplarStatus.init(rawValue:))?.label
            let to = ExemplarStatus(rawValue: h.toStatus)?.label ?? h.toStatus
            return (
                CivilDate(iso: h.onDate)?.vietnamese ?? h.onDate, stepLabel(h.step), from.map { $0 == to ? to : $0 + " → " + to } ?? to,
                people[h.createdBy] ?? h.createdBy, h.note
            )
        }
        let recognitions = try await ExemplarRecognition.query(on: req.db).filter(\.$exemplar.$id == id).with(\.$unit).sort(\.$id).all()
        let commendations = try await ExemplarCommendation.query(on: req.db).filter(\.$exemplar.$id == id).sort(\.$id).all()
        model.decisions =
            recognitions.map {
                """
                Công nhận \($0.level.label.lowercased()): quyết định số \($0.decisionNumber) ngày\
                 \(CivilDate(iso: $0.decisionDate)?.vietnamese ?? "") của \($0.unit.name)
                """
            }
            + commendations.map {
                "\($0.form.label) của \($0.grantedBy): quyết định số \($0.decisionNumber) ngày \(CivilDate(iso: $0.decisionDate)?.vietnamese ?? "")"
            }
        let spread = try await ExemplarQuery.spread(of: exemplar, on: req.db)
        model.spread = spread.map { s in
            var row = ExemplarShowPage.Spread()
            row.name = s.name
            row.url = SiteURL.exemplar(.value(s.id!)).path
            row.unit = s.$unit.value?.name ?? ""
            row.date = CivilDate(iso: s.registeredOn)?.vietnamese ?? s.registeredOn
            row.status = s.status.label
            return row
        }
        let byYear = Dictionary(grouping: spread, by: { String($0.registeredOn.prefix(4)) })
        model.spreadYears = byYear.keys.sorted()
        model.spreadCounts = model.spreadYears.map { Double(byYear[$0]?.count ?? 0) }
        model.canChange = canChange
        model.steps = ExemplarLifecycle.offered(from: exemplar.status).filter { $0 != .recognise && $0 != .commend }.map { (stepValue($0), $0.label) }
        model.stepURL = SiteURL.exemplarStep(.value(id)).path
        model.updateURL = SiteURL.exemplarUpdate(.value(id)).path
        model.recogniseURL = SiteURL.exemplarRecognise(.value(id)).path
        model.commendURL = SiteURL.exemplarCommend(.value(id)).path
        let own = try await OrgUnit.find(user.$unit.id, on: req.db)
        let ownLevel = own.flatMap(ExemplarAccess.recognitionLevel(of:))
        model.levels = RecognitionLevel.allCases.filter { level in ownLevel.map { level <= $0 } ?? false }.map { ($0.rawValue, $0.label) }
        model.canRecognise = canChange && ownLevel != nil && isAllowed(exemplar.status, .recognise)
        model.canCommend = canChange && isAllowed(exemplar.status, .commend)
        model.commendationForms = CommendationForm.allCases.map { ($0.rawValue, $0.label) }
        model.canUpdate = canChange && exemplar.status != .registered && exemplar.status != .stopped
        model.replicateURL =
            user.role.canWrite && exemplar.status != .registered && isAllowed(exemplar.status, .replicate)
            ? SiteURL.exemplarRegister.path + "?nhan_rong=\(id)" : nil
        model.publicURL = exemplar.status.isRecognised ? SiteURL.publicExemplar(.value(id)).path : nil
        model.today = req.clock.today.vietnamese
        model.listURL = SiteURL.exemplars.path
        model.layout = req.pageLayout()
        model.typed = typed
        model.error = error
        return HTMLResponse.make(ExemplarShowPage(model: model).render(), status: status)
    }

    static func isAllowed(_ status: ExemplarStatus, _ step: ExemplarStep) -> Bool {
        if case .success = ExemplarLifecycle.next(from: status, step) { return true }
        return false
    }

    static func stepLabel(_ code: String) -> String {
        switch code {
        case "dang_ky": return L10n.Exemplars.dangKy
        case "trien_khai": return L10n.Exemplars.trienKhai
        case "ra_soat": return L10n.Exemplars.raSoatPhanLoai
        case "cong_nhan": return L10n.Exemplars.congNhan
        case "khen_thuong": return L10n.Exemplars.khenThuong
        case "nhan_rong": return L10n.Exemplars.nhanRong
        default: return code
        }
    }

    static func fullNames(_ usernames: Set<String>, on db: any Database) async throws -> [String: String] {
        guard !usernames.isEmpty else { return [:] }
        let users = try await User.query(on: db).filter(\.$username ~~ usernames).all()
        return Dictionary(users.map { ($0.username, $0.fullName) }, uniquingKeysWith: { first, _ in first })
    }

    /// The model, for a person who may change it; else 403.
    private static func changeable(_ req: Request) async throws -> (User, Exemplar, OrgUnit) {
        let user = try writer(req)
        let (exemplar, unit) = try await find(req)
        guard ExemplarAccess.canChange(user, unit: unit) else { throw AppError.outsideScope }
        return (user, exemplar, unit)
    }

    /// Runs a change; its refusal is shown on the model's page as a message, nothing saved.
    /// Runs a change; a refusal answers with the model's page, the message and what was typed, nothing saved.
    private static func attempt(
        _ req: Request, _ user: User, _ exemplar: Exemplar, _ unit: OrgUnit, typed: [String: String], success: String,
        _ body: () async throws -> Void
    ) async throws -> Response {
        do {
            try await body()
        } catch let error as AppError where error.status != .forbidden {
            // The model as stored, not as the refused step left it in memory.
            let (stored, storedUnit) = try await find(req)
            return try await page(req, user: user, exemplar: stored, unit: storedUnit, typed: typed, error: error.message, status: error.status)
        }
        req.flash(.success, success)
        return req.redirect(to: SiteURL.exemplar(.value(exemplar.id!)).path)
    }

    static func date(_ text: String?) throws -> CivilDate {
        let typed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard let date = CivilDate(vietnamese: typed) ?? CivilDate(iso: typed) else {
            throw AppError.invalid(L10n.Exemplars.ngayKhongHopLeNhapTheo, code: "invalid_date")
        }
        return date
    }

    struct StepForm: Content {
        var step: String?
        var on_date: String?
        var review_note: String?
    }

    @Sendable static func step(req: Request) async throws -> Response {
        let (user, exemplar, unit) = try await changeable(req)
        let form = try req.content.decode(StepForm.self)
        let typed = ["step": form.step ?? "", "on_date": form.on_date ?? "", "review_note": form.review_note ?? ""]
        return try await attempt(req, user, exemplar, unit, typed: typed, success: L10n.Exemplars.daGhiNhan) {
            guard let step = Self.step(from: form.step ?? "") else { throw AppError.invalid(L10n.Exemplars.vuiLongChonBuoc, code: "invalid_step") }
            try await ExemplarService.step(
                exemplar, step, on: try date(form.on_date), note: form.review_note ?? "", actor: req.actor(user), on: req.db)
        }
    }

    struct RecogniseForm: Content {
        var level: String?
        var decision_number: String?
        var decision_date: String?
    }

    @Sendable static func recognise(req: Request) async throws -> Response {
        let (user, exemplar, unit) = try await changeable(req)
        let form = try req.content.decode(RecogniseForm.self)
        let typed = ["level": form.level ?? "", "decision_number": form.decision_number ?? "", "decision_date": form.decision_date ?? ""]
        return try await attempt(req, user, exemplar, unit, typed: typed, success: L10n.Exemplars.daCongNhanMoHinh) {
            guard let level = RecognitionLevel(rawValue: form.level ?? "") else {
                throw AppError.invalid(L10n.Exemplars.vuiLongChonCapCongNhan, code: "invalid_level")
            }
            guard let own = try await OrgUnit.find(user.$unit.id, on: req.db) else { throw AppError.forbidden }
            _ = try await ExemplarService.recognise(
                exemplar, level: level, by: own, decisionNumber: form.decision_number ?? "",
                decisionDate: try date(form.decision_date), actor: req.actor(user), on: req.db)
        }
    }

    struct CommendForm: Content {
        var form: String?
        var granted_by: String?
        var commend_number: String?
        var commend_date: String?
    }

    @Sendable static func commend(req: Request) async throws -> Response {
        let (user, exemplar, unit) = try await changeable(req)
        let form = try req.content.decode(CommendForm.self)
        let typed = [
            "form": form.form ?? "", "granted_by": form.granted_by ?? "", "commend_number": form.commend_number ?? "",
            "commend_date": form.commend_date ?? ""
        ]
        return try await attempt(req, user, exemplar, unit, typed: typed, success: L10n.Exemplars.daGhiNhanKhenThuong) {
            guard let kind = CommendationForm(rawValue: form.form ?? "") else {
                throw AppError.invalid(L10n.Exemplars.vuiLongChonHinhThucKhen, code: "invalid_form")
            }
            try await ExemplarService.commend(
                exemplar, form: kind, grantedBy: form.granted_by ?? "", decisionNumber: form.commend_number ?? "",
                decisionDate: try date(form.commend_date), actor: req.actor(user), on: req.db)
        }
    }

    struct UpdateForm: Content {
        var reported_on: String?
        var households: String?
        var money_vnd: String?
        var land_m2: String?
        var cases_settled: String?
        var note: String?
        var file: File?
    }

    /// A whole number typed with or without thousands separators ("1.200", "1 200"); empty is 0.
    static func number(_ text: String?, _ what: String) throws -> Int64 {
        let digits = (text ?? "").filter { !$0.isWhitespace && $0 != "." && $0 != "," }
        if digits.isEmpty { return 0 }
        guard let value = Int64(digits), value >= 0, value < 1_000_000_000_000_000 else {
            throw AppError.invalid(L10n.Exemplars.phaiLaSoNguyenKhongAm(what), code: "invalid_number")
        }
        return value
    }

    @Sendable static func addUpdate(req: Request) async throws -> Response {
        let (user, exemplar, unit) = try await changeable(req)
        let form = try req.content.decode(UpdateForm.self)
        let typed = [
            "reported_on": form.reported_on ?? "", "households": form.households ?? "", "money_vnd": form.money_vnd ?? "",
            "land_m2": form.land_m2 ?? "", "cases_settled": form.cases_settled ?? "", "note": form.note ?? ""
        ]
        return try await attempt(req, user, exemplar, unit, typed: typed, success: L10n.Exemplars.daLuuCapNhatKetQua) {
            var figures = ExemplarService.Figures(reportedOn: try date(form.reported_on))
            figures.households = Int(clamping: try number(form.households, L10n.Exemplars.soHo))
            figures.moneyVND = try number(form.money_vnd, L10n.Exemplars.kinhPhi)
            figures.landSquareMetres = Int(clamping: try number(form.land_m2, L10n.Exemplars.dienTichDatHien))
            figures.casesSettled = Int(clamping: try number(form.cases_settled, L10n.Exemplars.soVuViec))
            figures.note = form.note ?? ""
            let file = form.file.map { (data: Data(buffer: $0.data), name: $0.filename) }
            _ = try await ExemplarService.addUpdate(
                exemplar, figures: figures, file: file, store: req.application.fileStore,
                actor: req.actor(user), on: req.db)
        }
    }

    /// A model's photo or document: inside the owning unit's tree, or anyone signed in once the model is recognised
    /// (its photos are then public anyway); a document may name people.
    @Sendable static func file(req: Request) async throws -> Response {
        let user = try req.user
        guard let file = try await ExemplarFile.find(try req.idParameter(), on: req.db),
            let exemplar = try await Exemplar.query(on: req.db).filter(\.$id == file.$exemplar.id).with(\.$unit).first()
        else {
            throw AppError.notFound(L10n.Exemplars.tep)
        }
        guard canOpenFiles(user, exemplar) else { throw AppError.outsideScope }
        return try serve(file, req: req)
    }

    static func canOpenFiles(_ user: User, _ exemplar: Exemplar) -> Bool {
        user.canSee(exemplar.unit) || exemplar.status.isRecognised
    }

    /// Photos shown in the page, documents downloaded; the type is the one checked at upload.
    static func serve(_ file: ExemplarFile, req: Request) throws -> Response {
        let data = try req.application.fileStore.read(file.fileHash)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        let isImage = file.contentType.hasPrefix("image/")
        headers.replaceOrAdd(name: .contentDisposition, value: Download.disposition(isImage ? "inline" : "attachment", name: file.fileName))
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=3600")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
