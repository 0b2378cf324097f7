import DanVanCore
import Fluent
import Vapor
import Views

/// Creates a plan with its citations, tasks, assignments, obligations and report schedules from a reviewed form,
/// in one transaction: either everything is created or nothing is.
enum PlanCreator {
    /// Reasons the form cannot be saved, in Vietnamese, one per problem.
    struct Rejected: Error {
        let problems: [String]
    }

    static func create(_ form: PlanReviewForm, by user: User, at now: Date, on database: any Database) async throws -> Plan {
        let checked = try await validate(form, user: user, on: database)
        return try await database.transaction { db in
            try await insert(checked, form: form, user: user, at: now, on: db)
        }
    }

    /// The form with every code resolved and every date parsed.
    private struct Checked {
        var issuer: OrgUnit
        var number: String?
        var issuedOn: CivilDate?
        var year: Int
        var status: PlanStatus
        var parentPlanID: Int?
        var citations: [(type: String, number: String, date: CivilDate?, issuer: String?)] = []
        var duties: [(written: String, lines: [String], units: [Int], cooperating: [Int])] = []
        var tasks: [(reference: String, text: String, due: CivilDate?)] = []
        var obligations: [(what: String, due: CivilDate, sendTo: String?, kind: PlanObligation.Kind, units: [Int])] = []
        var reports: [(period: String, rule: String?, dueText: String, reporters: String, receiver: String)] = []
    }

    private static func validate(_ form: PlanReviewForm, user: User, on db: any Database) async throws -> Checked {
        var problems: [String] = []
        guard user.role.canWrite else { throw AppError.forbidden }
        let issuerChoice = try await UnitChoice.resolve(form.typedIssuer, within: user.unit.path, on: db)
        guard case .unit(let issuer) = issuerChoice, user.canSee(issuer) else {
            throw Rejected(problems: [
                L10n.Plans.donViBanHanhLabel + (UnitChoice.problem(issuerChoice, typed: form.typedIssuer) ?? L10n.Plans.namNgoaiPhamViCuaBan)
            ])
        }
        let number = form.number.trimmingCharacters(in: .whitespaces)
        let issuedOn = form.issuedOn.isEmpty ? nil : CivilDate(vietnamese: form.issuedOn)
        if !form.issuedOn.isEmpty && issuedOn == nil { problems.append(L10n.Plans.ngayBanHanhKhongHopLe(form.issuedOn)) }
        let year = Int(form.year.trimmingCharacters(in: .whitespaces)) ?? issuedOn?.year ?? 0
        if !(2000...2100).contains(year) { problems.append(L10n.Plans.namCuaKeHoachKhongHop) }
        if form.title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(L10n.Plans.vuiLongNhapTrichYeuTen) }
        let status = PlanStatus(rawValue: form.status) ?? .draft
        if status != .draft && number.isEmpty { problems.append(L10n.Plans.keHoachDaBanHanhPhai) }
        if !number.isEmpty {
            let taken = try await Plan.query(on: db).filter(\.$unit.$id == issuer.id!).filter(\.$year == year).filter(\.$number == number).count()
            if taken > 0 {
                problems.append(L10n.Plans.soDaDuocDungDanhLienTucTrongNam(number, issuer.name, year))
            }
        }
        var checked = Checked(issuer: issuer, number: number.isEmpty ? nil : number, issuedOn: issuedOn, year: year, status: status)
        if let parent = Int(form.parentPlanID ?? "") {
            if try await PlanAccess.allowedParent(parent, for: user, issuer: issuer, on: db) == nil {
                problems.append(L10n.Plans.keHoachCapTrenDuocChon)
            } else {
                checked.parentPlanID = parent
            }
        }
        // Units as the plan's date knew them: old units before a reorganisation (those under the issuer then, moved
        // out since, included), their successors after (issue 14).
        var scope = try await OrgUnit.query(on: db).filter(\.$path, .custom("LIKE"), issuer.path + "%").all()
        let outside = try await issuer.$parent.get(on: db).map { [$0.id!: $0.name] } ?? [:]
        var atDate: UnitsAtDate?
        if let issuedOn {
            scope += try await UnitsAtDate.movedOut(from: issuer.path, date: issuedOn, on: db)
            atDate = try await UnitsAtDate.load(under: issuer.path, units: scope, date: issuedOn, on: db)
        }
        let names = UnitNamesInScope(units: scope, outside: outside, atDate: atDate)
        func units(_ typed: String, _ label: String) -> [Int] {
            guard !typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                problems.append(L10n.Plans.chuaChonDonViGoTen(label))
                return []
            }
            return names.resolveList(typed, field: label, problems: &problems)
        }
        func date(_ text: String, _ label: String) -> CivilDate? {
            guard !text.isEmpty else { return nil }
            guard let date = CivilDate(vietnamese: text) else {
                problems.append(L10n.Plans.ngayKhongHopLeDdMm(label, text))
                return nil
            }
            if let issuedOn, date < issuedOn { problems.append(L10n.Plans.thoiHanTruocNgayBanHanh(label, date.vietnamese, issuedOn.vietnamese)) }
            return date
        }
        for (index, row) in (form.citations ?? []).enumerated() where row.include == "1" {
            let label = L10n.Plans.vanBanCanCuThuTu(index + 1)
            if row.number.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(L10n.Plans.thieuSoKyHieu(label)) }
            let cited = row.issuedOn.isEmpty ? nil : CivilDate(vietnamese: row.issuedOn)
            if !row.issuedOn.isEmpty && cited == nil { problems.append(L10n.Plans.ngayKhongHopLe(label, row.issuedOn)) }
            checked.citations.append(
                (
                    row.docType.isEmpty ? L10n.Plans.vanBan : row.docType, row.number.trimmingCharacters(in: .whitespaces), cited,
                    row.issuer.isEmpty ? nil : row.issuer
                ))
        }
        for row in form.duties ?? [] where row.include == "1" {
            let lines = row.duties.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let label = L10n.Plans.nhiemVuCuaDonVi(row.written)
            let cooperating =
                (row.cooperating ?? "").isEmpty
                ? [] : names.resolveList(row.cooperating!, field: label + L10n.Plans.phoiHopTrongNgoac, problems: &problems)
            checked.duties.append((row.written, lines, units(row.typedUnits, label), cooperating))
        }
        for row in form.tasks ?? [] where row.include == "1" && !row.text.trimmingCharacters(in: .whitespaces).isEmpty {
            checked.tasks.append((row.reference, row.text, date(row.dueOn, L10n.Plans.nhiemVuSo(row.reference))))
        }
        for (index, row) in (form.deadlines ?? []).enumerated() where row.include == "1" {
            let label = L10n.Plans.thoiHanSo(index + 1)
            guard let due = date(row.dueOn, label) else {
                if row.dueOn.isEmpty { problems.append(L10n.Plans.thieuNgay(label)) }
                continue
            }
            checked.obligations.append(
                (
                    row.what, due, row.sendTo.isEmpty ? nil : row.sendTo, PlanObligation.Kind(rawValue: row.kind) ?? .submission,
                    units(row.typedUnits, label)
                ))
        }
        for row in form.reports ?? [] where row.include == "1" {
            // What a person typed: "6 tháng", "ngày 20 tháng 5" (the review page shows these words), or the stored names.
            guard let period = ReportPeriod(typed: row.period) else {
                problems.append(L10n.Plans.cheDoBaoCaoKyKhong(row.period))
                continue
            }
            let rule = row.dueRule.trimmingCharacters(in: .whitespaces).isEmpty ? nil : DueRule(typed: row.dueRule)
            if rule == nil && !row.dueRule.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(
                    L10n.Plans.cheDoBaoCaoHanNop(row.dueRule)
                        + L10n.Plans.hoacNgay20ThangCuoiQuy)
            }
            checked.reports.append((period.rawValue, rule?.stored, row.dueText, row.reporters, row.receiver))
        }
        guard problems.isEmpty else { throw Rejected(problems: problems) }
        return checked
    }

    private static func insert(_ checked: Checked, form: PlanReviewForm, user: User, at now: Date, on db: any Database) async throws -> Plan {
        let plan = Plan(
            unitID: checked.issuer.id!, number: checked.number, year: checked.year, issuedOn: checked.issuedOn?.iso,
            title: form.title.trimmingCharacters(in: .whitespaces), purposes: form.purposes ?? "", status: checked.status)
        plan.$parentPlan.id = checked.parentPlanID
        plan.fileHash = form.fileHash
        plan.fileName = form.fileName
        plan.createdBy = user.id
        if let number = checked.number {
            plan.$legalDocument.id = try await legalDocuments([(L10n.Plans.keHoach, number, checked.issuedOn, "UBND " + checked.issuer.name)], on: db)
                .first
        }
        try await plan.create(on: db)
        let planID = plan.id!

        let cited = try await legalDocuments(checked.citations, on: db)
        try await Set(cited).map { PlanCitation(planID: planID, legalDocumentID: $0) }.create(on: db)

        var assignments: [TaskAssignment] = []
        var position = 0
        for duty in checked.duties {
            for line in duty.lines {
                position += 1
                let task = WorkTask(planID: planID, reference: duty.written, text: line, dueOn: nil, position: position)
                try await task.create(on: db)
                assignments += duty.units.map { TaskAssignment(taskID: task.id!, planID: planID, unitID: $0, role: .lead, dueOn: nil) }
                assignments += duty.cooperating.filter { !duty.units.contains($0) }
                    .map { TaskAssignment(taskID: task.id!, planID: planID, unitID: $0, role: .cooperate, dueOn: nil) }
            }
        }
        for task in checked.tasks {
            position += 1
            try await WorkTask(planID: planID, reference: task.reference, text: task.text, dueOn: task.due?.iso, position: position).create(on: db)
        }
        try await insertInBatches(assignments, on: db)
        if plan.status != .draft {
            try await EventNotice.send(
                .taskAssigned, to: Array(Set(assignments.map(\.$unit.id))).sorted(),
                message: EventMessage.tasksAssigned(planLabel: EventNotice.label(of: plan)),
                url: SiteURL.plan(.value(planID)).path, except: user.id, at: now, on: db)
        }

        var obligations: [PlanObligation] = []
        var seen = Set<String>()
        for obligation in checked.obligations {
            for unit in obligation.units where seen.insert("\(unit)-\(obligation.kind.rawValue)").inserted {
                obligations.append(
                    PlanObligation(
                        planID: planID, unitID: unit, kind: obligation.kind, description: obligation.what,
                        dueOn: obligation.due.iso, sendTo: obligation.sendTo))
            }
        }
        try await insertInBatches(obligations, on: db)
        let template = try await ReportTemplate.query(on: db).sort(\.$id).first()
        var regimes: [PlanRegime] = []
        for report in checked.reports {
            let units = try await RegimeUnits.resolve(
                reporters: report.reporters, receiver: report.receiver, issuer: checked.issuer, date: checked.issuedOn, on: db)
            regimes.append(
                PlanRegime(
                    period: report.period, rule: report.rule, dueText: report.dueText, reporters: report.reporters,
                    receiver: report.receiver, receiverID: units.receiver, reporterIDs: units.reporters))
        }
        for regime in PlanRegime.collapsed(regimes) {
            let schedule = ReportSchedule(
                planID: planID, period: regime.period, dueRule: regime.rule, dueText: regime.dueText,
                reporters: regime.reporters, receiver: regime.receiver)
            schedule.$template.id = template?.id
            schedule.$receiverUnit.id = regime.receiverID
            try await schedule.create(on: db)
            try await RegimeUnits.setReporters(regime.reporterIDs, of: schedule.id!, on: db)
        }

        if let parentID = checked.parentPlanID { try await fulfil(parentID: parentID, with: plan, today: VietnamTime.civilDate(of: now), on: db) }
        try await Audit.record(
            on: db, actor: .user(user, at: now), entity: "plan", id: "\(planID)", action: "create", before: String?.none,
            after: PlanSnapshot(plan: plan, citations: cited.count, tasks: position, assignments: assignments.count, obligations: obligations.count))
        return plan
    }

    /// A plan is its issuer's answer to the parent plan's obligation to make one: mark that obligation met.
    static func fulfil(parentID: Int, with plan: Plan, today: CivilDate, on db: any Database) async throws {
        try await PlanObligation.query(on: db).filter(\.$plan.$id == parentID).filter(\.$unit.$id == plan.$unit.id)
            .filter(\.$kind == .subPlan).filter(\.$fulfilledPlan.$id == nil)
            .set(\.$fulfilledPlan.$id, to: plan.id!).set(\.$fulfilledOn, to: plan.issuedOn ?? today.iso)
            .update()
    }

    /// Finds or creates each cited document, in a couple of queries, and returns their ids in order.
    private static func legalDocuments(_ items: [(type: String, number: String, date: CivilDate?, issuer: String?)], on db: any Database) async throws
        -> [Int]
    {
        guard !items.isEmpty else { return [] }
        let keys = items.map { LegalDocument.identity(number: $0.number, issuedOn: $0.date?.iso) }
        var known = Dictionary(
            try await LegalDocument.query(on: db).filter(\.$identityKey ~~ keys).all().map { ($0.identityKey, $0.id!) },
            uniquingKeysWith: { first, _ in first })
        var fresh: [LegalDocument] = []
        var freshKeys = Set<String>()
        for (item, key) in zip(items, keys) where known[key] == nil && freshKeys.insert(key).inserted {
            fresh.append(LegalDocument(docType: item.type, number: item.number, issuedOn: item.date?.iso, issuer: item.issuer))
        }
        if !fresh.isEmpty {
            try await fresh.create(on: db)
            for document in try await LegalDocument.query(on: db).filter(\.$identityKey ~~ Array(freshKeys)).all() {
                known[document.identityKey] = document.id!
            }
        }
        return keys.compactMap { known[$0] }
    }

    private static func insertInBatches<M: Model>(_ models: [M], on db: any Database) async throws {
        for start in stride(from: 0, to: models.count, by: 300) {
            try await models[start..<min(start + 300, models.count)].create(on: db)
        }
    }
}

/// What the audit log records of a created plan.
struct PlanSnapshot: Codable {
    let number: String?
    let title: String
    let unitID: Int
    let status: String
    let citations: Int
    let tasks: Int
    let assignments: Int
    let obligations: Int

    init(plan: Plan, citations: Int, tasks: Int, assignments: Int, obligations: Int) {
        number = plan.number
        title = plan.title
        unitID = plan.$unit.id
        status = plan.status.rawValue
        self.citations = citations
        self.tasks = tasks
        self.assignments = assignments
        self.obligations = obligations
    }
}
