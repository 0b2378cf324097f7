import DanVanCore
import Fluent
import Vapor
import Views

/// Turns what the reader found into a review form: unit names matched to the tree relative to the issuer,
/// ambiguous or unknown names left empty with a hint, the parent plan suggested from the citations.
enum PlanReviewBuilder {
    static func form(from document: PlanDocument, fileHash: String?, fileName: String?, uploader: User, today: CivilDate, on db: any Database)
        async throws -> PlanReviewForm
    {
        // Names are read as the plan's date knew the units (issue 14): a plan written before a reorganisation names the
        // old units, in force on its date, under their parents of then (a closed district's "các xã" are its communes
        // of then); one written after it that names an old unit is offered the successors.
        let date = document.date?.value ?? today
        let scope = try await candidates(under: uploader.unit, at: date, on: db)
        let issuerMatch = document.issuer.map { UnitNameMatcher(issuerID: uploader.unit.id!, candidates: scope).match($0.value) }
        let issuerID: Int = if case .unit(let id)? = issuerMatch { id } else { uploader.unit.id! }
        let issuer = try await OrgUnit.find(issuerID, on: db)!
        let subtree = try await UnitsAtDate.subtree(under: issuer.path, date: date, on: db)
        let atDate = try await UnitsAtDate.load(under: issuer.path, units: subtree, date: date, on: db)
        // Each unit under the name it bore on the plan's date ("Phường Hương Xuân" before it became "Phường Kim Trà").
        let matcher = UnitNameMatcher(
            issuerID: issuerID,
            candidates: subtree.filter { atDate.inForce($0) || $0.id == issuerID }.map {
                .init(id: $0.id!, name: atDate.name(of: $0), kind: $0.kind.rawValue, parentID: atDate.parent(of: $0), depth: $0.depth)
            })
        let formerMatcher = UnitNameMatcher(
            issuerID: issuerID, candidates: subtree.filter { atDate.existed($0) && atDate.closed($0.id!) }.map(candidate))
        let unitName = Dictionary(subtree.map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
        let outside = try await issuer.$parent.get(on: db).map { [$0.id!: $0.name] } ?? [:]
        let names = UnitNamesInScope(units: subtree, outside: outside)
        /// The units a written name stands for, as the labels people read, one per line; a hint where a person must choose.
        func resolve(_ written: [String]) -> (units: String, hint: String?) {
            var found: [String] = []
            var hints: [String] = []
            for name in written {
                var match = matcher.match(name)
                // An old unit's name (closed by the plan's date) is not read as a collective or left unknown.
                if case .unit = match {} else if case .unit = formerMatcher.match(name) { match = .unknown }
                switch match {
                case .unit(let id): found.append(names.label(of: id))
                case .collective(let ids, let label):
                    found += ids.map(names.label)
                    hints.append(L10n.Plans.tenNhanSoDonVi(name, label, ids.count))
                case .ambiguous(let ids):
                    hints.append(L10n.Plans.nhieuDonViTrungTenGhiLabel(name) + ids.map(names.label).joined(separator: "; "))
                case .unknown:
                    guard case .unit(let old) = formerMatcher.match(name) else {
                        hints.append(L10n.Plans.khongTimThayTrongCayDon(name))
                        continue
                    }
                    let oldName = unitName[old] ?? name
                    let since = atDate.closedOnDate(old).map { L10n.Plans.tuNgay + $0.vietnamese } ?? ""
                    let successors = atDate.standing(for: old)
                    switch successors.count {
                    case 0: hints.append(L10n.Plans.daGiaiTheKhongCoDon(name, oldName, since))
                    case 1:
                        found.append(names.label(of: successors[0]))
                        hints.append(
                            """
                            \(name): \(oldName) đã giải thể\(since), nay thuộc \(unitName[successors[0]] ?? "") — đã điền đơn vị kế thừa, hãy\
                             kiểm tra lại
                            """
                        )
                    default:
                        hints.append(
                            L10n.Plans.daChiaTachVaoNhieuDonLabel(name, oldName, since) + successors.map(names.label).joined(separator: "; "))
                    }
                }
            }
            return (found.joined(separator: "\n"), hints.isEmpty ? nil : hints.joined(separator: "; "))
        }
        let text = document.text
        func snippet(_ span: TextSpan) -> String { Self.snippet(text, span) }

        let parentID = try await parentPlanID(citing: document.legalReferences, on: db)
        let taskSection = document.sections.first { section in
            let key = VietnameseText.fold(section.title)
            return key.contains("nhiem vu") || key.contains("giai phap")
        }
        return PlanReviewForm(
            fileHash: fileHash, fileName: fileName,
            issuer: names.label(of: issuerID),
            number: document.number?.value ?? "",
            issuedOn: document.date?.value.vietnamese ?? "",
            year: String(document.year ?? document.date?.value.year ?? today.year),
            title: document.title?.value ?? "",
            purposes: document.sections.first.map { $0.tasks.map(\.text).joined(separator: "\n") } ?? "",
            status: PlanStatus.issued.rawValue,
            parentPlanID: parentID.map(String.init) ?? "",
            citations: document.legalReferences.map { reference in
                .init(
                    include: "1", docType: reference.type, number: reference.number, issuedOn: reference.date?.vietnamese ?? "",
                    issuer: reference.issuer ?? "", snippet: snippet(reference.span))
            },
            duties: document.assignments.map { assignment in
                let resolved = resolve([assignment.unit])
                let cooperating = resolve(assignment.cooperating)
                let hints = [resolved.hint, cooperating.hint.map { L10n.Plans.phoiHopGoiY + $0 }].compactMap { $0 }
                return .init(
                    include: "1", written: assignment.unit, units: resolved.units, cooperating: cooperating.units,
                    duties: assignment.duties.joined(separator: "\n"),
                    hint: hints.isEmpty ? nil : hints.joined(separator: " "),
                    snippet: snippet(assignment.span))
            },
            tasks: (taskSection?.tasks ?? []).map { task in
                .init(include: "1", reference: "\(taskSection!.number).\(task.number)", text: task.text, dueOn: "")
            },
            deadlines: document.deadlines.map { deadline in
                let resolved = resolve(deadline.by)
                let kind: PlanObligation.Kind = VietnameseText.fold(deadline.what).contains("ke hoach") ? .subPlan : .submission
                return .init(
                    include: "1", what: deadline.what, dueOn: deadline.date.vietnamese, sendTo: deadline.to ?? "",
                    written: deadline.by.joined(separator: "; "), units: resolved.units, kind: kind.rawValue,
                    hint: resolved.hint, snippet: snippet(deadline.span))
            },
            reports: document.reports.map { report in
                .init(
                    include: "1", period: report.period.label, dueRule: report.dueRule.map(\.label) ?? "",
                    dueText: report.due ?? "", reporters: report.by.joined(separator: "; "), receiver: report.to ?? "",
                    snippet: snippet(report.span))
            },
            recognisedFromImages: document.recognisedFromImages ? "1" : nil)
    }

    /// A unit's subtree as matcher candidates, in one query; given a document's date, as the date knew it (the units
    /// in force then, under their parents and names of then: a closed district's communes of 2024 for its 2024 plan).
    static func candidates(under unit: OrgUnit, at date: CivilDate? = nil, on db: any Database) async throws -> [UnitNameMatcher.Candidate] {
        guard let date else {
            return try await OrgUnit.query(on: db).filter(\.$path, .custom("LIKE"), unit.path + "%").filter(\.$activeUntil == nil).all().map(
                candidate)
        }
        let subtree = try await UnitsAtDate.subtree(under: unit.path, date: date, on: db)
        let atDate = try await UnitsAtDate.load(under: unit.path, units: subtree, date: date, on: db)
        return subtree.filter { atDate.inForce($0) || $0.id == unit.id }.map {
            .init(id: $0.id!, name: atDate.name(of: $0), kind: $0.kind.rawValue, parentID: atDate.parent(of: $0), depth: $0.depth)
        }
    }

    private static func candidate(_ unit: OrgUnit) -> UnitNameMatcher.Candidate {
        .init(id: unit.id!, name: unit.name, kind: unit.kind.rawValue, parentID: unit.$parent.id, depth: unit.depth)
    }

    /// The plan in DanVan that one of the citations names, if exactly one does.
    private static func parentPlanID(citing references: [LegalReference], on db: any Database) async throws -> Int? {
        let keys = references.map { LegalDocument.identity(number: $0.number, issuedOn: $0.date?.iso) }
        guard !keys.isEmpty else { return nil }
        let documents = try await LegalDocument.query(on: db).filter(\.$identityKey ~~ keys).all().compactMap(\.id)
        guard !documents.isEmpty else { return nil }
        let plans = try await Plan.query(on: db).filter(\.$legalDocument.$id ~~ documents).all()
        return plans.count == 1 ? plans[0].id : nil
    }

    /// About 240 bytes of the normalized text around a span (UTF-8 offsets), for the "source" column, widened to whole
    /// characters: cutting inside a letter's bytes showed "�" on the review page (issue 18).
    static func snippet(_ text: String, _ span: TextSpan) -> String {
        let utf8 = text.utf8
        var start = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.start - 60, utf8.count)))
        var end = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.end + 180, utf8.count)))
        while String.Index(start, within: text) == nil { start = utf8.index(before: start) }
        while String.Index(end, within: text) == nil { end = utf8.index(after: end) }
        return "…" + text[start..<end].replacingOccurrences(of: "\n", with: " ") + "…"
    }
}
