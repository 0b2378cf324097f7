import DanVanCore
import Fluent
import Vapor
import Views

/// Đánh giá sự hài lòng (Điều 35.2a): the public rating form of a commune, without an account and with the petition form's
/// protections; and the results for staff, per subject, per procedure and per month. A rating of 1 or 2 becomes a phản ánh
/// addressed to the commune, so it is answered like any other.
enum SatisfactionController {

    struct Draft: Sendable {
        var subject = ""
        var service = ""
        var score = ""
        var reference = ""
        var comment = ""
    }

    static func problems(_ draft: Draft) -> [String: String] {
        var problems: [String: String] = [:]
        if SatisfactionSubject(rawValue: draft.subject) == nil { problems["subject"] = L10n.Democracy.vuiLongChonNoiDungDanh }
        if Int(draft.score).map({ !SatisfactionRules.scores.contains($0) }) ?? true { problems["score"] = L10n.Democracy.vuiLongChonMucDoHai }
        if DemocracyService.clean(draft.service).count > 200 { problems["service"] = L10n.Democracy.tenThuTucToiDa200 }
        if DemocracyService.clean(draft.reference).count > 40 { problems["reference"] = L10n.Democracy.soBienNhanHoacMaTra }
        if DemocracyService.clean(draft.comment).count > 2000 { problems["comment"] = L10n.Democracy.yKienToiDa2000 }
        return problems
    }

    /// Saves the rating; a low one also becomes a phản ánh to the commune, in the same transaction.
    static func rate(_ draft: Draft, commune: OrgUnit, actor: Actor, rules: PetitionRules, on database: any Database) async throws
        -> SatisfactionRating
    {
        let problems = problems(draft)
        if let first = problems.sorted(by: { $0.key < $1.key }).first { throw AppError.invalid(first.value, code: "invalid_" + first.key) }
        let subject = SatisfactionSubject(rawValue: draft.subject)!
        let score = Int(draft.score)!
        let rating = SatisfactionRating()
        rating.$unit.id = commune.id!
        rating.subject = subject.rawValue
        rating.service = subject == .procedure ? DemocracyService.clean(draft.service) : ""
        rating.score = score
        rating.reference = DemocracyService.clean(draft.reference)
        rating.comment = DemocracyService.clean(draft.comment)
        rating.ratedOn = actor.today.iso
        try await database.transaction { db in
            if SatisfactionRules.isLow(score) {
                let what = rating.service.isEmpty ? subject.label.lowercased() : L10n.Democracy.thuTuc + rating.service
                let petition = try await PetitionService.create(
                    .init(
                        channel: .web, receivedOn: actor.today, subject: String(L10n.Democracy.nguoiDanKhongHaiLongVe(what).prefix(300)),
                        content: L10n.Democracy.danhGia5(SatisfactionRules.label(score), score)
                            + (rating.reference.isEmpty ? "" : L10n.Democracy.soBienNhanMaTraCuu(rating.reference))
                            + (rating.comment.isEmpty ? L10n.Democracy.nguoiDanhGiaKhongGhiY : L10n.Democracy.yKienLabel + rating.comment),
                        citizenName: "", citizenAddress: "", citizenPhone: "", citizenIDNumber: "", peopleCount: 1, kinds: [.feedback],
                        unitID: commune.id, isAnonymous: true), actor: actor, rules: rules, on: db)
                rating.$petition.id = petition.id
            }
            try await rating.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "satisfaction_rating", id: "\(rating.id!)", action: "create",
                before: RatingSnapshot?.none, after: RatingSnapshot(rating))
        }
        return rating
    }

    struct RatingSnapshot: Codable {
        let unitID: Int, subject: String, score: Int, petitionID: Int?
        init(_ rating: SatisfactionRating) {
            unitID = rating.$unit.id
            subject = rating.subject
            score = rating.score
            petitionID = rating.$petition.id
        }
    }

    // MARK: - Public form

    static func commune(_ req: Request) async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(req.idParameter(), on: req.db), unit.kind == .commune else {
            throw AppError.notFound(L10n.Democracy.xaPhuong)
        }
        return unit
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let unit = try await commune(req)
        req.session.data["rating_form_at"] = String(req.clock.now.timeIntervalSince1970)
        var values = ["subject": SatisfactionSubject.procedure.rawValue]
        if let reference = req.query[String.self, at: "ma"] { values["reference"] = String(reference.prefix(40)) }
        return try await formPage(req, unit: unit, values: values, errors: [:], refusal: nil, status: .ok)
    }

    static func formPage(
        _ req: Request, unit: OrgUnit, values: [String: String], errors: [String: String], refusal: String?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.danhGiaSuHaiLongTieuDe + unit.name
        model.lead = L10n.Democracy.uyBanNhanDanXaPhuong
        model.links = [(L10n.Democracy.thongTinCongKhaiCua + unit.name, SiteURL.publicDemocracyCommune(.value(unit.id!)).path)]
        if req.session.data["rating_sent"] == String(unit.id!) {
            model.notice = L10n.Democracy.camOnBanDaDanhGia
            if let code = req.session.data["rating_code"] {
                model.notice! += L10n.Democracy.danhGiaKhongHaiLongCua(code)
            }
            req.session.data["rating_sent"] = nil
            req.session.data["rating_code"] = nil
        }
        var form = DemocracyForm(
            heading: L10n.Democracy.phieuDanhGia, action: SiteURL.publicDemocracySatisfaction(.value(unit.id!)).path,
            controls: [
                .select(
                    label: L10n.Democracy.danhGiaVe, name: "subject", options: SatisfactionSubject.allCases.map { ($0.rawValue, $0.label) },
                    required: true),
                .text(label: L10n.Democracy.thuTucHanhChinhDaGiai, name: "service", hint: L10n.Democracy.viDuChungThucBanSao, required: false),
                .select(
                    label: L10n.Democracy.mucDoHaiLong, name: "score",
                    options: SatisfactionRules.scores.reversed().map { (String($0), "\($0) — " + SatisfactionRules.label($0)) }, required: true),
                .text(label: L10n.Democracy.soBienNhanHoSoHoac, name: "reference", hint: L10n.Democracy.deTrongNeuMuonDanhGia, required: false),
                .textarea(label: L10n.Democracy.yKienGopYKhongBat, name: "comment", rows: 4, required: false),
                .honeypot
            ], submit: L10n.Democracy.guiDanhGia)
        form.values = values
        form.errors = errors
        form.refusal = refusal
        model.forms = [form]
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: unit.id, on: req)
        return DemocracyController.render(req, model, status: status)
    }

    struct RatingForm: Content {
        var subject: String?, service: String?, score: String?, reference: String?, comment: String?, website: String?
        var draft: Draft {
            Draft(subject: subject ?? "", service: service ?? "", score: score ?? "", reference: reference ?? "", comment: comment ?? "")
        }
        var values: [String: String] {
            ["subject": subject ?? "", "service": service ?? "", "score": score ?? "", "reference": reference ?? "", "comment": comment ?? ""]
        }
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let unit = try await commune(req)
        let rules = try await req.application.currentPetitionRules(on: req.db)
        let form = try req.content.decode(RatingForm.self)
        let shownAt = req.session.data["rating_form_at"].flatMap(Double.init)
        guard (form.website ?? "").isEmpty, let shownAt, req.clock.now.timeIntervalSince1970 - shownAt >= rules.minimumFillSeconds else {
            req.session.data["rating_form_at"] = String(req.clock.now.timeIntervalSince1970)
            return try await formPage(
                req, unit: unit, values: form.values, errors: [:],
                refusal: L10n.Democracy.danhGiaChuaDuocGuiVi,
                status: .unprocessableEntity)
        }
        try await PublicRateLimit.check("rating", limit: rules.formsPerHour, window: 3600, on: req)
        let problems = problems(form.draft)
        guard problems.isEmpty else {
            return try await formPage(req, unit: unit, values: form.values, errors: problems, refusal: nil, status: .unprocessableEntity)
        }
        let actor = Actor(userID: nil, username: "cong-dan", unitID: nil, at: req.clock.now)
        let rating = try await rate(form.draft, commune: unit, actor: actor, rules: rules, on: req.db)
        req.session.data["rating_form_at"] = nil
        req.session.data["rating_sent"] = String(unit.id!)
        if let petitionID = rating.$petition.id, let petition = try await Petition.find(petitionID, on: req.db) {
            req.session.data["rating_code"] = petition.trackingCode
        }
        return req.redirect(to: SiteURL.publicDemocracySatisfaction(.value(unit.id!)).path)
    }

    // MARK: - Results

    @Sendable static func results(req: Request) async throws -> Response {
        let user = try req.user
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let today = req.clock.today
        let since = CivilDate(year: today.year - 1, month: today.month, day: 1)!
        let ratings = try await SatisfactionRating.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$ratedOn >= since.iso)
            .field(\.$id).field(\.$subject).field(\.$service).field(\.$score).field(\.$ratedOn).field(\.$petition.$id).field(\.$unit.$id).all()
        func rate(_ summary: SatisfactionRules.Summary) -> String {
            summary.rate.map { String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") + " %" } ?? "—"
        }
        func average(_ summary: SatisfactionRules.Summary) -> String {
            String(format: "%.1f", summary.average).replacingOccurrences(of: ".", with: ",")
        }
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.danhGiaSuHaiLongTieuDe + unit.name
        model.lead = L10n.Democracy.n12ThangGanNhatTyLe
        model.links = [
            (L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path),
            (L10n.Democracy.phieuDanhGiaCongKhai, SiteURL.publicDemocracySatisfaction(.value(unit.id!)).path)
        ]
        let all = SatisfactionRules.Summary(scores: ratings.map(\.score))
        model.facts = [
            (L10n.Democracy.soDanhGia, String(all.count)), (L10n.Democracy.tyLeHaiLong, rate(all)), (L10n.Democracy.diemTrungBinh15, average(all)),
            (L10n.Democracy.chuyenThanhPhanAnh, String(ratings.filter { $0.$petition.id != nil }.count))
        ]
        var bySubject = DemocracyTable(
            title: L10n.Democracy.theoNoiDung,
            headers: [L10n.Democracy.noiDung, L10n.Democracy.soDanhGia, L10n.Democracy.tyLeHaiLong, L10n.Democracy.diemTrungBinh],
            empty: L10n.Democracy.chuaCoDanhGia)
        bySubject.rows = SatisfactionSubject.allCases.map { subject in
            let summary = SatisfactionRules.Summary(scores: ratings.filter { $0.subject == subject.rawValue }.map(\.score))
            return [DemocracyCell(subject.label), DemocracyCell(String(summary.count)), DemocracyCell(rate(summary)), DemocracyCell(average(summary))]
        }
        let services = Dictionary(grouping: ratings.filter { !$0.service.isEmpty }, by: { VietnameseText.searchKey($0.service) })
        var byService = DemocracyTable(
            title: L10n.Democracy.theoThuTucHanhChinh20,
            headers: [L10n.Democracy.thuTucVietHoa, L10n.Democracy.soDanhGia, L10n.Democracy.tyLeHaiLong],
            empty: L10n.Democracy.chuaCoDanhGiaVeThu)
        byService.rows = services.values.sorted { $0.count > $1.count }.prefix(20).map { group in
            let summary = SatisfactionRules.Summary(scores: group.map(\.score))
            return [DemocracyCell(group[0].service), DemocracyCell(String(summary.count)), DemocracyCell(rate(summary))]
        }
        var byMonth = DemocracyTable(
            title: L10n.Democracy.theoThang,
            headers: [L10n.Democracy.thang, L10n.Democracy.soDanhGia, L10n.Democracy.tyLeHaiLong, L10n.Democracy.diemTrungBinh],
            empty: L10n.Democracy.chuaCoDanhGia)
        let months = Dictionary(grouping: ratings, by: { String($0.ratedOn.prefix(7)) })
        byMonth.rows = months.keys.sorted(by: >).map { key in
            let summary = SatisfactionRules.Summary(scores: months[key]!.map(\.score))
            let label = L10n.Democracy.thangTruocSo + String(Int(key.suffix(2)) ?? 0) + "/" + key.prefix(4)
            return [DemocracyCell(label), DemocracyCell(String(summary.count)), DemocracyCell(rate(summary)), DemocracyCell(average(summary))]
        }
        model.tables = [bySubject, byService, byMonth]
        return DemocracyController.render(req, model)
    }
}
