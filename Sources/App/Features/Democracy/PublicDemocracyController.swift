import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Công khai — what each commune publishes, for anyone without an account; and the public opinion form of a consultation,
/// with the petition form's protections (a honeypot, a minimum fill time, a per-address limit in the database).
/// Nothing personal is shown: no names of who published, who gave an opinion, or what they wrote.
enum PublicDemocracyController {
    @Sendable static func communes(req: Request) async throws -> Response {
        let typed = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        let key = VietnameseText.searchKey(typed)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.thongTinCongKhaiCuaXa
        model.lead = L10n.Democracy.theoLuatThucHienDanChu
        model.filter = DemocracyFilter(
            action: SiteURL.publicDemocracy.path, fields: [.init(label: L10n.Democracy.tenXaPhuongKhongCanDau, name: "q", value: typed)],
            submit: L10n.Democracy.tim)
        if !key.isEmpty {
            let page = try await OrgUnit.query(on: req.db).filter(\.$kind == .commune).filter(\.$activeUntil == nil)
                .group(.or, UnitQuery.nameHasWordStarting(key)).sort(\.$sortKey).paginate(PageParams(from: req, defaultPer: 30).fluent)
            let parents = try await PetitionController.names(ofUnits: page.items.compactMap { $0.$parent.id }, on: req.db)
            var table = DemocracyTable(
                title: L10n.Democracy.ketQua, headers: [L10n.Democracy.xaPhuong, L10n.Democracy.thuoc], empty: L10n.Democracy.khongTimThayXaPhuongNao)
            table.rows = page.items.map {
                [
                    DemocracyCell($0.name, url: SiteURL.publicDemocracyCommune(.value($0.id!)).path),
                    DemocracyCell($0.$parent.id.flatMap { parents[$0] } ?? "")
                ]
            }
            var filters = ["q": typed]
            table.pagination = pagination(page.metadata, base: SiteURL.publicDemocracy.path, query: &filters)
            model.tables = [table]
        }
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: nil, on: req)
        return DemocracyController.render(req, model)
    }

    static func publicUnit(_ req: Request) async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(req.idParameter(), on: req.db), DemocracyController.publisherKinds.contains(unit.kind) else {
            throw AppError.notFound(L10n.Democracy.xaPhuong)
        }
        return unit
    }

    struct Filters {
        var category = ""
        var year: Int?
        var all = false
        var text = ""

        init(_ req: Request) {
            category = String((req.query[String.self, at: "loai"] ?? "").prefix(20))
            year = req.query[String.self, at: "nam"].flatMap { Int($0) }.flatMap { (2000...2100).contains($0) ? $0 : nil }
            all = req.query[String.self, at: "tat-ca"] == "1"
            text = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        }
    }

    /// A line of the public list: the columns it shows, read as plain rows (Fluent's reflection over the item's 20
    /// fields was the largest part of the page's CPU).
    struct ListedItem: Decodable {
        let id: Int
        let category_code: String
        let title: String
        let starts_on: String
        let ends_on: String?
        let withdrawn_on: String?
        let withdrawn_reason: String?
    }

    /// A commune's items: posted now (default) or all, by category, year and words of the title; newest first.
    static func items(of unit: OrgUnit, filters: Filters, today: CivilDate, page: PageParams, on db: any Database) async throws -> (
        [ListedItem], PageMetadata
    ) {
        let sql = db as! any SQLDatabase
        var conditions: [SQLQueryString] = ["unit_id = \(bind: unit.id!)"]
        if !filters.category.isEmpty { conditions.append("category_code = \(bind: filters.category)") }
        if let year = filters.year { conditions.append("year = \(bind: year)") }
        if !filters.all {
            conditions.append("withdrawn_on IS NULL AND starts_on <= \(bind: today.iso) AND (ends_on IS NULL OR ends_on >= \(bind: today.iso))")
        }
        let words = filters.text.trimmingCharacters(in: .whitespaces)
        if !words.isEmpty { conditions.append("title LIKE \(bind: "%" + words + "%")") }
        let condition = conditions.joined(separator: " AND ")
        let total = try await sql.count("SELECT COUNT(*) AS n FROM disclosure_items WHERE \(condition)")
        let rows = try await sql.raw(
            """
            SELECT id, category_code, title, starts_on, ends_on, withdrawn_on, withdrawn_reason FROM disclosure_items WHERE \(condition) \
            ORDER BY starts_on DESC, id DESC LIMIT \(literal: page.per) OFFSET \(literal: page.offset)
            """
        ).all(decoding: ListedItem.self)
        return (rows, PageMetadata(page: page.page, per: page.per, total: total))
    }

    @Sendable static func commune(req: Request) async throws -> Response {
        let unit = try await publicUnit(req)
        let filters = Filters(req)
        let today = req.clock.today
        let categories = try await DemocracyService.categories(under: unit.path, on: req.db).filter { $0.scope == DemocracyService.scope(of: unit) }
        let names = Dictionary(
            uniqueKeysWithValues: try await DemocracyService.allCategories(on: req.db).map { ($0.code, DemocracyController.shortTitle($0)) })
        let (listed, metadata) = try await items(of: unit, filters: filters, today: today, page: PageParams(from: req, defaultPer: 20), on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.thongTinCongKhaiTieuDe + unit.name
        model.links = [
            (L10n.Democracy.timXaPhuongKhac, SiteURL.publicDemocracy.path),
            (L10n.Democracy.theoDoiBangAtom, SiteURL.publicDemocracyFeed(.value(unit.id!)).path)
        ]
        if unit.kind == .commune {
            model.links.append((L10n.Democracy.danhGiaSuHaiLongLienKet, SiteURL.publicDemocracySatisfaction(.value(unit.id!)).path))
        }
        let categoryOptions: [(value: String, label: String)] =
            [("", L10n.Democracy.tatCa)] + categories.map { ($0.code, DemocracyController.shortTitle($0)) }
        let years: [(value: String, label: String)] = (max(2023, today.year - 5)...today.year).reversed().map { (String($0), String($0)) }
        model.filter = DemocracyFilter(
            action: SiteURL.publicDemocracyCommune(.value(unit.id!)).path,
            fields: [
                .init(
                    label: L10n.Democracy.hienThi, name: "tat-ca", value: filters.all ? "1" : "",
                    options: [("", L10n.Democracy.dangNiemYet), ("1", L10n.Democracy.tatCaKeCaDaHet)]),
                .init(label: L10n.Democracy.loaiThongTin, name: "loai", value: filters.category, options: categoryOptions),
                .init(
                    label: L10n.Democracy.nam, name: "nam", value: filters.year.map(String.init) ?? "", options: [("", L10n.Democracy.moiNam)] + years
                ),
                .init(label: L10n.Democracy.tieuDeCoChu, name: "q", value: filters.text)
            ])
        var table = DemocracyTable(
            title: filters.all ? L10n.Democracy.thongTinDaCongKhai : L10n.Democracy.thongTinDangNiemYet,
            headers: [
                L10n.Democracy.ngayNiemYet, L10n.Democracy.loaiThongTin, L10n.Democracy.tieuDe, L10n.Democracy.denNgay, L10n.Democracy.tinhTrang
            ],
            empty: L10n.Democracy.khongCoThongTinNaoPhu)
        table.rows = listed.map { item in
            let start = CivilDate(iso: item.starts_on)
            let end = item.ends_on.flatMap(CivilDate.init(iso:))
            return [
                DemocracyCell(start?.vietnamese ?? item.starts_on), DemocracyCell(names[item.category_code] ?? ""),
                DemocracyCell(item.title, url: SiteURL.publicDemocracyDisclosure(.value(item.id)).path),
                DemocracyCell(end?.vietnamese ?? L10n.Democracy.thuongXuyen),
                DemocracyCell(
                    DemocracyController.status(start: start, end: end, withdrawnOn: item.withdrawn_on, reason: item.withdrawn_reason, today: today))
            ]
        }
        var query = ["loai": filters.category, "nam": filters.year.map(String.init) ?? "", "tat-ca": filters.all ? "1" : "", "q": filters.text]
        table.pagination = pagination(metadata, base: SiteURL.publicDemocracyCommune(.value(unit.id!)).path, query: &query)
        let consultations = try await Consultation.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$startsOn, .descending).limit(20).all()
        var consultationTable = DemocracyTable(
            title: L10n.Democracy.layYKienNhanDan, headers: [L10n.Democracy.noiDung, L10n.Democracy.thoiGian, L10n.Democracy.tinhTrang],
            empty: L10n.Democracy.chuaCoDotLayYKien)
        consultationTable.rows = consultations.map { consultation in
            [
                DemocracyCell(consultation.subject, url: SiteURL.publicDemocracyConsultation(.value(consultation.id!)).path),
                DemocracyCell(consultation.start.vietnamese + " – " + consultation.end.vietnamese),
                DemocracyCell(consultationStatus(consultation, today: today))
            ]
        }
        model.tables = [table, consultationTable]
        if let conventions = try await ConventionController.publicTable(communeID: unit.id!, on: req.db) { model.tables.append(conventions) }
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: unit.id, on: req)
        return DemocracyController.render(req, model)
    }

    static func consultationStatus(_ consultation: Consultation, today: CivilDate) -> String {
        if consultation.answer != nil { return L10n.Democracy.daCongBoKetQua }
        if today < consultation.start { return L10n.Democracy.sapLayYKien }
        return today <= consultation.end ? L10n.Democracy.dangNhanYKien : L10n.Democracy.daHetThoiGianNhanY
    }

    /// One item, printable as a notice: no names of officials, only the commune.
    @Sendable static func item(req: Request) async throws -> Response {
        guard let item = try await DisclosureItem.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Democracy.thongTinCongKhai)
        }
        let category = try await DemocracyService.allCategories(on: req.db).first { $0.code == item.categoryCode }
        let files = try await DisclosureFile.query(on: req.db).filter(\.$item.$id == item.id!).all()
        var model = DemocracyPage.Model()
        model.title = item.title
        model.links = [(L10n.Democracy.thongTinCongKhaiCua + item.unit.name, SiteURL.publicDemocracyCommune(.value(item.unit.id!)).path)]
        if let withdrawn = item.withdrawnOn {
            model.notice = "Thông tin này đã được rút ngày \(DemocracyController.day(withdrawn)). Lý do: \(item.withdrawnReason ?? "")"
            model.noticeStyle = "flash-error"
        }
        model.facts = DemocracyController.itemFacts(item, unit: item.unit, category: category, today: req.clock.today)
            .filter { $0.0 != L10n.Democracy.thoiHanCongKhai }
        model.sections = [(L10n.Democracy.noiDung, item.content)]
        if !files.isEmpty {
            model.tables = [
                DemocracyTable(
                    title: L10n.Democracy.tepDinhKem, headers: [L10n.Democracy.tep, L10n.Democracy.dungLuong],
                    rows: files.map {
                        [
                            DemocracyCell($0.fileName, url: SiteURL.publicDemocracyFile(.value($0.id!)).path),
                            DemocracyCell(PetitionAttachmentService.megabytes($0.sizeBytes))
                        ]
                    }, empty: "")
            ]
        }
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: item.unit.id, on: req)
        return DemocracyController.render(req, model)
    }

    @Sendable static func file(req: Request) async throws -> Response {
        guard let file = try await DisclosureFile.find(req.idParameter(), on: req.db) else { throw AppError.notFound(L10n.Democracy.tep) }
        return Download.response(try req.application.fileStore.read(file.fileHash), name: file.fileName)
    }

    /// The 50 newest items of a commune as an Atom feed (RFC 4287).
    @Sendable static func feed(req: Request) async throws -> Response {
        let unit = try await publicUnit(req)
        let items = try await DisclosureItem.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$startsOn, .descending).sort(\.$id, .descending)
            .limit(50).all()
        let base = req.application.config.publicURL ?? ""
        func x(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                .replacingOccurrences(of: "\"", with: "&quot;")
        }
        let updated = items.first.map { $0.start.iso } ?? "2023-07-01"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(x("Thông tin công khai — " + unit.name))</title>
            <id>urn:danvan:cong-khai:\(unit.id!)</id>
            <link rel="alternate" href="\(x(base + SiteURL.publicDemocracyCommune(.value(unit.id!)).path))"/>
            <updated>\(updated)T00:00:00+07:00</updated>
            <author><name>\(x(PublicCitizenController.committeeName(of: unit.name)))</name></author>

            """
        for item in items {
            let summary = item.withdrawnOn.map { "Đã rút ngày \(DemocracyController.day($0)): \(item.withdrawnReason ?? ""). " } ?? ""
            xml += """
                <entry>
                <title>\(x(item.title))</title>
                <id>urn:danvan:thong-tin:\(item.id!)</id>
                <link href="\(x(base + SiteURL.publicDemocracyDisclosure(.value(item.id!)).path))"/>
                <updated>\(item.withdrawnOn ?? item.startsOn)T00:00:00+07:00</updated>
                <summary>\(x(summary + String(item.content.prefix(500))))</summary>
                </entry>

                """
        }
        xml += "</feed>\n"
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: xml))
    }

    // MARK: - Góp ý

    static func findConsultation(_ req: Request) async throws -> Consultation {
        guard let consultation = try await Consultation.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Democracy.dotLayYKienVietHoa)
        }
        return consultation
    }

    @Sendable static func consultation(req: Request) async throws -> Response {
        let consultation = try await findConsultation(req)
        req.session.data["opinion_form_at"] = String(req.clock.now.timeIntervalSince1970)
        return try await consultationPage(req, consultation: consultation, values: [:], errors: [:], refusal: nil, status: .ok)
    }

    static func consultationPage(
        _ req: Request, consultation: Consultation, values: [String: String], errors: [String: String],
        refusal: String?, status: HTTPResponseStatus
    ) async throws -> Response {
        let today = req.clock.today
        let count = try await ConsultationOpinion.query(on: req.db).filter(\.$consultation.$id == consultation.id!).count()
        var model = DemocracyPage.Model()
        model.title = consultation.subject
        model.links = [
            (L10n.Democracy.thongTinCongKhaiCua + consultation.unit.name, SiteURL.publicDemocracyCommune(.value(consultation.unit.id!)).path)
        ]
        if req.session.data["opinion_sent"] == String(consultation.id!) {
            model.notice = L10n.Democracy.camOnBanYKienDa
            req.session.data["opinion_sent"] = nil
        }
        model.facts = [
            (L10n.Democracy.xaPhuong, consultation.unit.name),
            (L10n.Democracy.thoiGianNhanYKien, consultation.start.vietnamese + " – " + consultation.end.vietnamese),
            (L10n.Democracy.tinhTrang, consultationStatus(consultation, today: today)),
            (L10n.Democracy.soYKienDaNhan, String(count))
        ]
        model.sections = [(L10n.Democracy.duThao, consultation.draft)]
        if let answer = consultation.answer {
            model.sections.append((L10n.Democracy.ketQuaTiepThuGiaiTrinhCongBoNgay(DemocracyController.day(consultation.answeredOn)), answer))
        }
        if consultation.answer == nil && ConsultationRules.isOpen(start: consultation.start, end: consultation.end, today: today) {
            var form = DemocracyForm(
                heading: L10n.Democracy.gopYKien, action: SiteURL.publicDemocracyConsultation(.value(consultation.id!)).path,
                controls: [
                    .note(L10n.Democracy.khongCanTaiKhoanHoTen),
                    .textarea(label: L10n.Democracy.yKienCuaBan, name: "content", rows: 6, required: true),
                    .text(label: L10n.Democracy.hoVaTenKhongBatBuoc, name: "author_name", hint: nil, required: false),
                    .text(label: L10n.Democracy.thonToDanPhoHoacDia, name: "author_address", hint: nil, required: false),
                    .honeypot
                ], submit: L10n.Democracy.guiYKien)
            form.values = values
            form.errors = errors
            form.refusal = refusal
            model.forms = [form]
        }
        model.operatorInfo = try await PublicCitizenController.operatorInfo(unitID: consultation.unit.id, on: req)
        return DemocracyController.render(req, model, status: status)
    }

    struct OpinionForm: Content {
        var content: String?
        var author_name: String?
        var author_address: String?
        var website: String?
    }

    @Sendable static func giveOpinion(req: Request) async throws -> Response {
        let consultation = try await findConsultation(req)
        let rules = try await req.application.currentPetitionRules(on: req.db)
        let form = try req.content.decode(OpinionForm.self)
        let values = ["content": form.content ?? "", "author_name": form.author_name ?? "", "author_address": form.author_address ?? ""]
        let shownAt = req.session.data["opinion_form_at"].flatMap(Double.init)
        guard (form.website ?? "").isEmpty, let shownAt, req.clock.now.timeIntervalSince1970 - shownAt >= rules.minimumFillSeconds else {
            req.session.data["opinion_form_at"] = String(req.clock.now.timeIntervalSince1970)
            return try await consultationPage(
                req, consultation: consultation, values: values, errors: [:],
                refusal: PublicCitizenController.tooFast.replacingOccurrences(of: L10n.Democracy.donVietHoa, with: L10n.Democracy.yKien)
                    .replacingOccurrences(of: L10n.Democracy.don, with: L10n.Democracy.yKienVietThuong),
                status: .unprocessableEntity)
        }
        try await PublicRateLimit.check("opinion", limit: rules.formsPerHour, window: 3600, on: req)
        let draft = DemocracyService.OpinionDraft(
            source: "cong_dan", content: form.content ?? "", authorName: form.author_name ?? "", authorAddress: form.author_address ?? "")
        let actor = Actor(userID: nil, username: "cong-dan", unitID: nil, at: req.clock.now)
        let problems = DemocracyService.opinionProblems(draft, consultation: consultation, today: actor.today, fromPublic: true)
        guard problems.isEmpty else {
            return try await consultationPage(
                req, consultation: consultation, values: values, errors: problems.mapValues(\.message), refusal: nil, status: .unprocessableEntity)
        }
        _ = try await DemocracyService.addOpinion(draft, to: consultation, actor: actor, fromPublic: true, on: req.db)
        req.session.data["opinion_form_at"] = nil
        req.session.data["opinion_sent"] = String(consultation.id!)
        return req.redirect(to: SiteURL.publicDemocracyConsultation(.value(consultation.id!)).path)
    }
}
