import DanVanCore
import Fluent
import Vapor
import Views

/// Dân chủ ở cơ sở — the staff pages: the communes in scope, a commune's disclosure register, hamlet votes and consultations.
enum DemocracyController {
    static let publisherKinds: [UnitKind] = [.commune, .office, .department, .publicService]

    /// The commune (or agency) the path names, in the user's scope.
    static func publisherUnit(_ req: Request, user: User) async throws -> OrgUnit {
        guard let unit = try await OrgUnit.find(req.idParameter(), on: req.db), publisherKinds.contains(unit.kind) else {
            throw AppError.notFound(L10n.Democracy.xaPhuong)
        }
        try user.ensureInScope(unit)
        return unit
    }

    static func writer(_ req: Request) throws -> User { try req.require(\.canWrite) }

    /// Every dân chủ page ends the same way: the layout of who is asking, then the page.
    static func render(_ req: Request, _ model: DemocracyPage.Model, status: HTTPResponseStatus = .ok) -> Response {
        var model = model
        model.layout = req.pageLayout()
        return HTMLResponse.make(DemocracyPage(model: model).render(), status: status)
    }

    static func day(_ iso: String?) -> String { iso.flatMap(CivilDate.init(iso:))?.vietnamese ?? "" }

    // MARK: - Communes

    @Sendable static func home(req: Request) async throws -> Response {
        let user = try req.user
        let typed = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        var query = OrgUnit.query(on: req.db).filter(\.$kind == .commune).filter(\.$activeUntil == nil)
            .filter(\.$path, .custom("LIKE"), user.scopePath + "%")
        let key = VietnameseText.searchKey(typed)
        if !key.isEmpty { query = query.group(.or, UnitQuery.nameHasWordStarting(key)) }
        let page = try await query.sort(\.$sortKey).paginate(PageParams(from: req).fluent)
        let parents = try await PetitionController.names(ofUnits: page.items.compactMap { $0.$parent.id }, on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.danChuOCoSo
        model.lead = L10n.Democracy.luatThucHienDanChuO
        model.links = [
            (L10n.Democracy.tinhHinhCongKhaiCuaCac, SiteURL.democracyGrid.path), (L10n.Democracy.soLieuBaoCaoNam, SiteURL.democracyFigures.path),
            (L10n.Democracy.thamSoTheoLuat, SiteURL.democracySettings.path),
            (L10n.Democracy.danhMucThongTinPhaiCong, SiteURL.democracyCategories.path),
            (L10n.Democracy.trangCongKhaiChoNguoiDan, SiteURL.publicDemocracy.path)
        ]
        model.filter = DemocracyFilter(
            action: SiteURL.democracy.path, fields: [.init(label: L10n.Democracy.timXaPhuongTheoTenKhong, name: "q", value: typed)],
            submit: L10n.Democracy.tim)
        var filters = ["q": typed]
        var table = DemocracyTable(
            title: L10n.Democracy.xaPhuongTrongPhamVi,
            headers: [
                L10n.Democracy.xaPhuong, L10n.Democracy.thuoc, L10n.Democracy.congKhaiVietHoa, L10n.Democracy.bieuQuyet, L10n.Democracy.layYKien
            ],
            empty: L10n.Democracy.khongCoXaPhuongNaoPhu)
        table.rows = page.items.map { unit in
            [
                DemocracyCell(unit.name, url: SiteURL.democracyCommune(.value(unit.id!)).path),
                DemocracyCell(unit.$parent.id.flatMap { parents[$0] } ?? ""),
                DemocracyCell(L10n.Democracy.soCongKhai, url: SiteURL.democracyCommune(.value(unit.id!)).path + "#cong-khai"),
                // Who only reads is not shown the forms to record a vote or open a consultation (issue 18: no link that answers 403).
                DemocracyCell(
                    L10n.Democracy.bieuQuyet,
                    url: user.role.canWrite
                        ? SiteURL.democracyVoteNew(.value(unit.id!)).path : SiteURL.democracyCommune(.value(unit.id!)).path + "#bieu-quyet"),
                DemocracyCell(
                    L10n.Democracy.layYKien,
                    url: user.role.canWrite
                        ? SiteURL.democracyConsultationNew(.value(unit.id!)).path : SiteURL.democracyCommune(.value(unit.id!)).path + "#lay-y-kien")
            ]
        }
        table.pagination = pagination(page.metadata, base: SiteURL.democracy.path, query: &filters)
        model.tables = [table]
        return render(req, model)
    }

    @Sendable static func commune(req: Request) async throws -> Response {
        let user = try req.user
        let unit = try await publisherUnit(req, user: user)
        let categories = Dictionary(uniqueKeysWithValues: try await DemocracyService.allCategories(on: req.db).map { ($0.code, $0) })
        let page = try await DisclosureItem.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .sort(\.$startsOn, .descending).sort(\.$id, .descending).paginate(PageParams(from: req, defaultPer: 30).fluent)
        let today = req.clock.today
        var model = DemocracyPage.Model()
        model.title = unit.name + L10n.Democracy.danChuOCoSoTieuDe
        model.links = [
            (L10n.Democracy.danhSachXaPhuong, SiteURL.democracy.path),
            (L10n.Democracy.trangCongKhaiCuaXaKhong, SiteURL.publicDemocracyCommune(.value(unit.id!)).path),
            (L10n.Democracy.danhGiaSuHaiLongLienKet, SiteURL.democracySatisfaction(.value(unit.id!)).path),
            (L10n.Democracy.huongUocQuyUocTieuDe, SiteURL.democracyConventions(.value(unit.id!)).path),
            (L10n.Democracy.thanhVienCacBan, SiteURL.democracyBoard(.value(unit.id!)).path),
            (L10n.Democracy.congTrinhDuocGiamSat, SiteURL.democracyProjects(.value(unit.id!)).path)
        ]
        var items = DemocracyTable(
            title: L10n.Democracy.soCongKhaiThongTin,
            headers: [
                L10n.Democracy.batDauNiemYet, L10n.Democracy.loaiThongTin, L10n.Democracy.tieuDe, L10n.Democracy.denNgay,
                L10n.Democracy.thoiHanCongKhai, L10n.Democracy.tinhTrang
            ],
            empty: L10n.Democracy.chuaCoThongTinNaoDuoc)
        items.rows = page.items.map { item in
            [
                DemocracyCell(item.start.vietnamese), DemocracyCell(categories[item.categoryCode].map { shortTitle($0) } ?? item.categoryCode),
                DemocracyCell(item.title, url: SiteURL.democracyDisclosure(.value(item.id!)).path),
                DemocracyCell(item.end?.vietnamese ?? L10n.Democracy.thuongXuyen),
                DemocracyCell(item.onTime ? L10n.Democracy.dungHan : L10n.Democracy.cham, css: item.onTime ? nil : "badge"),
                DemocracyCell(status(of: item, today: today))
            ]
        }
        var filters: [String: String] = [:]
        items.pagination = pagination(page.metadata, base: SiteURL.democracyCommune(.value(unit.id!)).path, query: &filters)
        if user.role.canWrite { items.actions = [(L10n.Democracy.congKhaiThongTinMoi, SiteURL.democracyDisclosureNew(.value(unit.id!)).path)] }
        let votes = try await HamletVote.query(on: req.db).filter(\.$commune.$id == unit.id!).with(\.$hamlet)
            .sort(\.$heldOn, .descending).limit(20).all()
        var voteTable = DemocracyTable(
            title: L10n.Democracy.nhanDanBanVaQuyetDinh,
            headers: [L10n.Democracy.ngay, L10n.Democracy.thonToDanPho, L10n.Democracy.noiDung, L10n.Democracy.ketQua],
            empty: L10n.Democracy.chuaGhiNhanLanBieuQuyet)
        voteTable.rows = votes.map { vote in
            [
                DemocracyCell(day(vote.heldOn)), DemocracyCell(vote.hamlet.name),
                DemocracyCell(vote.subject, url: SiteURL.democracyVote(.value(vote.id!)).path),
                DemocracyCell(vote.passed ? L10n.Democracy.duocThongQua : L10n.Democracy.khongDuocThongQua)
            ]
        }
        if user.role.canWrite { voteTable.actions = [(L10n.Democracy.ghiKetQuaBieuQuyet, SiteURL.democracyVoteNew(.value(unit.id!)).path)] }
        let consultations = try await Consultation.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$startsOn, .descending).limit(20).all()
        var consultationTable = DemocracyTable(
            title: L10n.Democracy.nhanDanThamGiaYKien, headers: [L10n.Democracy.noiDung, L10n.Democracy.thoiGian, L10n.Democracy.ketQua],
            empty: L10n.Democracy.chuaCoDotLayYKien)
        consultationTable.rows = consultations.map { consultation in
            [
                DemocracyCell(consultation.subject, url: SiteURL.democracyConsultation(.value(consultation.id!)).path),
                DemocracyCell(consultation.start.vietnamese + " – " + consultation.end.vietnamese),
                DemocracyCell(
                    consultation.answer == nil
                        ? (today > consultation.end ? L10n.Democracy.choCongBoKetQua : L10n.Democracy.dangLayYKien) : L10n.Democracy.daCongBoKetQua)
            ]
        }
        if user.role.canWrite {
            consultationTable.actions = [(L10n.Democracy.moDotLayYKien, SiteURL.democracyConsultationNew(.value(unit.id!)).path)]
        }
        let recommendations = try await InspectionRecommendation.query(on: req.db).filter(\.$commune.$id == unit.id!)
            .sort(\.$receivedOn, .descending).limit(20).all()
        var recommendationTable = DemocracyTable(
            title: L10n.Democracy.kienNghiCuaBanThanhTraGanNhat,
            headers: [L10n.Democracy.ngayNhan, "Ban", L10n.Democracy.hanTraLoi, L10n.Democracy.tinhTrang], empty: L10n.Democracy.chuaCoKienNghiNao)
        recommendationTable.rows = recommendations.map { recommendation in
            let status = recommendation.status(today: today)
            return [
                DemocracyCell(day(recommendation.receivedOn), url: SiteURL.democracyRecommendation(.value(recommendation.id!)).path),
                DemocracyCell(recommendation.boardKind.label), DemocracyCell(recommendation.due.vietnamese),
                DemocracyCell(status.label, css: status == .overdue || status == .answeredLate ? "badge" : nil)
            ]
        }
        if user.role.canWrite {
            recommendationTable.actions = [(L10n.Democracy.ghiKienNghi, SiteURL.democracyRecommendationNew(.value(unit.id!)).path)]
        }
        model.tables = [items, voteTable, consultationTable, recommendationTable]
        return render(req, model)
    }

    // MARK: - Kiến nghị của Ban Thanh tra nhân dân

    struct RecommendationForm: Content {
        var board: String?
        var received_on: String?
        var content: String?
    }

    @Sendable static func newRecommendation(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        return try await recommendationFormPage(
            req, unit: unit, values: ["received_on": req.clock.today.vietnamese, "board": InspectionBoard.peoplesInspection.rawValue],
            errors: [:], status: .ok)
    }

    static func recommendationFormPage(_ req: Request, unit: OrgUnit, values: [String: String], errors: [String: String], status: HTTPResponseStatus)
        async throws -> Response
    {
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.ghiKienNghiGui + unit.name
        model.links = [(L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path)]
        var form = DemocracyForm(
            heading: L10n.Democracy.kienNghi, action: SiteURL.democracyRecommendations(.value(unit.id!)).path,
            controls: [
                .select(
                    label: L10n.Democracy.banKienNghi, name: "board", options: InspectionBoard.allCases.map { ($0.rawValue, $0.label) },
                    required: true),
                .text(
                    label: L10n.Democracy.ngayNhanDdMmYyyy, name: "received_on",
                    hint: L10n.Democracy.uyBanNhanDanXaTra(settings.days(.inspectionAnswerDays)), required: true),
                .textarea(label: L10n.Democracy.noiDungKienNghi, name: "content", rows: 6, required: true)
            ], submit: L10n.Democracy.luuKienNghi)
        form.values = values
        form.errors = errors
        model.forms = [form]
        return render(req, model, status: status)
    }

    @Sendable static func recordRecommendation(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        let form = try req.content.decode(RecommendationForm.self)
        do {
            let recommendation = try await DemocracyService.recordRecommendation(
                communeID: unit.id, board: form.board ?? "", receivedOn: form.received_on ?? "", content: form.content ?? "",
                actor: req.actor(user), scopePath: user.scopePath, on: req.db)
            req.flash(.success, L10n.Democracy.daGhiKienNghiHanTra(recommendation.due.vietnamese))
            return req.redirect(to: SiteURL.democracyRecommendation(.value(recommendation.id!)).path)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = ["invalid_board": "board", "invalid_date": "received_on", "impossible_date": "received_on"][error.code] ?? "content"
            return try await recommendationFormPage(
                req, unit: unit, values: ["board": form.board ?? "", "received_on": form.received_on ?? "", "content": form.content ?? ""],
                errors: [field: error.message], status: .unprocessableEntity)
        }
    }

    static func findRecommendation(_ req: Request, user: User) async throws -> InspectionRecommendation {
        guard let recommendation = try await InspectionRecommendation.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$commune).first()
        else {
            throw AppError.notFound(L10n.Democracy.kienNghi)
        }
        try user.ensureInScope(recommendation.commune)
        return recommendation
    }

    @Sendable static func recommendation(req: Request) async throws -> Response {
        let user = try req.user
        return try await recommendationPage(req, user: user, recommendation: try await findRecommendation(req, user: user), error: nil, status: .ok)
    }

    static func recommendationPage(_ req: Request, user: User, recommendation: InspectionRecommendation, error: String?, status: HTTPResponseStatus)
        async throws -> Response
    {
        let state = recommendation.status(today: req.clock.today)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.kienNghiCua + recommendation.boardKind.label
        model.links = [(L10n.Democracy.trangCua + recommendation.commune.name, SiteURL.democracyCommune(.value(recommendation.commune.id!)).path)]
        model.notice = state.label
        model.noticeStyle = state == .overdue || state == .answeredLate ? "flash-error" : "flash-success"
        model.facts = [
            (L10n.Democracy.gui, L10n.Democracy.uyBanNhanDan + recommendation.commune.name),
            (L10n.Democracy.ngayNhan, day(recommendation.receivedOn)),
            (L10n.Democracy.hanTraLoi, recommendation.due.vietnamese + L10n.Democracy.luat102022Qh15Dieu40),
            (L10n.Democracy.ngayTraLoi, recommendation.answeredOn.map { day($0) } ?? L10n.Democracy.chuaTraLoi)
        ]
        model.sections = [(L10n.Democracy.noiDungKienNghi, recommendation.content)]
        if let answer = recommendation.answer {
            model.sections.append((L10n.Democracy.traLoiCuaUyBanNhan, answer))
        } else if user.role.canWrite {
            var form = DemocracyForm(
                heading: L10n.Democracy.traLoiKienNghi, action: SiteURL.democracyRecommendationAnswer(.value(recommendation.id!)).path,
                controls: [
                    .textarea(label: L10n.Democracy.noiDungTraLoi, name: "answer", rows: 5, required: true)
                ], submit: L10n.Democracy.luuTraLoi)
            if let error { form.errors["answer"] = error }
            model.forms = [form]
        }
        return render(req, model, status: status)
    }

    @Sendable static func answerRecommendation(req: Request) async throws -> Response {
        let user = try writer(req)
        let recommendation = try await findRecommendation(req, user: user)
        let text = try req.content.decode(AnswerForm.self).answer ?? ""
        do {
            try await DemocracyService.answerRecommendation(recommendation, answer: text, actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await recommendationPage(req, user: user, recommendation: recommendation, error: error.message, status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Democracy.daLuuTraLoiKienNghi)
        return req.redirect(to: SiteURL.democracyRecommendation(.value(recommendation.id!)).path)
    }

    static func shortTitle(_ category: DisclosureCategory) -> String {
        let number = category.code.hasPrefix("d11k") ? L10n.Democracy.khoan + category.code.dropFirst(4) + ": " : ""
        return number + category.title
    }

    /// "Đang niêm yết", "Hết thời gian niêm yết", "Đã rút ngày …: lý do".
    static func status(of item: DisclosureItem, today: CivilDate) -> String {
        status(start: item.start, end: item.end, withdrawnOn: item.withdrawnOn, reason: item.withdrawnReason, today: today)
    }

    static func status(start: CivilDate?, end: CivilDate?, withdrawnOn: String?, reason: String?, today: CivilDate) -> String {
        if let withdrawnOn { return "Đã rút ngày \(day(withdrawnOn)): \(reason ?? "")" }
        if let end, end < today { return L10n.Democracy.hetThoiGianNiemYet }
        return (start.map { $0 > today } ?? false) ? L10n.Democracy.chuaNiemYet : L10n.Democracy.dangNiemYet
    }

    // MARK: - Công khai

    struct ItemForm: Content {
        var category: String?
        var title: String?
        var content: String?
        var forms: [String]?
        var decided_on: String?
        var starts_on: String?
        var ends_on: String?
        var short_reason: String?
        var file: File?

        func draft(unitID: Int) -> DemocracyService.ItemDraft {
            var draft = DemocracyService.ItemDraft(unitID: unitID)
            draft.categoryCode = category ?? ""
            draft.title = title ?? ""
            draft.content = content ?? ""
            draft.forms = forms ?? []
            draft.decidedOn = decided_on ?? ""
            draft.startsOn = starts_on ?? ""
            draft.endsOn = ends_on ?? ""
            draft.shortReason = short_reason ?? ""
            if let file, file.data.readableBytes > 0 { draft.file = (file.filename, Data(buffer: file.data)) }
            return draft
        }

        var values: [String: String] {
            [
                "category": category ?? "", "title": title ?? "", "content": content ?? "", "decided_on": decided_on ?? "",
                "starts_on": starts_on ?? "", "ends_on": ends_on ?? "", "short_reason": short_reason ?? ""
            ]
        }
    }

    @Sendable static func newItem(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        var form = ItemForm()
        form.starts_on = req.clock.today.vietnamese
        form.forms = [DisclosureForm.noticeBoard.rawValue, DisclosureForm.website.rawValue]
        return try await itemFormPage(req, unit: unit, form: form, errors: [:], status: .ok)
    }

    static func itemFormPage(_ req: Request, unit: OrgUnit, form: ItemForm, errors: [String: String], status: HTTPResponseStatus) async throws
        -> Response
    {
        let categories = try await DemocracyService.categories(under: unit.path, on: req.db).filter { $0.scope == DemocracyService.scope(of: unit) }
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.congKhaiThongTin + unit.name
        model.links = [(L10n.Democracy.soCongKhaiCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path)]
        var htmlForm = DemocracyForm(
            heading: L10n.Democracy.thongTinCongKhai, action: SiteURL.democracyDisclosures(.value(unit.id!)).path, multipart: true,
            controls: [
                .select(
                    label: L10n.Democracy.loaiThongTinLuat102022, name: "category",
                    options: categories.map { category in
                        (
                            category.code,
                            shortTitle(category) + " — "
                                + (category.minimumPostingDays.map { L10n.Democracy.niemYetItNhatNgay($0) } ?? L10n.Democracy.niemYetThuongXuyen)
                        )
                    }, required: true),
                .text(label: L10n.Democracy.tieuDe, name: "title", hint: nil, required: true),
                .textarea(label: L10n.Democracy.noiDungCongKhai, name: "content", rows: 6, required: true),
                .checkboxes(
                    legend: L10n.Democracy.hinhThucCongKhaiDieu12, name: "forms", options: DisclosureForm.allCases.map { ($0.rawValue, $0.label) }),
                .text(
                    label: L10n.Democracy.ngayBanHanhQuyetDinhVan, name: "decided_on",
                    hint: L10n.Democracy.thongTinPhaiDuocCongKhai(settings.days(.publishWithinWorkingDays)), required: false),
                .text(label: L10n.Democracy.ngayBatDauNiemYetDd, name: "starts_on", hint: nil, required: true),
                .text(label: L10n.Democracy.ngayKetThucNiemYetDd, name: "ends_on", hint: L10n.Democracy.deTrongNeuNiemYetThuong, required: false),
                .textarea(label: L10n.Democracy.lyDoNiemYetNganHon, name: "short_reason", rows: 2, required: false),
                .file(label: L10n.Democracy.tepDinhKemKhongBatBuoc, name: "file", hint: L10n.Democracy.nhanPdfDocxXlsxOdtOds)
            ], submit: L10n.Democracy.congKhaiVietHoa)
        htmlForm.values = form.values
        htmlForm.checked["forms"] = Set(form.forms ?? [])
        htmlForm.errors = errors
        model.forms = [htmlForm]
        return render(req, model, status: status)
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        let form = try req.content.decode(ItemForm.self)
        let draft = form.draft(unitID: unit.id!)
        let settings = try await DemocracyService.settings(on: req.db)
        let calendar = try await HolidayCalendar.load(on: req.db)
        let (problems, checked) = try await DemocracyService.itemProblems(
            draft, scopePath: user.scopePath, today: req.clock.today,
            settings: settings, calendar: calendar, on: req.db)
        guard let checked else {
            return try await itemFormPage(req, unit: unit, form: form, errors: problems.mapValues(\.message), status: .unprocessableEntity)
        }
        let item = try await DemocracyService.publish(
            draft, actor: req.actor(user), scopePath: user.scopePath, store: req.application.fileStore, on: req.db)
        var message = L10n.Democracy.daCongKhaiThongTin
        if !checked.onTime { message += L10n.Democracy.luuYThongTinDuocCong(settings.days(.publishWithinWorkingDays)) }
        if checked.posting.needsReason { message += L10n.Democracy.thoiGianNiemYetNganHon }
        req.flash(.success, message)
        return req.redirect(to: SiteURL.democracyDisclosure(.value(item.id!)).path)
    }

    static func findItem(_ req: Request, user: User) async throws -> (DisclosureItem, OrgUnit) {
        guard let item = try await DisclosureItem.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Democracy.thongTinCongKhai)
        }
        try user.ensureInScope(item.unit)
        return (item, item.unit)
    }

    @Sendable static func item(req: Request) async throws -> Response {
        let user = try req.user
        let (item, unit) = try await findItem(req, user: user)
        return try await itemPage(req, user: user, item: item, unit: unit, reasonError: nil, status: .ok)
    }

    static func itemFacts(_ item: DisclosureItem, unit: OrgUnit, category: DisclosureCategory?, today: CivilDate) -> [(String, String)] {
        var facts: [(String, String)] = [
            (L10n.Democracy.donViCongKhai, unit.name),
            (L10n.Democracy.loaiThongTin, category.map { shortTitle($0) + " (" + $0.article + ")" } ?? item.categoryCode),
            (L10n.Democracy.hinhThuc, item.formList.map(\.label).joined(separator: "; ")),
            (L10n.Democracy.ngayBanHanhVanBan, day(item.decidedOn).isEmpty ? "—" : day(item.decidedOn)),
            (L10n.Democracy.thoiGianNiemYet, item.start.vietnamese + " – " + (item.end?.vietnamese ?? L10n.Democracy.thuongXuyenVietThuong)),
            (L10n.Democracy.thoiHanCongKhai, item.onTime ? L10n.Democracy.dungHan : L10n.Democracy.chamSoVoiThoiHan),
            (L10n.Democracy.tinhTrang, status(of: item, today: today))
        ]
        if let reason = item.shortReason { facts.append((L10n.Democracy.lyDoNiemYetNganHonToiThieu, reason)) }
        return facts
    }

    static func itemPage(_ req: Request, user: User, item: DisclosureItem, unit: OrgUnit, reasonError: String?, status: HTTPResponseStatus)
        async throws -> Response
    {
        let category = try await DemocracyService.allCategories(on: req.db).first { $0.code == item.categoryCode }
        let files = try await DisclosureFile.query(on: req.db).filter(\.$item.$id == item.id!).all()
        var model = DemocracyPage.Model()
        model.title = item.title
        model.links = [
            (L10n.Democracy.soCongKhaiCua + unit.name, SiteURL.democracyCommune(.value(unit.id!)).path),
            (L10n.Democracy.xemTrenTrangCongKhai, SiteURL.publicDemocracyDisclosure(.value(item.id!)).path)
        ]
        model.facts = itemFacts(item, unit: unit, category: category, today: req.clock.today)
        model.facts.append((L10n.Democracy.nguoiCongKhai, item.publishedBy))
        if let by = item.withdrawnBy { model.facts.append((L10n.Democracy.nguoiRut, by)) }
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
        if item.withdrawnOn == nil && user.role.canWrite {
            var form = DemocracyForm(
                heading: L10n.Democracy.rutThongTinDaCongKhai, action: SiteURL.democracyDisclosureWithdraw(.value(item.id!)).path,
                controls: [
                    .note(L10n.Democracy.thongTinDaCongKhaiKhong),
                    .textarea(label: L10n.Democracy.lyDoRut, name: "reason", rows: 3, required: true)
                ], submit: L10n.Democracy.rutThongTin)
            if let reasonError { form.errors["reason"] = reasonError }
            model.forms = [form]
        }
        return render(req, model, status: status)
    }

    struct ReasonForm: Content { var reason: String? }

    @Sendable static func withdraw(req: Request) async throws -> Response {
        let user = try writer(req)
        let (item, unit) = try await findItem(req, user: user)
        let reason = try req.content.decode(ReasonForm.self).reason ?? ""
        do {
            try await DemocracyService.withdraw(item, reason: reason, actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await itemPage(req, user: user, item: item, unit: unit, reasonError: error.message, status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Democracy.daRutThongTinLyDo)
        return req.redirect(to: SiteURL.democracyDisclosure(.value(item.id!)).path)
    }

    // MARK: - Bàn và quyết định

    struct VoteForm: Content {
        var hamlet_id: String?
        var matter: String?
        var subject: String?
        var method: String?
        var held_on: String?
        var eligible: String?
        var voting: String?
        var in_favour: String?
        var against: String?
        var minutes: File?

        var draft: DemocracyService.VoteDraft {
            var draft = DemocracyService.VoteDraft(hamletID: hamlet_id.flatMap { Int($0) })
            draft.matter = matter ?? ""
            draft.subject = subject ?? ""
            draft.method = method ?? ""
            draft.heldOn = held_on ?? ""
            draft.eligible = eligible ?? ""
            draft.voting = voting ?? ""
            draft.inFavour = in_favour ?? ""
            draft.against = against ?? ""
            if let minutes, minutes.data.readableBytes > 0 { draft.minutes = (minutes.filename, Data(buffer: minutes.data)) }
            return draft
        }

        var values: [String: String] {
            [
                "hamlet_id": hamlet_id ?? "", "matter": matter ?? "", "subject": subject ?? "", "method": method ?? "", "held_on": held_on ?? "",
                "eligible": eligible ?? "", "voting": voting ?? "", "in_favour": in_favour ?? "", "against": against ?? ""
            ]
        }
    }

    static func hamlets(of commune: OrgUnit, on db: any Database) async throws -> [OrgUnit] {
        try await OrgUnit.query(on: db).filter(\.$parent.$id == commune.id!).filter(\.$kind == .hamlet).filter(\.$activeUntil == nil).sort(\.$sortKey)
            .all()
    }

    @Sendable static func newVote(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        var form = VoteForm()
        form.held_on = req.clock.today.vietnamese
        form.method = VoteMethod.meeting.rawValue
        return try await voteFormPage(req, unit: unit, form: form, errors: [:], status: .ok)
    }

    static func voteFormPage(_ req: Request, unit: OrgUnit, form: VoteForm, errors: [String: String], status: HTTPResponseStatus) async throws
        -> Response
    {
        let settings = try await DemocracyService.settings(on: req.db)
        let hamlets = try await DemocracyController.hamlets(of: unit, on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.ghiKetQuaNhanDanBan + unit.name
        model.links = [(L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path)]
        if hamlets.isEmpty {
            model.notice = L10n.Democracy.xaChuaCoThonToDan
            model.noticeStyle = "flash-error"
        }
        var htmlForm = DemocracyForm(
            heading: L10n.Democracy.ketQuaBieuQuyetVietHoa, action: SiteURL.democracyVotes(.value(unit.id!)).path, multipart: true,
            controls: [
                .select(label: L10n.Democracy.thonToDanPho, name: "hamlet_id", options: hamlets.map { (String($0.id!), $0.name) }, required: true),
                .select(
                    label: L10n.Democracy.noiDungDieu15, name: "matter",
                    options: HamletMatter.allCases.map {
                        ($0.rawValue, $0.label + L10n.Democracy.can + VoteThreshold.of($0, settings: settings).label)
                    }, required: true),
                .text(label: L10n.Democracy.noiDungCuTheDuocBieu, name: "subject", hint: L10n.Democracy.viDuMucDongGopLam, required: true),
                .select(label: L10n.Democracy.hinhThuc, name: "method", options: VoteMethod.allCases.map { ($0.rawValue, $0.label) }, required: true),
                .text(label: L10n.Democracy.ngayBieuQuyetDdMmYyyy, name: "held_on", hint: nil, required: true),
                .note(L10n.Democracy.tyLeDuocTinhTrenTong),
                .number(label: L10n.Democracy.tongSoHoCuaThonTo, name: "eligible", required: true),
                .number(label: L10n.Democracy.soHoThamGiaBieuQuyet, name: "voting", required: true),
                .number(label: L10n.Democracy.soHoTanThanh, name: "in_favour", required: true),
                .number(label: L10n.Democracy.soHoKhongTanThanh, name: "against", required: true),
                .file(label: L10n.Democracy.bienBanKhongBatBuoc, name: "minutes", hint: L10n.Democracy.nhanPdfDocxOdtJpgPng)
            ], submit: L10n.Democracy.ghiKetQua)
        htmlForm.values = form.values
        htmlForm.errors = errors
        model.forms = [htmlForm]
        return render(req, model, status: status)
    }

    @Sendable static func recordVote(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        let form = try req.content.decode(VoteForm.self)
        let draft = form.draft
        let settings = try await DemocracyService.settings(on: req.db)
        var (problems, checked) = try await DemocracyService.voteProblems(
            draft, scopePath: unit.path, today: req.clock.today, settings: settings, on: req.db)
        if let checked, checked.0.$parent.id != unit.id { problems["hamlet_id"] = ("invalid_hamlet", L10n.Democracy.thonToDanPhoNayKhong(unit.name)) }
        guard problems.isEmpty, checked != nil else {
            return try await voteFormPage(req, unit: unit, form: form, errors: problems.mapValues(\.message), status: .unprocessableEntity)
        }
        let vote = try await DemocracyService.recordVote(
            draft, actor: req.actor(user), scopePath: unit.path, store: req.application.fileStore, on: req.db)
        req.flash(.success, L10n.Democracy.daGhiKetQuaBieuQuyet)
        return req.redirect(to: SiteURL.democracyVote(.value(vote.id!)).path)
    }

    static func findVote(_ req: Request, user: User) async throws -> HamletVote {
        guard let vote = try await HamletVote.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$hamlet).with(\.$commune).first() else {
            throw AppError.notFound(L10n.Democracy.ketQuaBieuQuyetVietHoa)
        }
        try user.ensureInScope(vote.hamlet)
        return vote
    }

    @Sendable static func vote(req: Request) async throws -> Response {
        let user = try req.user
        return try await votePage(req, user: user, vote: try await findVote(req, user: user), errors: [:], values: [:], status: .ok)
    }

    static func votePage(
        _ req: Request, user: User, vote: HamletVote, errors: [String: String], values: [String: String], status: HTTPResponseStatus,
        implementation: VoteImplementationController.FormState? = nil
    ) async throws -> Response {
        var model = DemocracyPage.Model()
        model.title = vote.subject
        model.links = [(L10n.Democracy.trangCua + vote.commune.name, SiteURL.democracyCommune(.value(vote.commune.id!)).path)]
        model.notice = vote.resultSentence
        model.noticeStyle = vote.passed ? "flash-success" : "flash-error"
        model.facts = [
            (L10n.Democracy.thonToDanPho, vote.hamlet.name), (L10n.Democracy.noiDung, vote.matterKind.label + " (" + vote.matterKind.article + ")"),
            (L10n.Democracy.hinhThuc, vote.methodKind.label), (L10n.Democracy.ngay, day(vote.heldOn)),
            (L10n.Democracy.tongSoHo, String(vote.eligible)), (L10n.Democracy.soHoThamGia, String(vote.voting)),
            (L10n.Democracy.tanThanh, String(vote.inFavour)), (L10n.Democracy.khongTanThanh, String(vote.against)),
            (L10n.Democracy.nguongApDung, vote.threshold.label + L10n.Democracy.hoLuat102022Qh15Dieu(vote.requiredVotes)),
            (L10n.Democracy.ketQua, vote.passed ? L10n.Democracy.duocThongQua : L10n.Democracy.khongDuocThongQua),
            (L10n.Democracy.bienBan, vote.minutesName ?? L10n.Democracy.chuaDinhKem),
            (
                L10n.Democracy.quyetDinhCuaUyBanNhan,
                vote.communeDecision.map { $0 + L10n.Democracy.ngayMoNgoac + day(vote.decidedOn) + ")" } ?? L10n.Democracy.chuaCo
            )
        ]
        if vote.minutesHash != nil { model.links.append((L10n.Democracy.taiBienBan, SiteURL.democracyVoteMinutes(.value(vote.id!)).path)) }
        if vote.communeDecision == nil && user.role.canWrite {
            var form = DemocracyForm(
                heading: L10n.Democracy.ghiQuyetDinhCuaUyBan, action: SiteURL.democracyVoteDecision(.value(vote.id!)).path,
                controls: [
                    .textarea(label: L10n.Democracy.quyetDinhCongNhanHoacKhong, name: "decision", rows: 3, required: true),
                    .text(label: L10n.Democracy.ngayQuyetDinhDdMmYyyy, name: "decided_on", hint: nil, required: true)
                ], submit: L10n.Democracy.luuQuyetDinh)
            form.values = values
            form.errors = errors
            model.forms = [form]
        }
        try await VoteImplementationController.decorate(&model, req: req, user: user, vote: vote, state: implementation)
        return render(req, model, status: status)
    }

    struct DecisionForm: Content {
        var decision: String?
        var decided_on: String?
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try writer(req)
        let vote = try await findVote(req, user: user)
        let form = try req.content.decode(DecisionForm.self)
        do {
            try await DemocracyService.recordDecision(
                vote, text: form.decision ?? "", decidedOn: form.decided_on ?? "", actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.code == "already_decided" {
            // The form is gone from the page once a decision exists: say so above the recorded one.
            req.flash(.error, error.message)
            return req.redirect(to: SiteURL.democracyVote(.value(vote.id!)).path)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = error.code == "invalid_date" ? "decided_on" : "decision"
            return try await votePage(
                req, user: user, vote: vote, errors: [field: error.message],
                values: ["decision": form.decision ?? "", "decided_on": form.decided_on ?? ""], status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Democracy.daGhiQuyetDinhCuaUy)
        return req.redirect(to: SiteURL.democracyVote(.value(vote.id!)).path)
    }

    @Sendable static func minutes(req: Request) async throws -> Response {
        let user = try req.user
        let vote = try await findVote(req, user: user)
        guard let hash = vote.minutesHash else { throw AppError.notFound(L10n.Democracy.bienBan) }
        return Download.response(try req.application.fileStore.read(hash), name: vote.minutesName ?? "bien-ban")
    }

    // MARK: - Tham gia ý kiến

    struct ConsultationForm: Content {
        var subject: String?
        var draft: String?
        var forms: [String]?
        var starts_on: String?
        var ends_on: String?

        func model(unitID: Int) -> DemocracyService.ConsultationDraft {
            .init(unitID: unitID, subject: subject ?? "", draft: draft ?? "", forms: forms ?? [], startsOn: starts_on ?? "", endsOn: ends_on ?? "")
        }
    }

    @Sendable static func newConsultation(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        let settings = try await DemocracyService.settings(on: req.db)
        let today = req.clock.today
        let form = ConsultationForm(
            subject: nil, draft: nil, forms: ["hop_cong_dong", "trang_thong_tin"], starts_on: today.vietnamese,
            ends_on: ConsultationRules.earliestEnd(start: today, settings: settings).vietnamese)
        return try await consultationFormPage(req, unit: unit, form: form, errors: [:], status: .ok)
    }

    static func consultationFormPage(_ req: Request, unit: OrgUnit, form: ConsultationForm, errors: [String: String], status: HTTPResponseStatus)
        async throws -> Response
    {
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.moDotLayYKienNhan + unit.name
        model.links = [(L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path)]
        var htmlForm = DemocracyForm(
            heading: L10n.Democracy.dotLayYKienVietHoa, action: SiteURL.democracyConsultations(.value(unit.id!)).path,
            controls: [
                .text(label: L10n.Democracy.noiDungLayYKien, name: "subject", hint: L10n.Democracy.viDuDuThaoKeHoach, required: true),
                .textarea(label: L10n.Democracy.duThaoToanVanHoacTom, name: "draft", rows: 8, required: true),
                .checkboxes(
                    legend: L10n.Democracy.hinhThucLayYKienDieu, name: "forms", options: DemocracyService.consultationForms.map { ($0.0, $0.1) }),
                .text(label: L10n.Democracy.ngayBatDauDdMmYyyy, name: "starts_on", hint: nil, required: true),
                .text(
                    label: L10n.Democracy.ngayKetThucDdMmYyyy, name: "ends_on",
                    hint: L10n.Democracy.itNhatNgayKeTuNgay(settings.days(.consultationMinimumDays)), required: true)
            ], submit: L10n.Democracy.moLayYKien)
        htmlForm.values = ["subject": form.subject ?? "", "draft": form.draft ?? "", "starts_on": form.starts_on ?? "", "ends_on": form.ends_on ?? ""]
        htmlForm.checked["forms"] = Set(form.forms ?? [])
        htmlForm.errors = errors
        model.forms = [htmlForm]
        return render(req, model, status: status)
    }

    @Sendable static func openConsultation(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        let form = try req.content.decode(ConsultationForm.self)
        let settings = try await DemocracyService.settings(on: req.db)
        let (problems, _) = try await DemocracyService.consultationProblems(
            form.model(unitID: unit.id!), scopePath: user.scopePath, settings: settings, on: req.db)
        guard problems.isEmpty else {
            return try await consultationFormPage(req, unit: unit, form: form, errors: problems.mapValues(\.message), status: .unprocessableEntity)
        }
        let consultation = try await DemocracyService.openConsultation(
            form.model(unitID: unit.id!), actor: req.actor(user), scopePath: user.scopePath, on: req.db)
        req.flash(.success, L10n.Democracy.daMoDotLayYKien)
        return req.redirect(to: SiteURL.democracyConsultation(.value(consultation.id!)).path)
    }

    static func findConsultation(_ req: Request, user: User) async throws -> Consultation {
        guard let consultation = try await Consultation.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Democracy.dotLayYKienVietHoa)
        }
        try user.ensureInScope(consultation.unit)
        return consultation
    }

    @Sendable static func consultation(req: Request) async throws -> Response {
        let user = try req.user
        return try await consultationPage(
            req, user: user, consultation: try await findConsultation(req, user: user), opinion: nil, answer: nil, status: .ok)
    }

    static func consultationPage(
        _ req: Request, user: User, consultation: Consultation, opinion: DemocracyForm?, answer: DemocracyForm?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let page = try await ConsultationOpinion.query(on: req.db).filter(\.$consultation.$id == consultation.id!)
            .sort(\.$id).paginate(PageParams(from: req).fluent)
        let today = req.clock.today
        var model = DemocracyPage.Model()
        model.title = consultation.subject
        model.links = [
            (L10n.Democracy.trangCua + consultation.unit.name, SiteURL.democracyCommune(.value(consultation.unit.id!)).path),
            (L10n.Democracy.trangGopYCongKhai, SiteURL.publicDemocracyConsultation(.value(consultation.id!)).path)
        ]
        let formLabels = Dictionary(uniqueKeysWithValues: DemocracyService.consultationForms.map { ($0.0, $0.1) })
        model.facts = [
            (L10n.Democracy.xaPhuong, consultation.unit.name),
            (
                L10n.Democracy.thoiGianLayYKien,
                consultation.start.vietnamese + " – " + consultation.end.vietnamese
                    + L10n.Democracy.soNgayTrongNgoac(ConsultationRules.days(from: consultation.start, to: consultation.end))
            ),
            (L10n.Democracy.hinhThuc, consultation.forms.split(separator: ",").compactMap { formLabels[String($0)] }.joined(separator: "; ")),
            (
                L10n.Democracy.tinhTrang,
                consultation.answer != nil
                    ? L10n.Democracy.daCongBoKetQuaNgay + day(consultation.answeredOn)
                    : ConsultationRules.isOpen(start: consultation.start, end: consultation.end, today: today)
                        ? L10n.Democracy.dangLayYKien : L10n.Democracy.hetThoiGianLayYKien
            ),
            (L10n.Democracy.soYKien, String(page.metadata.total))
        ]
        model.sections = [(L10n.Democracy.duThao, consultation.draft)]
        if let answer = consultation.answer { model.sections.append((L10n.Democracy.ketQuaTiepThuGiaiTrinh, answer)) }
        var table = DemocracyTable(
            title: L10n.Democracy.yKienDaNhan, headers: [L10n.Democracy.ngay, L10n.Democracy.nguon, L10n.Democracy.yKien, L10n.Democracy.nguoiGopY],
            empty: L10n.Democracy.chuaCoYKienNao)
        table.rows = page.items.map { opinion in
            [
                DemocracyCell(day(opinion.receivedOn)), DemocracyCell(opinion.sourceLabel), DemocracyCell(opinion.content),
                DemocracyCell([opinion.authorName, opinion.authorAddress].filter { !$0.isEmpty }.joined(separator: ", "))
            ]
        }
        var filters: [String: String] = [:]
        table.pagination = pagination(page.metadata, base: SiteURL.democracyConsultation(.value(consultation.id!)).path, query: &filters)
        model.tables = [table]
        if consultation.answer == nil && user.role.canWrite {
            var opinionForm = opinion ?? DemocracyForm(heading: "", action: "")
            if opinion == nil { opinionForm.values["received_on"] = today.vietnamese }
            opinionForm.heading = L10n.Democracy.nhapYKienTuHoiNghi
            opinionForm.action = SiteURL.democracyConsultationOpinion(.value(consultation.id!)).path
            opinionForm.controls = [
                .select(
                    label: L10n.Democracy.nguon, name: "source",
                    options: ConsultationOpinion.sources.filter { $0.0 != "cong_dan" }.map { ($0.0, $0.1) }, required: true),
                .text(label: L10n.Democracy.ngayNhanDdMmYyyy, name: "received_on", hint: nil, required: true),
                .textarea(label: L10n.Democracy.yKien, name: "content", rows: 4, required: true),
                .text(label: L10n.Democracy.nguoiToChucGopYKhong, name: "author_name", hint: nil, required: false),
                .text(label: L10n.Democracy.diaChiKhongCongKhai, name: "author_address", hint: nil, required: false)
            ]
            opinionForm.submit = L10n.Democracy.themYKien
            var answerForm = answer ?? DemocracyForm(heading: "", action: "")
            answerForm.heading = L10n.Democracy.congBoKetQuaTiepThuGiaiTrinh
            answerForm.action = SiteURL.democracyConsultationAnswer(.value(consultation.id!)).path
            answerForm.controls = [
                .note(L10n.Democracy.ketQuaDuocCongKhaiTren),
                .textarea(label: L10n.Democracy.tomTatYKienDaTiep, name: "answer", rows: 6, required: true)
            ]
            answerForm.submit = L10n.Democracy.congBoKetQua
            model.forms = [opinionForm, answerForm]
        }
        return render(req, model, status: status)
    }

    struct OpinionForm: Content {
        var source: String?
        var received_on: String?
        var content: String?
        var author_name: String?
        var author_address: String?
    }

    @Sendable static func addOpinion(req: Request) async throws -> Response {
        let user = try writer(req)
        let consultation = try await findConsultation(req, user: user)
        let form = try req.content.decode(OpinionForm.self)
        let draft = DemocracyService.OpinionDraft(
            source: form.source ?? "", content: form.content ?? "", authorName: form.author_name ?? "",
            authorAddress: form.author_address ?? "", receivedOn: form.received_on ?? "")
        let problems = DemocracyService.opinionProblems(draft, consultation: consultation, today: req.clock.today, fromPublic: false)
        guard problems.isEmpty else {
            var opinion = DemocracyForm(heading: "", action: "")
            opinion.values = [
                "source": form.source ?? "", "received_on": form.received_on ?? "", "content": form.content ?? "",
                "author_name": form.author_name ?? "", "author_address": form.author_address ?? ""
            ]
            opinion.errors = problems.mapValues(\.message)
            return try await consultationPage(
                req, user: user, consultation: consultation, opinion: opinion, answer: nil, status: .unprocessableEntity)
        }
        _ = try await DemocracyService.addOpinion(draft, to: consultation, actor: req.actor(user), fromPublic: false, on: req.db)
        req.flash(.success, L10n.Democracy.daThemYKien)
        return req.redirect(to: SiteURL.democracyConsultation(.value(consultation.id!)).path)
    }

    struct AnswerForm: Content { var answer: String? }

    @Sendable static func answer(req: Request) async throws -> Response {
        let user = try writer(req)
        let consultation = try await findConsultation(req, user: user)
        let text = try req.content.decode(AnswerForm.self).answer ?? ""
        do {
            try await DemocracyService.publishAnswer(consultation, answer: text, actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            var answer = DemocracyForm(heading: "", action: "")
            answer.values = ["answer": text]
            answer.errors = ["answer": error.message]
            return try await consultationPage(req, user: user, consultation: consultation, opinion: nil, answer: answer, status: .unprocessableEntity)
        }
        req.flash(.success, L10n.Democracy.daCongBoKetQuaLay)
        return req.redirect(to: SiteURL.democracyConsultation(.value(consultation.id!)).path)
    }

    // MARK: - Tham số

    @Sendable static func settingsPage(req: Request) async throws -> Response {
        let user = try req.user
        return try await settingsView(req, user: user, errors: [:], status: .ok)
    }

    static func settingsView(_ req: Request, user: User, errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let stored = Dictionary(uniqueKeysWithValues: try await DemocracySettingRecord.query(on: req.db).all().map { ($0.figure, $0) })
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.thamSoDanChuOCoSoTieuDe
        model.lead = L10n.Democracy.moiConSoLayTuLuat
        model.links = [(L10n.Democracy.danChuOCoSo, SiteURL.democracy.path)]
        var table = DemocracyTable(
            title: L10n.Democracy.cacThamSo, headers: [L10n.Democracy.thamSo, L10n.Democracy.giaTri, L10n.Democracy.canCu, L10n.Democracy.phienBan],
            empty: "")
        table.rows = DemocracyFigure.allCases.map { figure in
            let record = stored[figure.rawValue]
            return [
                DemocracyCell(figure.label), DemocracyCell(format(settings[figure])), DemocracyCell(record?.article ?? figure.article),
                DemocracyCell(record?.version ?? DemocracyFigure.defaultVersion)
            ]
        }
        let categories = try await DemocracyService.categories(under: user.scopePath, on: req.db)
        let categoryTable = DemocracyTable(
            title: L10n.Democracy.danhMucThongTinPhaiCongKhaiSuaTai,
            headers: [L10n.Democracy.ma, L10n.Democracy.loaiThongTin, L10n.Democracy.canCu, L10n.Democracy.niemYetToiThieu, L10n.Democracy.tanSuat],
            rows: categories.map {
                [
                    DemocracyCell($0.code), DemocracyCell($0.title), DemocracyCell($0.article),
                    DemocracyCell($0.minimumPostingDays.map { L10n.Democracy.soNgayNiemYet($0) } ?? L10n.Democracy.thuongXuyen),
                    DemocracyCell($0.frequency.label)
                ]
            },
            empty: "")
        model.tables = [table, categoryTable]
        if canEditSettings(user) {
            var form = DemocracyForm(
                heading: L10n.Democracy.suaMotThamSo, action: SiteURL.democracySettings.path,
                controls: [
                    .select(
                        label: L10n.Democracy.thamSo, name: "figure", options: DemocracyFigure.allCases.map { ($0.rawValue, $0.label) },
                        required: true),
                    .text(label: L10n.Democracy.giaTriMoi, name: "value", hint: L10n.Democracy.soDungDauPhayHoacDau, required: true),
                    .text(label: L10n.Democracy.canCuDieuKhoanVanBan, name: "article", hint: nil, required: true),
                    .text(label: L10n.Democracy.phienBanVanBan, name: "version", hint: L10n.Democracy.viDuLuat972025Qh15, required: true)
                ], submit: L10n.Democracy.luuThamSo)
            form.errors = errors
            model.forms = [form]
        }
        return render(req, model, status: status)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// Province-level admins and coordinators: the figures apply to every commune of the installation.
    static func canEditSettings(_ user: User) -> Bool {
        user.role.canManageUnits && (user.unit.kind == .province || user.unit.$parent.id == nil)
    }

    struct SettingForm: Content {
        var figure: String?
        var value: String?
        var article: String?
        var version: String?
    }

    @Sendable static func saveSetting(req: Request) async throws -> Response {
        let user = try req.user
        guard canEditSettings(user) else { throw AppError.forbidden }
        let form = try req.content.decode(SettingForm.self)
        var errors: [String: String] = [:]
        let figure = DemocracyFigure(rawValue: form.figure ?? "")
        if figure == nil { errors["figure"] = L10n.Democracy.vuiLongChonThamSo }
        let value = Double((form.value ?? "").replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces))
        if value.map({ !($0 > 0 && $0 <= 1000) }) ?? true { errors["value"] = L10n.Democracy.giaTriPhaiLaMotSo }
        if let figure, let value, [.contributionThreshold, .otherMatterThreshold].contains(figure), value >= 100 {
            errors["value"] = L10n.Democracy.tyLePhaiNhoHon100
        }
        let article = DemocracyService.clean(form.article ?? "")
        let version = DemocracyService.clean(form.version ?? "")
        if article.isEmpty || article.count > 300 { errors["article"] = L10n.Democracy.vuiLongGhiCanCuToi }
        if version.isEmpty || version.count > 300 { errors["version"] = L10n.Democracy.vuiLongGhiPhienBanVan }
        guard errors.isEmpty, let figure, let value else {
            return try await settingsView(req, user: user, errors: errors, status: .unprocessableEntity)
        }
        let actor = req.actor(user)
        try await req.db.transaction { db in
            let record = try await DemocracySettingRecord.query(on: db).filter(\.$figure == figure.rawValue).first() ?? DemocracySettingRecord()
            let before = record.id == nil ? nil : SettingSnapshot(record)
            record.figure = figure.rawValue
            record.value = value
            record.article = article
            record.version = version
            record.updatedBy = user.username
            try await record.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "democracy_setting", id: "\(record.id!)", action: "update", before: before,
                after: SettingSnapshot(record))
        }
        req.flash(.success, L10n.Democracy.daLuuThamSo)
        return req.redirect(to: SiteURL.democracySettings.path)
    }

    struct SettingSnapshot: Codable {
        let figure: String, value: Double, article: String, version: String
        init(_ record: DemocracySettingRecord) {
            figure = record.figure
            value = record.value
            article = record.article
            version = record.version
        }
    }
}
