import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Chấm điểm: rounds, criteria sets, opening a round, results and exports.
enum ScoringController {
    /// Rounds the person may see: opened in their subtree, scoring their unit, or with them on the team.
    static func visibleRounds(_ user: User, on db: any Database) async throws -> [ScoringRound] {
        let scoped = try await ScoringRound.query(on: db).join(OrgUnit.self, on: \ScoringRound.$owner.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), user.scopePath + "%").all()
        let ownSheets = try await ScoringSheet.query(on: db).filter(\.$unit.$id == user.$unit.id).field(\.$round.$id).all().map(\.$round.id)
        let teams = try await ScoringAppraiser.query(on: db).filter(\.$user.$id == user.id!).all().map(\.$round.id)
        let extraIDs = Set(ownSheets + teams).subtracting(scoped.compactMap(\.id))
        let extra = extraIDs.isEmpty ? [] : try await ScoringRound.query(on: db).filter(\.$id ~~ extraIDs).all()
        return (scoped + extra).sorted { ($0.year, $0.id ?? 0) > ($1.year, $1.id ?? 0) }
    }

    static func canSeeRound(_ user: User, _ round: ScoringRound, on db: any Database) async throws -> Bool {
        if let owner = try await OrgUnit.find(round.$owner.id, on: db), user.canSee(owner) { return true }
        if try await ScoringSheet.query(on: db).filter(\.$round.$id == round.id!).filter(\.$unit.$id == user.$unit.id).count() > 0 { return true }
        return try await ScoringAccess.isAppraiser(user, roundID: round.id!, on: db)
    }

    static func deadlines(_ round: ScoringRound) -> String {
        [round.selfDueOn, round.appraisalDueOn, round.objectionDueOn].map { CivilDate(iso: $0)?.vietnamese ?? $0 }.joined(separator: ", ")
    }

    @Sendable static func home(req: Request) async throws -> Response {
        let user = try req.user
        let rounds = try await visibleRounds(user, on: req.db)
        let roundIDs = rounds.compactMap(\.id)
        let owners = try await PetitionController.names(ofUnits: rounds.map { $0.$owner.id }, on: req.db)
        let sets = try await ScoringSet.query(on: req.db).filter(\.$id ~~ Set(rounds.map { $0.$set.id })).all()
        let mine =
            roundIDs.isEmpty
            ? [] : try await ScoringSheet.query(on: req.db).filter(\.$round.$id ~~ roundIDs).filter(\.$unit.$id == user.$unit.id).all()
        let teams = Set(try await ScoringAppraiser.query(on: req.db).filter(\.$user.$id == user.id!).all().map(\.$round.id))
        var model = ScoringHomePage.Model()
        model.rounds = rounds.map { round in
            var row = ScoringHomePage.Round()
            row.title = round.title
            row.year = String(round.year)
            row.owner = owners[round.$owner.id] ?? ""
            row.set = sets.first { $0.id == round.$set.id }?.title ?? ""
            row.deadlines = deadlines(round)
            row.url = SiteURL.scoringRound(.value(round.id!)).path
            if let sheet = mine.first(where: { $0.$round.id == round.id }) {
                row.mySheetURL = SiteURL.scoringSheet(.value(sheet.id!)).path
                row.mySheetStatus = sheet.status.label
            }
            row.appraiser = teams.contains(round.id!)
            return row
        }
        model.setsURL = SiteURL.scoringSets.path
        model.newRoundURL = user.role.canManageUnits ? SiteURL.scoringRoundNew.path : nil
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringHomePage(model: model).render())
    }

    // MARK: Sets

    @Sendable static func sets(req: Request) async throws -> Response {
        // "Quay lại" from the review page brings back what was typed on the import form.
        var values = ["nam": String(req.clock.today.year)]
        for key in ["ten", "van_ban", "nam", "xep_loai", "tong"] {
            if let value: String = req.query[key], !value.isEmpty { values[key] = String(value.prefix(500)) }
        }
        return try await setsPage(req, values: values, error: nil, status: .ok)
    }

    static func setsPage(_ req: Request, values: [String: String], error: String?, status: HTTPResponseStatus) async throws -> Response {
        let user = try req.user
        let page = try await ScoringSet.query(on: req.db).sort(\.$isExample).sort(\.$yearFrom, .descending).sort(\.$id, .descending)
            .paginate(PageParams(from: req).fluent)
        let issuers = try await PetitionController.names(ofUnits: page.items.compactMap { $0.$issuer.id }, on: req.db)
        var model = ScoringSetsPage.Model()
        model.rows = page.items.map { set in
            var row = ScoringSetsPage.Row()
            row.title = set.title + (set.isExample ? L10n.Scoring.mau : "")
            row.decision = set.decision
            row.years = set.years
            row.issuer = set.$issuer.id.flatMap { issuers[$0] } ?? "—"
            row.state = state(set)
            row.url = SiteURL.scoringSet(.value(set.id!)).path
            return row
        }
        var query: [String: String] = [:]
        model.pagination = pagination(page.metadata, base: SiteURL.scoringSets.path, query: &query)
        model.homeURL = SiteURL.scoring.path
        model.importURL = user.role.canManageUnits && user.role.canWrite ? SiteURL.scoringSetImport.path : nil
        model.values = values
        model.error = error
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringSetsPage(model: model).render(), status: status)
    }

    struct ImportForm: Content {
        var ten: String?
        var van_ban: String?
        var nam: String?
        /// Bands for a file that carries none: "Hoàn thành xuất sắc=90; Hoàn thành tốt=70; …".
        var xep_loai: String?
        /// The total the decision states, to check the groups against.
        var tong: String?
        var tep: File?
    }

    /// Step 1 of an import: the uploaded .csv, .xlsx or .docx is read and shown for review; nothing is saved. The table
    /// as read goes back to the person in a hidden field (the template CSV, base64) for step 2 to read and check again.
    @Sendable static func importSet(req: Request) async throws -> Response {
        _ = try req.require { $0.canManageUnits && $0.canWrite }
        let form = try req.content.decode(ImportForm.self)
        let values = [
            "ten": form.ten ?? "", "van_ban": form.van_ban ?? "", "nam": form.nam ?? "", "xep_loai": form.xep_loai ?? "", "tong": form.tong ?? ""
        ]
        func refuse(_ message: String) async throws -> Response {
            try await setsPage(req, values: values, error: message, status: .unprocessableEntity)
        }
        let title = (form.ten ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let decision = (form.van_ban ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, !decision.isEmpty else { return try await refuse(L10n.Scoring.vuiLongNhapTenBoTieu) }
        guard let year = Int((form.nam ?? "").trimmingCharacters(in: .whitespaces)), (2000...2100).contains(year) else {
            return try await refuse(L10n.Scoring.namApDungKhongHopLe)
        }
        guard let file = form.tep, file.data.readableBytes > 0 else { return try await refuse(L10n.Scoring.vuiLongChonTepBoTieuChi) }
        var reading: CriteriaReading
        do {
            reading = try CriteriaSetImport.read(Data(buffer: file.data), filename: file.filename)
        } catch {
            return try await refuse(error.message)
        }
        let bandsText = (form.xep_loai ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reading.set.bands.isEmpty, !bandsText.isEmpty {
            do {
                reading.set.bands = try CriteriaSetCSV.pairs(bandsText, line: 0).map { ClassificationBand($0.0, minimum: $0.1) }.sorted {
                    $0.minimum > $1.minimum
                }
            } catch {
                if case .invalidRow(_, let reason) = error { return try await refuse(L10n.Scoring.mucXepLoaiKhongHopLe(reason)) }
                return try await refuse(error.message)
            }
        }
        let totalText = (form.tong ?? "").trimmingCharacters(in: .whitespaces)
        if !totalText.isEmpty {
            guard let total = Points(text: totalText), total >= .zero else { return try await refuse(L10n.Scoring.tongDiemKhongHopLe(totalText)) }
            if reading.statedTotal == nil { reading.statedTotal = total }
        }
        let problems = reading.problems
        let csv = CriteriaSetCSV.csvData(reading.set)
        var model = ScoringSetReviewPage.Model()
        model.title = title
        model.decision = decision
        model.year = String(year)
        model.fileName = file.filename
        model.tableLayout = reading.layout
        model.maximum = reading.set.maximum.text
        model.statedTotal = reading.statedTotal?.text
        model.bonusCap = reading.set.bonusCap.text
        model.deductionCap = reading.set.deductionCap.text
        model.nodes = reviewNodes(reading.set)
        model.bands = bandRules(reading.set)
        model.problems = problems
        model.hidden = [
            ("ten", title), ("van_ban", decision), ("nam", String(year)), ("tong", reading.statedTotal?.text ?? ""),
            ("tep", file.filename), ("bang", csv.base64EncodedString())
        ]
        model.confirmURL = problems.isEmpty ? SiteURL.scoringSetImportConfirm.path : nil
        let query = ["ten", "van_ban", "nam", "xep_loai", "tong"].compactMap { key -> String? in
            guard let value = values[key], !value.isEmpty, let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) else {
                return nil
            }
            return key + "=" + encoded
        }
        model.backURL = SiteURL.scoringSets.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringSetReviewPage(model: model).render(), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    /// The tree as the review page shows it: depth from the parents, the rule of each scored line.
    static func reviewNodes(_ set: CriteriaSet) -> [ScoringSetReviewPage.Criterion] {
        let parents = Dictionary(set.nodes.map { ($0.code, $0.parentCode) }, uniquingKeysWith: { a, _ in a })
        let lineCodes = Set(set.lines.map(\.code))
        return set.nodes.map { node in
            var item = ScoringSetReviewPage.Criterion()
            item.code = node.code
            item.text = (node.role == .regular ? "" : node.role.label + ": ") + node.text
            item.max = node.maxPoints.text
            var depth = node.role == .regular ? 1 : 2
            var parent = node.parentCode
            while let code = parent, depth < 10 {
                depth += 1
                parent = parents[code] ?? nil
            }
            item.depth = depth
            if lineCodes.contains(node.code) {
                item.rule =
                    node.kind.label
                    + {
                        let rule = ruleText(node)
                        return rule.isEmpty ? "" : ": " + rule
                    }()
                item.evidence = node.evidence
            }
            return item
        }
    }

    static func bandRules(_ set: CriteriaSet) -> [(label: String, rule: String)] {
        set.bands.map { band in
            (
                label: band.label,
                rule: L10n.Scoring.tuDiem(band.minimum.text) + (band.minimumGroupPercent.map { L10n.Scoring.khongNhomTieuChiNaoDuoi($0) } ?? "")
            )
        }
    }

    struct ConfirmForm: Content {
        var ten: String?
        var van_ban: String?
        var nam: String?
        var tong: String?
        var tep: String?
        var bang: String?
    }

    /// Step 2: the reviewed table, read and checked again (it came back from the browser), saved whole with its audit.
    @Sendable static func confirmImport(req: Request) async throws -> Response {
        let user = try req.require { $0.canManageUnits && $0.canWrite }
        let form = try req.content.decode(ConfirmForm.self)
        let values = ["ten": form.ten ?? "", "van_ban": form.van_ban ?? "", "nam": form.nam ?? "", "tong": form.tong ?? ""]
        func refuse(_ message: String) async throws -> Response {
            try await setsPage(req, values: values, error: message, status: .unprocessableEntity)
        }
        let title = (form.ten ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let decision = (form.van_ban ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, !decision.isEmpty else { return try await refuse(L10n.Scoring.vuiLongNhapTenBoTieu) }
        guard let year = Int((form.nam ?? "").trimmingCharacters(in: .whitespaces)), (2000...2100).contains(year) else {
            return try await refuse(L10n.Scoring.namApDungKhongHopLe)
        }
        guard let data = Data(base64Encoded: form.bang ?? ""), !data.isEmpty else { return try await refuse(L10n.Scoring.bangDaDocKhongConHopLe) }
        let set: CriteriaSet
        do { set = try CriteriaSetCSV.read(data) } catch { return try await refuse(error.message) }
        var reading = CriteriaReading(set: set, errors: [], layout: "")
        reading.statedTotal = (form.tong ?? "").isEmpty ? nil : Points(text: form.tong ?? "")
        let problems = reading.problems
        guard problems.isEmpty else { return try await refuse(L10n.Scoring.boTieuChiChuaDungDuocLabel + problems.prefix(5).joined(separator: " ")) }
        let row = try await ScoringSetStore.imported(
            set, title: title, decision: decision, yearFrom: year, yearTo: nil, by: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daNhapBoTieuChiDong(set.lines.count))
        return req.redirect(to: SiteURL.scoringSet(.value(row.id!)).path)
    }

    @Sendable static func setCSV(req: Request) async throws -> Response {
        _ = try req.user
        let (row, set, _) = try await ScoringSetStore.load(try req.idParameter(), on: req.db)
        return Download.response(CSVWriter.csv(header: CriteriaSetCSV.columns, rows: CriteriaSetCSV.rows(set)), name: "bo-tieu-chi-\(row.id!).csv")
    }

    static func state(_ set: ScoringSet) -> String {
        set.isExample ? L10n.Scoring.boMauSaoChepDeDung : set.frozen ? L10n.Scoring.daDungChoDotChamDiem : L10n.Scoring.dangSoanSuaDuoc
    }

    static func ruleText(_ node: CriterionNode) -> String {
        switch node.kind {
        case .yesNo: return L10n.Scoring.n0Hoac(node.maxPoints.text)
        case .levels: return node.levels.map { "\($0.label) \($0.points.text)" }.joined(separator: "; ")
        case .thresholds:
            return node.thresholds.map { L10n.Scoring.tuLabel(CriteriaSetCSV.number($0.minimum), $0.points.text) }.joined(separator: "; ")
        case .computedRate where node.source?.isCount == true:
            let count =
                node.thresholds.isEmpty
                ? L10n.Scoring.coItNhat1Label(node.maxPoints.text)
                : node.thresholds.map { L10n.Scoring.tuLabel(CriteriaSetCSV.number($0.minimum), $0.points.text) }.joined(separator: "; ")
            return (node.source?.label ?? "") + " — " + count
        case .computedRate:
            let rate =
                node.thresholds.isEmpty
                ? L10n.Scoring.tyLeDiemToiDa
                : node.thresholds.map { L10n.Scoring.tuNguongPhanTram(CriteriaSetCSV.number($0.minimum), $0.points.text) }.joined(separator: "; ")
            return (node.source?.label ?? "") + " — " + rate
        }
    }

    @Sendable static func set(req: Request) async throws -> Response {
        let user = try req.user
        let (row, set, _) = try await ScoringSetStore.load(try req.idParameter(), on: req.db)
        let issuer = try await row.$issuer.id.asyncFlatMap { try await OrgUnit.find($0, on: req.db) }
        let groupCodes = Set(set.groups.map(\.code))
        var model = ScoringSetPage.Model()
        model.title = row.title
        model.decision = row.decision
        model.years = row.years
        model.issuer = issuer?.name ?? L10n.Scoring.boMau
        model.state = state(row)
        model.maximum = set.maximum.text
        model.bonusCap = set.bonusCap.text
        model.deductionCap = set.deductionCap.text
        let lineCodes = Set(set.lines.map(\.code))
        model.nodes = set.nodes.map { node in
            var item = ScoringSetPage.Criterion()
            item.code = node.code
            item.text = (node.role == .regular ? "" : node.role.label + ": ") + node.text
            item.max = node.maxPoints.text
            item.depth = groupCodes.contains(node.code) ? 1 : 2
            if lineCodes.contains(node.code) {
                item.kind = node.kind.label
                item.rule = ruleText(node)
                item.evidence = node.evidence
            }
            return item
        }
        model.bands =
            set.bands.map { band in
                (
                    label: band.label,
                    rule: L10n.Scoring.tuDiem(band.minimum.text) + (band.minimumGroupPercent.map { L10n.Scoring.khongNhomTieuChiNaoDuoi($0) } ?? "")
                )
            } + [(label: CriteriaSet.ineligibleLabel, rule: L10n.Scoring.khiDoanThamDinhXacDinh)]
        if user.role.canManageUnits && user.role.canWrite {
            model.copyURL = SiteURL.scoringSetCopy(.value(row.id!)).path
            model.copyYear = String(req.clock.today.year)
            if !row.frozen && !row.isExample, let issuer, user.canSee(issuer) {
                let criterionURL = SiteURL.scoringSetCriterion(.value(row.id!)).path
                model.addCriterionURL = criterionURL
                for index in model.nodes.indices {
                    let code = model.nodes[index].code
                    model.nodes[index].editURL = criterionURL + "?ma=" + (code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code)
                }
                model.problems = set.problems()
                model.editURL = SiteURL.scoringSetEdit(.value(row.id!)).path
                model.yearFrom = String(row.yearFrom)
                model.yearTo = row.yearTo.map(String.init) ?? ""
            }
        }
        model.listURL = SiteURL.scoringSets.path
        model.csvURL = SiteURL.scoringSetCSV(.value(row.id!)).path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringSetPage(model: model).render())
    }

    struct CopyForm: Content {
        var nam: String?
        var ten: String?
    }

    @Sendable static func copySet(req: Request) async throws -> Response {
        let user = try req.require { $0.canManageUnits && $0.canWrite }
        let form = try req.content.decode(CopyForm.self)
        guard let year = Int((form.nam ?? "").trimmingCharacters(in: .whitespaces)) else {
            throw AppError.invalid(L10n.Scoring.vuiLongNhapNamApDung(req.clock.today.year), code: "invalid_year")
        }
        let copy = try await ScoringSetStore.copy(
            try req.idParameter(), toYear: year, title: form.ten, issuerUnitID: user.$unit.id,
            actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daSaoChepBoTieuChi)
        return req.redirect(to: SiteURL.scoringSet(.value(copy.id!)).path)
    }

    struct EditForm: Content {
        var ten: String?
        var van_ban: String?
        var tu_nam: String?
        var den_nam: String?
    }

    @Sendable static func editSet(req: Request) async throws -> Response {
        let user = try req.require { $0.canManageUnits && $0.canWrite }
        guard let row = try await ScoringSet.find(try req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Scoring.boTieuChi) }
        guard let issuerID = row.$issuer.id, let issuer = try await OrgUnit.find(issuerID, on: req.db), user.canSee(issuer) else {
            throw row.isExample ? AppError.invalid(L10n.Scoring.boTieuChiMauKhongSua, code: "set_is_example") : AppError.outsideScope
        }
        let form = try req.content.decode(EditForm.self)
        guard let from = Int((form.tu_nam ?? "").trimmingCharacters(in: .whitespaces)) else {
            throw AppError.invalid(L10n.Scoring.namApDungKhongHopLe, code: "invalid_year")
        }
        let toText = (form.den_nam ?? "").trimmingCharacters(in: .whitespaces)
        try await ScoringSetStore.update(
            row, title: form.ten ?? "", decision: form.van_ban ?? "", yearFrom: from,
            yearTo: toText.isEmpty ? nil : Int(toText) ?? -1, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daLuuBoTieuChi)
        return req.redirect(to: SiteURL.scoringSet(.value(row.id!)).path)
    }

    // MARK: Rounds

    struct RoundForm: Content {
        var bo_tieu_chi: Int?
        var nam: String?
        var ten: String?
        var don_vi: String?
        var loai: [String]?
        var han_tu_cham: String?
        var han_tham_dinh: String?
        var han_kien_nghi: String?
        var tham_dinh: String?

        var values: ScoringRoundNewPage.Values {
            var v = ScoringRoundNewPage.Values()
            v.set = bo_tieu_chi.map(String.init) ?? ""
            v.year = nam ?? ""
            v.title = ten ?? ""
            v.subtree = don_vi ?? ""
            v.kinds = Set(loai ?? [])
            v.selfDue = han_tu_cham ?? ""
            v.appraisalDue = han_tham_dinh ?? ""
            v.objectionDue = han_kien_nghi ?? ""
            v.appraisers = tham_dinh ?? ""
            return v
        }
    }

    static func date(_ text: String?) -> CivilDate? {
        let typed = (text ?? "").trimmingCharacters(in: .whitespaces)
        return CivilDate(vietnamese: typed) ?? CivilDate(iso: typed)
    }

    @Sendable static func newRound(req: Request) async throws -> Response {
        let user = try req.require { $0.canManageUnits && $0.canWrite }
        var values = ScoringRoundNewPage.Values()
        let year = req.clock.today.year
        values.year = String(year)
        values.subtree = try await UnitChoice.label(of: user.unit, on: req.db)
        values.kinds = Set(ScoringRounds.defaultKinds.map(\.rawValue))
        values.selfDue = CivilDate(year: year, month: 12, day: 10)!.vietnamese
        values.appraisalDue = CivilDate(year: year, month: 12, day: 20)!.vietnamese
        values.objectionDue = CivilDate(year: year, month: 12, day: 28)!.vietnamese
        return try await roundPage(req, values: values, status: .ok)
    }

    static func roundPage(_ req: Request, values: ScoringRoundNewPage.Values, status: HTTPResponseStatus) async throws -> Response {
        var model = ScoringRoundNewPage.Model()
        model.values = values
        model.sets = try await ScoringSet.query(on: req.db).filter(\.$isExample == false).sort(\.$yearFrom, .descending).all()
            .map { (String($0.id!), $0.title + " (" + $0.years + ")") }
        model.kinds = UnitKind.allCases.map { ($0.rawValue, $0.label) }
        model.action = SiteURL.scoringRounds.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringRoundNewPage(model: model).render(), status: status)
    }

    @Sendable static func createRound(req: Request) async throws -> Response {
        let user = try req.require { $0.canManageUnits && $0.canWrite }
        let form = try req.content.decode(RoundForm.self)
        var values = form.values
        var errors: [String: String] = [:]
        let year = Int((form.nam ?? "").trimmingCharacters(in: .whitespaces))
        if year == nil { errors["nam"] = L10n.Scoring.namDanhGiaKhongHopLe }
        var subtree: OrgUnit?
        switch try await UnitChoice.resolve(form.don_vi ?? "", within: user.scopePath, on: req.db) {
        case .unit(let unit): subtree = unit
        case let outcome: errors["don_vi"] = UnitChoice.problem(outcome, typed: form.don_vi ?? "")
        }
        let kinds = (form.loai ?? []).compactMap(UnitKind.init(rawValue:))
        if kinds.isEmpty { errors["loai"] = L10n.Scoring.vuiLongChonItNhatMot }
        let dues = [("han_tu_cham", form.han_tu_cham), ("han_tham_dinh", form.han_tham_dinh), ("han_kien_nghi", form.han_kien_nghi)].map {
            name, text in
            (name, date(text))
        }
        for (name, due) in dues where due == nil { errors[name] = L10n.Scoring.ngayKhongHopLeNhapTheo }
        if errors.isEmpty, let year, let subtree, let setID = form.bo_tieu_chi, let selfDue = dues[0].1, let appraisalDue = dues[1].1,
            let objectionDue = dues[2].1
        {
            let opening = ScoringRounds.Opening(
                setID: setID, year: year, title: form.ten ?? "", subtreeUnitID: subtree.id!, kinds: kinds,
                selfDue: selfDue, appraisalDue: appraisalDue, objectionDue: objectionDue,
                appraisers: (form.tham_dinh ?? "").split(separator: ",").map(String.init))
            do {
                let round = try await ScoringRounds.open(opening, by: user, actor: req.actor(user), on: req.db)
                req.flash(.success, L10n.Scoring.daMoDotChamDiemVa)
                return req.redirect(to: SiteURL.scoringRound(.value(round.id!)).path)
            } catch let error as AppError where error.status == .unprocessableEntity {
                errors[error.code == "unknown_appraiser" || error.code == "appraiser_cannot_write" ? "tham_dinh" : "chung"] = error.message
            }
        } else if form.bo_tieu_chi == nil {
            errors["chung"] = L10n.Scoring.vuiLongChonBoTieuChi
        }
        values.errors = errors
        return try await roundPage(req, values: values, status: .unprocessableEntity)
    }

    static func findRound(_ req: Request, user: User) async throws -> ScoringRound {
        guard let round = try await ScoringRound.find(try req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Scoring.dotChamDiem) }
        guard try await canSeeRound(user, round, on: req.db) else { throw AppError.outsideScope }
        return round
    }

    /// What the results page needs of a round, in one plain row: the round, its owner's name and path, its set's row,
    /// whether the person is on its team and the person's own sheet in it.
    struct RoundHead: Decodable {
        let id: Int
        let set_id: Int
        let owner_unit_id: Int
        let year: Int
        let title: String
        let self_due_on: String
        let appraisal_due_on: String
        let objection_due_on: String
        let owner_name: String
        let owner_path: String
        let set_title: String
        let frozen: Bool
        let bonus_cap: Int
        let deduction_cap: Int
        let bands: String
        let appraisers: Int
        let my_sheet: Int?

        /// The round as the results' queries take it (they read its id, owner and year), without a Fluent decode.
        var round: ScoringRound {
            let round = ScoringRound()
            round.id = id
            round.$set.id = set_id
            round.$owner.id = owner_unit_id
            round.year = year
            round.title = title
            round.selfDueOn = self_due_on
            round.appraisalDueOn = appraisal_due_on
            round.objectionDueOn = objection_due_on
            round.$id.exists = true
            return round
        }
    }

    static func roundHead(_ roundID: Int, user: User, on sql: any SQLDatabase) async throws -> RoundHead? {
        try await sql.raw(
            """
            SELECT r.id, r.set_id, r.owner_unit_id, r.year, r.title, r.self_due_on, r.appraisal_due_on, r.objection_due_on, \
            u.name AS owner_name, u.path AS owner_path, t.title AS set_title, t.frozen, t.bonus_cap, t.deduction_cap, t.bands, \
            (SELECT COUNT(*) FROM scoring_appraisers a WHERE a.round_id = r.id AND a.user_id = \(bind: user.id!)) AS appraisers, \
            (SELECT s.id FROM scoring_sheets s WHERE s.round_id = r.id AND s.unit_id = \(bind: user.$unit.id)) AS my_sheet \
            FROM scoring_rounds r JOIN units u ON u.id = r.owner_unit_id JOIN scoring_sets t ON t.id = r.set_id WHERE r.id = \(bind: roundID)
            """
        ).first(decoding: RoundHead.self)
    }

    @Sendable static func round(req: Request) async throws -> Response {
        let user = try req.user
        guard let sql = req.db as? any SQLDatabase else { throw AppError.notFound(L10n.Scoring.dotChamDiem) }
        // Plain rows and the frozen set from the process's cache: the same rights as `canSeeRound`, read in one statement.
        guard let head = try await roundHead(try req.idParameter(), user: user, on: sql) else { throw AppError.notFound(L10n.Scoring.dotChamDiem) }
        let isAppraiser = head.appraisers > 0
        let ownerVisible = head.owner_path.hasPrefix(user.scopePath)
        guard ownerVisible || head.my_sheet != nil || isAppraiser else { throw AppError.outsideScope }
        let round = head.round
        let loaded = try await ScoringSetStore.loaded(
            head.set_id,
            header: SetHeader(
                id: head.set_id, title: head.set_title, frozen: head.frozen, bonusCap: head.bonus_cap, deductionCap: head.deduction_cap,
                bands: head.bands),
            on: req.db, cache: req.scoringSetCache)
        let set = loaded.set
        let seesAll = ownerVisible || isAppraiser
        let group: String = req.query["nhom"] ?? ""
        let classLabel: String = req.query["xep_loai"] ?? ""
        let sort: String = req.query["sap_xep"] ?? ""
        // One page of rows in stored rank order, and the counts from one GROUP BY: never every sheet of the round.
        let filter = ScoringResults.Filter(
            group: ScoringGroup(rawValue: group), classLabel: classLabel, sort: sort, unitID: seesAll ? nil : user.$unit.id)
        let counts = try await ScoringResults.counts(roundID: round.id!, unitID: filter.unitID, on: req.db)
        let total = ScoringResults.total(counts, filter: filter)
        let params = PageParams(from: req)
        let shown = try await ScoringResults.page(round, filter: filter, page: params, on: req.db)
        var model = ScoringRoundPage.Model()
        model.title = round.title
        model.year = String(round.year)
        model.owner = head.owner_name
        model.set = loaded.title
        model.setURL = SiteURL.scoringSet(.value(loaded.id)).path
        model.deadlines = [
            (L10n.Scoring.hanTuCham, CivilDate(iso: round.selfDueOn)?.vietnamese ?? ""),
            (L10n.Scoring.hanThamDinh, CivilDate(iso: round.appraisalDueOn)?.vietnamese ?? ""),
            (L10n.Scoring.hanKienNghi, CivilDate(iso: round.objectionDueOn)?.vietnamese ?? "")
        ]
        struct Member: Decodable {
            let full_name: String
            let username: String
        }
        let team = try await sql.raw(
            """
            SELECT u.full_name, u.username FROM scoring_appraisers a JOIN users u ON u.id = a.user_id WHERE a.round_id = \(bind: head.id) \
            ORDER BY a.id
            """
        ).all(decoding: Member.self)
        model.appraisers = team.map { $0.full_name + " (" + $0.username + ")" }.joined(separator: ", ")
        if seesAll {
            model.distribution = ScoringResults.distribution(counts, set: set)
            let count = counts.filter { $0.status == SheetStatus.finalised.rawValue }.reduce(0) { $0 + $1.n }
            if count > 0 {
                let totals = try await ScoringResults.finalisedGroupTotals(round, on: req.db)
                model.groupAverages = set.groups.map { group in
                    let total = totals[group.code] ?? 0
                    return (
                        label: "\(group.code). \(group.text)", average: Points(hundredths: (total + count / 2) / count).text,
                        maximum: group.maxPoints.text
                    )
                }
            }
        }
        model.rows = shown.map { row in
            var item = ScoringRoundPage.Row()
            item.unit = row.unitName
            item.group = row.group.label
            item.status = row.status.label
            item.late = row.late
            item.selfTotal = row.selfTotal?.text ?? ""
            item.finalTotal = row.finalTotal?.text ?? ""
            item.classLabel = row.classLabel ?? ""
            item.rank = row.rank.map(String.init) ?? ""
            item.lastYear = row.lastYear.map { $0.text + (row.lastYearClass.map { " — " + $0 } ?? "") } ?? ""
            item.url = SiteURL.scoringSheet(.value(row.sheetID)).path
            return item
        }
        var query = ["nhom": group, "xep_loai": classLabel, "sap_xep": sort]
        model.pagination = pagination(
            PageMetadata(page: params.page, per: params.per, total: total), base: SiteURL.scoringRound(.value(round.id!)).path, query: &query)
        model.filterAction = SiteURL.scoringRound(.value(round.id!)).path
        model.group = group
        model.classLabel = classLabel
        model.sort = sort
        model.classes = (set.bands.map(\.label) + [CriteriaSet.ineligibleLabel]).map { ($0, $0) }
        model.xlsxURL = SiteURL.scoringRoundXlsx(.value(round.id!)).path
        model.docxURL = SiteURL.scoringRoundDocx(.value(round.id!)).path
        model.mySheetURL = head.my_sheet.map { SiteURL.scoringSheet(.value($0)).path }
        model.homeURL = SiteURL.scoring.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ScoringRoundPage(model: model).render())
    }

    /// The whole results table: for whoever sees the round's owner (the coordinators) and the appraisal team.
    static func resultsReader(_ req: Request) async throws -> (User, ScoringRound) {
        let user = try req.user
        let round = try await findRound(req, user: user)
        let owner = try await OrgUnit.find(round.$owner.id, on: req.db)
        let isAppraiser = try await ScoringAccess.isAppraiser(user, roundID: round.id!, on: req.db)
        guard (owner.map(user.canSee) ?? false) || isAppraiser else { throw AppError.forbidden }
        return (user, round)
    }

    @Sendable static func xlsx(req: Request) async throws -> Response {
        let (_, round) = try await resultsReader(req)
        let (_, set, _) = try await ScoringSetStore.load(round.$set.id, on: req.db)
        return Download.response(try await ScoringResults.spreadsheet(round, set: set, on: req.db), name: "ket-qua-cham-diem-\(round.year).xlsx")
    }

    @Sendable static func docx(req: Request) async throws -> Response {
        let (_, round) = try await resultsReader(req)
        let (setRow, _, _) = try await ScoringSetStore.load(round.$set.id, on: req.db)
        guard let owner = try await OrgUnit.query(on: req.db).filter(\.$id == round.$owner.id).with(\.$parent).first() else {
            throw AppError.notFound(L10n.Scoring.donViCot)
        }
        let document = try await ScoringResults.decision(
            round, setRow: setRow, owner: owner, parent: owner.parent, today: req.clock.today, on: req.db)
        return Download.response(try OfficialReportDocx.data(document), name: "du-thao-quyet-dinh-ket-qua-\(round.year).docx")
    }
}
