import DanVanCore
import Fluent
import Vapor
import Views

/// Dân chủ ở cơ sở — the staff pages: the communes in scope, a commune's disclosure register, hamlet votes and consultations.
enum DemocracyController {
    static let publisherKinds: [UnitKind] = [.commune, .office, .department, .publicService]

    /// The commune (or agency) the path names, in the user's scope.
    static func publisherUnit(_ req: Request, user: User) async throws -> Unit {
        guard let unit = try await Unit.find(req.idParameter(), on: req.db), publisherKinds.contains(unit.kind) else {
            throw AppError.notFound("Xã, phường")
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
        var query = Unit.query(on: req.db).filter(\.$kind == .commune).filter(\.$activeUntil == nil)
            .filter(\.$path, .custom("LIKE"), user.scopePath + "%")
        let key = VietnameseText.searchKey(typed)
        if !key.isEmpty { query = query.group(.or, UnitQuery.nameHasWordStarting(key)) }
        let page = try await query.sort(\.$sortKey).paginate(PageParams(from: req).fluent)
        let parents = try await PetitionController.names(ofUnits: page.items.compactMap { $0.$parent.id }, on: req.db)
        var model = DemocracyPage.Model()
        model.title = "Dân chủ ở cơ sở"
        model.lead = "Luật Thực hiện dân chủ ở cơ sở 2022 (Luật số 10/2022/QH15): công khai thông tin, Nhân dân bàn và quyết định, Nhân dân tham gia ý kiến."
        model.links = [("Tình hình công khai của các xã", DemocracyURL.grid), ("Số liệu, báo cáo năm", DemocracyFiguresController.url),
                       ("Tham số theo luật", DemocracyURL.settings),
                       ("Danh mục thông tin phải công khai", DisclosureCategoryController.url),
                       ("Trang công khai cho người dân", DemocracyURL.publicHome)]
        model.filter = DemocracyFilter(action: DemocracyURL.home, fields: [.init(label: "Tìm xã, phường theo tên (không cần dấu)", name: "q", value: typed)], submit: "Tìm")
        var filters = ["q": typed]
        var table = DemocracyTable(title: "Xã, phường trong phạm vi", headers: ["Xã, phường", "Thuộc", "Công khai", "Biểu quyết", "Lấy ý kiến"],
                                   empty: "Không có xã, phường nào phù hợp.")
        table.rows = page.items.map { unit in
            [DemocracyCell(unit.name, url: DemocracyURL.commune(unit.id!)), DemocracyCell(unit.$parent.id.flatMap { parents[$0] } ?? ""),
             DemocracyCell("Sổ công khai", url: DemocracyURL.commune(unit.id!) + "#cong-khai"),
             // Who only reads is not shown the forms to record a vote or open a consultation (issue 18: no link that answers 403).
             DemocracyCell("Biểu quyết", url: user.role.canWrite ? DemocracyURL.newVote(unit.id!) : DemocracyURL.commune(unit.id!) + "#bieu-quyet"),
             DemocracyCell("Lấy ý kiến", url: user.role.canWrite ? DemocracyURL.newConsultation(unit.id!) : DemocracyURL.commune(unit.id!) + "#lay-y-kien")]
        }
        table.pagination = pagination(page.metadata, base: DemocracyURL.home, query: &filters)
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
        model.title = unit.name + " — dân chủ ở cơ sở"
        model.links = [("Danh sách xã, phường", DemocracyURL.home), ("Trang công khai của xã (không cần đăng nhập)", DemocracyURL.publicCommune(unit.id!)),
                       ("Đánh giá sự hài lòng", SatisfactionController.staffURL(unit.id!)), ("Hương ước, quy ước", DemocracyURL.conventions(unit.id!)),
                       ("Thành viên các ban", BoardMemberController.url(unit.id!)), ("Công trình được giám sát", SupervisedProjectController.list(unit.id!))]
        var items = DemocracyTable(title: "Sổ công khai thông tin", headers: ["Bắt đầu niêm yết", "Loại thông tin", "Tiêu đề", "Đến ngày", "Thời hạn công khai", "Tình trạng"],
                                   empty: "Chưa có thông tin nào được công khai.")
        items.rows = page.items.map { item in
            [DemocracyCell(item.start.vietnamese), DemocracyCell(categories[item.categoryCode].map { shortTitle($0) } ?? item.categoryCode),
             DemocracyCell(item.title, url: DemocracyURL.item(item.id!)), DemocracyCell(item.end?.vietnamese ?? "Thường xuyên"),
             DemocracyCell(item.onTime ? "Đúng hạn" : "Chậm", css: item.onTime ? nil : "badge"),
             DemocracyCell(status(of: item, today: today))]
        }
        var filters: [String: String] = [:]
        items.pagination = pagination(page.metadata, base: DemocracyURL.commune(unit.id!), query: &filters)
        if user.role.canWrite { items.actions = [("Công khai thông tin mới", DemocracyURL.newItem(unit.id!))] }
        let votes = try await HamletVote.query(on: req.db).filter(\.$commune.$id == unit.id!).with(\.$hamlet)
            .sort(\.$heldOn, .descending).limit(20).all()
        var voteTable = DemocracyTable(title: "Nhân dân bàn và quyết định (20 lần gần nhất)", headers: ["Ngày", "Thôn, tổ dân phố", "Nội dung", "Kết quả"],
                                       empty: "Chưa ghi nhận lần biểu quyết nào.")
        voteTable.rows = votes.map { vote in
            [DemocracyCell(day(vote.heldOn)), DemocracyCell(vote.hamlet.name), DemocracyCell(vote.subject, url: DemocracyURL.vote(vote.id!)),
             DemocracyCell(vote.passed ? "Được thông qua" : "Không được thông qua")]
        }
        if user.role.canWrite { voteTable.actions = [("Ghi kết quả biểu quyết", DemocracyURL.newVote(unit.id!))] }
        let consultations = try await Consultation.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$startsOn, .descending).limit(20).all()
        var consultationTable = DemocracyTable(title: "Nhân dân tham gia ý kiến (20 đợt gần nhất)", headers: ["Nội dung", "Thời gian", "Kết quả"],
                                               empty: "Chưa có đợt lấy ý kiến nào.")
        consultationTable.rows = consultations.map { consultation in
            [DemocracyCell(consultation.subject, url: DemocracyURL.consultation(consultation.id!)),
             DemocracyCell(consultation.start.vietnamese + " – " + consultation.end.vietnamese),
             DemocracyCell(consultation.answer == nil ? (today > consultation.end ? "Chờ công bố kết quả" : "Đang lấy ý kiến") : "Đã công bố kết quả")]
        }
        if user.role.canWrite { consultationTable.actions = [("Mở đợt lấy ý kiến", DemocracyURL.newConsultation(unit.id!))] }
        let recommendations = try await InspectionRecommendation.query(on: req.db).filter(\.$commune.$id == unit.id!)
            .sort(\.$receivedOn, .descending).limit(20).all()
        var recommendationTable = DemocracyTable(title: "Kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng (20 gần nhất)",
                                                 headers: ["Ngày nhận", "Ban", "Hạn trả lời", "Tình trạng"], empty: "Chưa có kiến nghị nào.")
        recommendationTable.rows = recommendations.map { recommendation in
            let status = recommendation.status(today: today)
            return [DemocracyCell(day(recommendation.receivedOn), url: DemocracyURL.recommendation(recommendation.id!)),
                    DemocracyCell(recommendation.boardKind.label), DemocracyCell(recommendation.due.vietnamese),
                    DemocracyCell(status.label, css: status == .overdue || status == .answeredLate ? "badge" : nil)]
        }
        if user.role.canWrite { recommendationTable.actions = [("Ghi kiến nghị", DemocracyURL.newRecommendation(unit.id!))] }
        model.tables = [items, voteTable, consultationTable, recommendationTable]
        return render(req, model)
    }

    // MARK: - Kiến nghị của Ban Thanh tra nhân dân

    struct RecommendationForm: Content { var board: String?; var received_on: String?; var content: String? }

    @Sendable static func newRecommendation(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        return try await recommendationFormPage(req, unit: unit, values: ["received_on": req.clock.today.vietnamese, "board": InspectionBoard.peoplesInspection.rawValue],
                                                errors: [:], status: .ok)
    }

    static func recommendationFormPage(_ req: Request, unit: Unit, values: [String: String], errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = "Ghi kiến nghị gửi " + unit.name
        model.links = [("Trang của xã", DemocracyURL.commune(unit.id!))]
        var form = DemocracyForm(heading: "Kiến nghị", action: DemocracyURL.recommendations(unit.id!), controls: [
            .select(label: "Ban kiến nghị", name: "board", options: InspectionBoard.allCases.map { ($0.rawValue, $0.label) }, required: true),
            .text(label: "Ngày nhận (dd/mm/yyyy)", name: "received_on",
                  hint: "Ủy ban nhân dân xã trả lời trong \(settings.days(.inspectionAnswerDays)) ngày (Luật 10/2022/QH15, Điều 40).", required: true),
            .textarea(label: "Nội dung kiến nghị", name: "content", rows: 6, required: true),
        ], submit: "Lưu kiến nghị")
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
            req.flash(.success, "Đã ghi kiến nghị; hạn trả lời: \(recommendation.due.vietnamese).")
            return req.redirect(to: DemocracyURL.recommendation(recommendation.id!))
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = ["invalid_board": "board", "invalid_date": "received_on", "impossible_date": "received_on"][error.code] ?? "content"
            return try await recommendationFormPage(req, unit: unit, values: ["board": form.board ?? "", "received_on": form.received_on ?? "", "content": form.content ?? ""],
                                                    errors: [field: error.message], status: .unprocessableEntity)
        }
    }

    static func findRecommendation(_ req: Request, user: User) async throws -> InspectionRecommendation {
        guard let recommendation = try await InspectionRecommendation.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$commune).first() else {
            throw AppError.notFound("Kiến nghị")
        }
        try user.ensureInScope(recommendation.commune)
        return recommendation
    }

    @Sendable static func recommendation(req: Request) async throws -> Response {
        let user = try req.user
        return try await recommendationPage(req, user: user, recommendation: try await findRecommendation(req, user: user), error: nil, status: .ok)
    }

    static func recommendationPage(_ req: Request, user: User, recommendation: InspectionRecommendation, error: String?, status: HTTPResponseStatus) async throws -> Response {
        let state = recommendation.status(today: req.clock.today)
        var model = DemocracyPage.Model()
        model.title = "Kiến nghị của " + recommendation.boardKind.label
        model.links = [("Trang của " + recommendation.commune.name, DemocracyURL.commune(recommendation.commune.id!))]
        model.notice = state.label
        model.noticeStyle = state == .overdue || state == .answeredLate ? "flash-error" : "flash-success"
        model.facts = [("Gửi", "Ủy ban nhân dân " + recommendation.commune.name), ("Ngày nhận", day(recommendation.receivedOn)),
                       ("Hạn trả lời", recommendation.due.vietnamese + " (Luật 10/2022/QH15, Điều 40)"),
                       ("Ngày trả lời", recommendation.answeredOn.map { day($0) } ?? "Chưa trả lời")]
        model.sections = [("Nội dung kiến nghị", recommendation.content)]
        if let answer = recommendation.answer { model.sections.append(("Trả lời của Ủy ban nhân dân xã", answer)) }
        else if user.role.canWrite {
            var form = DemocracyForm(heading: "Trả lời kiến nghị", action: DemocracyURL.recommendationAnswer(recommendation.id!), controls: [
                .textarea(label: "Nội dung trả lời", name: "answer", rows: 5, required: true),
            ], submit: "Lưu trả lời")
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
        req.flash(.success, "Đã lưu trả lời kiến nghị.")
        return req.redirect(to: DemocracyURL.recommendation(recommendation.id!))
    }

    static func shortTitle(_ category: DisclosureCategory) -> String {
        let number = category.code.hasPrefix("d11k") ? "Khoản " + category.code.dropFirst(4) + ": " : ""
        return number + category.title
    }

    /// "Đang niêm yết", "Hết thời gian niêm yết", "Đã rút ngày …: lý do".
    static func status(of item: DisclosureItem, today: CivilDate) -> String {
        status(start: item.start, end: item.end, withdrawnOn: item.withdrawnOn, reason: item.withdrawnReason, today: today)
    }

    static func status(start: CivilDate?, end: CivilDate?, withdrawnOn: String?, reason: String?, today: CivilDate) -> String {
        if let withdrawnOn { return "Đã rút ngày \(day(withdrawnOn)): \(reason ?? "")" }
        if let end, end < today { return "Hết thời gian niêm yết" }
        return (start.map { $0 > today } ?? false) ? "Chưa niêm yết" : "Đang niêm yết"
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
            draft.categoryCode = category ?? ""; draft.title = title ?? ""; draft.content = content ?? ""; draft.forms = forms ?? []
            draft.decidedOn = decided_on ?? ""; draft.startsOn = starts_on ?? ""; draft.endsOn = ends_on ?? ""; draft.shortReason = short_reason ?? ""
            if let file, file.data.readableBytes > 0 { draft.file = (file.filename, Data(buffer: file.data)) }
            return draft
        }

        var values: [String: String] {
            ["category": category ?? "", "title": title ?? "", "content": content ?? "", "decided_on": decided_on ?? "",
             "starts_on": starts_on ?? "", "ends_on": ends_on ?? "", "short_reason": short_reason ?? ""]
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

    static func itemFormPage(_ req: Request, unit: Unit, form: ItemForm, errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let categories = try await DemocracyService.categories(under: unit.path, on: req.db).filter { $0.scope == DemocracyService.scope(of: unit) }
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = "Công khai thông tin — " + unit.name
        model.links = [("Sổ công khai của xã", DemocracyURL.commune(unit.id!))]
        var htmlForm = DemocracyForm(heading: "Thông tin công khai", action: DemocracyURL.items(unit.id!), multipart: true, controls: [
            .select(label: "Loại thông tin (Luật 10/2022/QH15, Điều 11)", name: "category", options: categories.map { category in
                (category.code, shortTitle(category) + " — " + (category.minimumPostingDays.map { "niêm yết ít nhất \($0) ngày" } ?? "niêm yết thường xuyên"))
            }, required: true),
            .text(label: "Tiêu đề", name: "title", hint: nil, required: true),
            .textarea(label: "Nội dung công khai", name: "content", rows: 6, required: true),
            .checkboxes(legend: "Hình thức công khai (Điều 12, 13)", name: "forms", options: DisclosureForm.allCases.map { ($0.rawValue, $0.label) }),
            .text(label: "Ngày ban hành quyết định, văn bản (dd/mm/yyyy)", name: "decided_on",
                  hint: "Thông tin phải được công khai chậm nhất \(settings.days(.publishWithinWorkingDays)) ngày làm việc sau ngày này (Điều 12 khoản 3).", required: false),
            .text(label: "Ngày bắt đầu niêm yết (dd/mm/yyyy)", name: "starts_on", hint: nil, required: true),
            .text(label: "Ngày kết thúc niêm yết (dd/mm/yyyy)", name: "ends_on", hint: "Để trống nếu niêm yết thường xuyên.", required: false),
            .textarea(label: "Lý do niêm yết ngắn hơn thời gian tối thiểu (nếu có)", name: "short_reason", rows: 2, required: false),
            .file(label: "Tệp đính kèm (không bắt buộc)", name: "file", hint: "Nhận .pdf, .docx, .xlsx, .odt, .ods, .jpg, .png, .txt; tối đa 10 MB. Tệp được công khai cùng thông tin."),
        ], submit: "Công khai")
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
        let (problems, checked) = try await DemocracyService.itemProblems(draft, scopePath: user.scopePath, today: req.clock.today,
                                                                          settings: settings, calendar: calendar, on: req.db)
        guard let checked else {
            return try await itemFormPage(req, unit: unit, form: form, errors: problems.mapValues(\.message), status: .unprocessableEntity)
        }
        let item = try await DemocracyService.publish(draft, actor: req.actor(user), scopePath: user.scopePath, store: req.application.fileStore, on: req.db)
        var message = "Đã công khai thông tin."
        if !checked.onTime { message += " Lưu ý: thông tin được công khai chậm hơn \(settings.days(.publishWithinWorkingDays)) ngày làm việc sau ngày ban hành." }
        if checked.posting.needsReason { message += " Thời gian niêm yết ngắn hơn tối thiểu; lý do đã được ghi lại." }
        req.flash(.success, message)
        return req.redirect(to: DemocracyURL.item(item.id!))
    }

    static func findItem(_ req: Request, user: User) async throws -> (DisclosureItem, Unit) {
        guard let item = try await DisclosureItem.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound("Thông tin công khai")
        }
        try user.ensureInScope(item.unit)
        return (item, item.unit)
    }

    @Sendable static func item(req: Request) async throws -> Response {
        let user = try req.user
        let (item, unit) = try await findItem(req, user: user)
        return try await itemPage(req, user: user, item: item, unit: unit, reasonError: nil, status: .ok)
    }

    static func itemFacts(_ item: DisclosureItem, unit: Unit, category: DisclosureCategory?, today: CivilDate) -> [(String, String)] {
        var facts: [(String, String)] = [
            ("Đơn vị công khai", unit.name),
            ("Loại thông tin", category.map { shortTitle($0) + " (" + $0.article + ")" } ?? item.categoryCode),
            ("Hình thức", item.formList.map(\.label).joined(separator: "; ")),
            ("Ngày ban hành văn bản", day(item.decidedOn).isEmpty ? "—" : day(item.decidedOn)),
            ("Thời gian niêm yết", item.start.vietnamese + " – " + (item.end?.vietnamese ?? "thường xuyên")),
            ("Thời hạn công khai", item.onTime ? "Đúng hạn" : "Chậm so với thời hạn"),
            ("Tình trạng", status(of: item, today: today)),
        ]
        if let reason = item.shortReason { facts.append(("Lý do niêm yết ngắn hơn tối thiểu", reason)) }
        return facts
    }

    static func itemPage(_ req: Request, user: User, item: DisclosureItem, unit: Unit, reasonError: String?, status: HTTPResponseStatus) async throws -> Response {
        let category = try await DemocracyService.allCategories(on: req.db).first { $0.code == item.categoryCode }
        let files = try await DisclosureFile.query(on: req.db).filter(\.$item.$id == item.id!).all()
        var model = DemocracyPage.Model()
        model.title = item.title
        model.links = [("Sổ công khai của " + unit.name, DemocracyURL.commune(unit.id!)), ("Xem trên trang công khai", DemocracyURL.publicItem(item.id!))]
        model.facts = itemFacts(item, unit: unit, category: category, today: req.clock.today)
        model.facts.append(("Người công khai", item.publishedBy))
        if let by = item.withdrawnBy { model.facts.append(("Người rút", by)) }
        model.sections = [("Nội dung", item.content)]
        if !files.isEmpty {
            model.tables = [DemocracyTable(title: "Tệp đính kèm", headers: ["Tệp", "Dung lượng"], rows: files.map {
                [DemocracyCell($0.fileName, url: DemocracyURL.publicFile($0.id!)), DemocracyCell(PetitionAttachmentService.megabytes($0.sizeBytes))]
            }, empty: "")]
        }
        if item.withdrawnOn == nil && user.role.canWrite {
            var form = DemocracyForm(heading: "Rút thông tin đã công khai", action: DemocracyURL.withdraw(item.id!), controls: [
                .note("Thông tin đã công khai không bị xóa: nó được giữ lại và hiện trên trang công khai là “đã rút” kèm lý do."),
                .textarea(label: "Lý do rút", name: "reason", rows: 3, required: true),
            ], submit: "Rút thông tin")
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
        req.flash(.success, "Đã rút thông tin; lý do được giữ lại và hiện trên trang công khai.")
        return req.redirect(to: DemocracyURL.item(item.id!))
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
            draft.matter = matter ?? ""; draft.subject = subject ?? ""; draft.method = method ?? ""; draft.heldOn = held_on ?? ""
            draft.eligible = eligible ?? ""; draft.voting = voting ?? ""; draft.inFavour = in_favour ?? ""; draft.against = against ?? ""
            if let minutes, minutes.data.readableBytes > 0 { draft.minutes = (minutes.filename, Data(buffer: minutes.data)) }
            return draft
        }

        var values: [String: String] {
            ["hamlet_id": hamlet_id ?? "", "matter": matter ?? "", "subject": subject ?? "", "method": method ?? "", "held_on": held_on ?? "",
             "eligible": eligible ?? "", "voting": voting ?? "", "in_favour": in_favour ?? "", "against": against ?? ""]
        }
    }

    static func hamlets(of commune: Unit, on db: any Database) async throws -> [Unit] {
        try await Unit.query(on: db).filter(\.$parent.$id == commune.id!).filter(\.$kind == .hamlet).filter(\.$activeUntil == nil).sort(\.$sortKey).all()
    }

    @Sendable static func newVote(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await publisherUnit(req, user: user)
        var form = VoteForm()
        form.held_on = req.clock.today.vietnamese
        form.method = VoteMethod.meeting.rawValue
        return try await voteFormPage(req, unit: unit, form: form, errors: [:], status: .ok)
    }

    static func voteFormPage(_ req: Request, unit: Unit, form: VoteForm, errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let settings = try await DemocracyService.settings(on: req.db)
        let hamlets = try await DemocracyController.hamlets(of: unit, on: req.db)
        var model = DemocracyPage.Model()
        model.title = "Ghi kết quả Nhân dân bàn và quyết định — " + unit.name
        model.links = [("Trang của xã", DemocracyURL.commune(unit.id!))]
        if hamlets.isEmpty {
            model.notice = "Xã chưa có thôn, tổ dân phố nào trong danh mục đơn vị. Quản trị hoặc chuyên viên Nội vụ thêm thôn, tổ dân phố tại trang Đơn vị."
            model.noticeStyle = "flash-error"
        }
        var htmlForm = DemocracyForm(heading: "Kết quả biểu quyết", action: DemocracyURL.votes(unit.id!), multipart: true, controls: [
            .select(label: "Thôn, tổ dân phố", name: "hamlet_id", options: hamlets.map { (String($0.id!), $0.name) }, required: true),
            .select(label: "Nội dung (Điều 15)", name: "matter", options: HamletMatter.allCases.map {
                ($0.rawValue, $0.label + " — cần " + VoteThreshold.of($0, settings: settings).label)
            }, required: true),
            .text(label: "Nội dung cụ thể được biểu quyết", name: "subject", hint: "Ví dụ: Mức đóng góp làm đường bê tông liên thôn, 500.000 đồng/hộ.", required: true),
            .select(label: "Hình thức", name: "method", options: VoteMethod.allCases.map { ($0.rawValue, $0.label) }, required: true),
            .text(label: "Ngày biểu quyết (dd/mm/yyyy)", name: "held_on", hint: nil, required: true),
            .note("Tỷ lệ được tính trên TỔNG SỐ HỘ của thôn, tổ dân phố, không phải trên số hộ tham dự (Điều 21)."),
            .number(label: "Tổng số hộ của thôn, tổ dân phố", name: "eligible", required: true),
            .number(label: "Số hộ tham gia biểu quyết", name: "voting", required: true),
            .number(label: "Số hộ tán thành", name: "in_favour", required: true),
            .number(label: "Số hộ không tán thành", name: "against", required: true),
            .file(label: "Biên bản (không bắt buộc)", name: "minutes", hint: "Nhận .pdf, .docx, .odt, .jpg, .png; tối đa 10 MB."),
        ], submit: "Ghi kết quả")
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
        var (problems, checked) = try await DemocracyService.voteProblems(draft, scopePath: unit.path, today: req.clock.today, settings: settings, on: req.db)
        if let checked, checked.0.$parent.id != unit.id { problems["hamlet_id"] = ("invalid_hamlet", "Thôn, tổ dân phố này không thuộc \(unit.name).") }
        guard problems.isEmpty, checked != nil else {
            return try await voteFormPage(req, unit: unit, form: form, errors: problems.mapValues(\.message), status: .unprocessableEntity)
        }
        let vote = try await DemocracyService.recordVote(draft, actor: req.actor(user), scopePath: unit.path, store: req.application.fileStore, on: req.db)
        req.flash(.success, "Đã ghi kết quả biểu quyết.")
        return req.redirect(to: DemocracyURL.vote(vote.id!))
    }

    static func findVote(_ req: Request, user: User) async throws -> HamletVote {
        guard let vote = try await HamletVote.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$hamlet).with(\.$commune).first() else {
            throw AppError.notFound("Kết quả biểu quyết")
        }
        try user.ensureInScope(vote.hamlet)
        return vote
    }

    @Sendable static func vote(req: Request) async throws -> Response {
        let user = try req.user
        return try await votePage(req, user: user, vote: try await findVote(req, user: user), errors: [:], values: [:], status: .ok)
    }

    static func votePage(_ req: Request, user: User, vote: HamletVote, errors: [String: String], values: [String: String], status: HTTPResponseStatus) async throws -> Response {
        var model = DemocracyPage.Model()
        model.title = vote.subject
        model.links = [("Trang của " + vote.commune.name, DemocracyURL.commune(vote.commune.id!))]
        model.notice = vote.resultSentence
        model.noticeStyle = vote.passed ? "flash-success" : "flash-error"
        model.facts = [
            ("Thôn, tổ dân phố", vote.hamlet.name), ("Nội dung", vote.matterKind.label + " (" + vote.matterKind.article + ")"),
            ("Hình thức", vote.methodKind.label), ("Ngày", day(vote.heldOn)),
            ("Tổng số hộ", String(vote.eligible)), ("Số hộ tham gia", String(vote.voting)),
            ("Tán thành", String(vote.inFavour)), ("Không tán thành", String(vote.against)),
            ("Ngưỡng áp dụng", vote.threshold.label + " — \(vote.requiredVotes) hộ (Luật 10/2022/QH15, Điều 21)"),
            ("Kết quả", vote.passed ? "Được thông qua" : "Không được thông qua"),
            ("Biên bản", vote.minutesName ?? "Chưa đính kèm"),
            ("Quyết định của Ủy ban nhân dân xã", vote.communeDecision.map { $0 + " (ngày " + day(vote.decidedOn) + ")" } ?? "Chưa có"),
        ]
        if vote.minutesHash != nil { model.links.append(("Tải biên bản", DemocracyURL.voteMinutes(vote.id!))) }
        if vote.communeDecision == nil && user.role.canWrite {
            var form = DemocracyForm(heading: "Ghi quyết định của Ủy ban nhân dân xã", action: DemocracyURL.voteDecision(vote.id!), controls: [
                .textarea(label: "Quyết định (công nhận, hoặc không công nhận và lý do; số, ký hiệu văn bản)", name: "decision", rows: 3, required: true),
                .text(label: "Ngày quyết định (dd/mm/yyyy)", name: "decided_on", hint: nil, required: true),
            ], submit: "Lưu quyết định")
            form.values = values
            form.errors = errors
            model.forms = [form]
        }
        return render(req, model, status: status)
    }

    struct DecisionForm: Content { var decision: String?; var decided_on: String? }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try writer(req)
        let vote = try await findVote(req, user: user)
        let form = try req.content.decode(DecisionForm.self)
        do {
            try await DemocracyService.recordDecision(vote, text: form.decision ?? "", decidedOn: form.decided_on ?? "", actor: req.actor(user), on: req.db)
        } catch let error as AppError where error.status == .unprocessableEntity {
            let field = error.code == "invalid_date" ? "decided_on" : "decision"
            return try await votePage(req, user: user, vote: vote, errors: [field: error.message],
                                      values: ["decision": form.decision ?? "", "decided_on": form.decided_on ?? ""], status: .unprocessableEntity)
        }
        req.flash(.success, "Đã ghi quyết định của Ủy ban nhân dân xã.")
        return req.redirect(to: DemocracyURL.vote(vote.id!))
    }

    @Sendable static func minutes(req: Request) async throws -> Response {
        let user = try req.user
        let vote = try await findVote(req, user: user)
        guard let hash = vote.minutesHash else { throw AppError.notFound("Biên bản") }
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
        let form = ConsultationForm(subject: nil, draft: nil, forms: ["hop_cong_dong", "trang_thong_tin"], starts_on: today.vietnamese,
                                    ends_on: ConsultationRules.earliestEnd(start: today, settings: settings).vietnamese)
        return try await consultationFormPage(req, unit: unit, form: form, errors: [:], status: .ok)
    }

    static func consultationFormPage(_ req: Request, unit: Unit, form: ConsultationForm, errors: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let settings = try await DemocracyService.settings(on: req.db)
        var model = DemocracyPage.Model()
        model.title = "Mở đợt lấy ý kiến Nhân dân — " + unit.name
        model.links = [("Trang của xã", DemocracyURL.commune(unit.id!))]
        var htmlForm = DemocracyForm(heading: "Đợt lấy ý kiến", action: DemocracyURL.consultations(unit.id!), controls: [
            .text(label: "Nội dung lấy ý kiến", name: "subject", hint: "Ví dụ: Dự thảo kế hoạch sử dụng đất năm 2027 của xã.", required: true),
            .textarea(label: "Dự thảo (toàn văn hoặc tóm tắt)", name: "draft", rows: 8, required: true),
            .checkboxes(legend: "Hình thức lấy ý kiến (Điều 26)", name: "forms", options: DemocracyService.consultationForms.map { ($0.0, $0.1) }),
            .text(label: "Ngày bắt đầu (dd/mm/yyyy)", name: "starts_on", hint: nil, required: true),
            .text(label: "Ngày kết thúc (dd/mm/yyyy)", name: "ends_on",
                  hint: "Ít nhất \(settings.days(.consultationMinimumDays)) ngày kể từ ngày công bố (Luật 10/2022/QH15, Điều 26–27).", required: true),
        ], submit: "Mở lấy ý kiến")
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
        let (problems, _) = try await DemocracyService.consultationProblems(form.model(unitID: unit.id!), scopePath: user.scopePath, settings: settings, on: req.db)
        guard problems.isEmpty else {
            return try await consultationFormPage(req, unit: unit, form: form, errors: problems.mapValues(\.message), status: .unprocessableEntity)
        }
        let consultation = try await DemocracyService.openConsultation(form.model(unitID: unit.id!), actor: req.actor(user), scopePath: user.scopePath, on: req.db)
        req.flash(.success, "Đã mở đợt lấy ý kiến. Người dân góp ý tại trang công khai, không cần tài khoản.")
        return req.redirect(to: DemocracyURL.consultation(consultation.id!))
    }

    static func findConsultation(_ req: Request, user: User) async throws -> Consultation {
        guard let consultation = try await Consultation.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound("Đợt lấy ý kiến")
        }
        try user.ensureInScope(consultation.unit)
        return consultation
    }

    @Sendable static func consultation(req: Request) async throws -> Response {
        let user = try req.user
        return try await consultationPage(req, user: user, consultation: try await findConsultation(req, user: user), opinion: nil, answer: nil, status: .ok)
    }

    static func consultationPage(_ req: Request, user: User, consultation: Consultation, opinion: DemocracyForm?, answer: DemocracyForm?,
                                 status: HTTPResponseStatus) async throws -> Response {
        let page = try await ConsultationOpinion.query(on: req.db).filter(\.$consultation.$id == consultation.id!)
            .sort(\.$id).paginate(PageParams(from: req).fluent)
        let today = req.clock.today
        var model = DemocracyPage.Model()
        model.title = consultation.subject
        model.links = [("Trang của " + consultation.unit.name, DemocracyURL.commune(consultation.unit.id!)),
                       ("Trang góp ý công khai", DemocracyURL.publicConsultation(consultation.id!))]
        let formLabels = Dictionary(uniqueKeysWithValues: DemocracyService.consultationForms.map { ($0.0, $0.1) })
        model.facts = [("Xã, phường", consultation.unit.name),
                       ("Thời gian lấy ý kiến", consultation.start.vietnamese + " – " + consultation.end.vietnamese
                            + " (\(ConsultationRules.days(from: consultation.start, to: consultation.end)) ngày)"),
                       ("Hình thức", consultation.forms.split(separator: ",").compactMap { formLabels[String($0)] }.joined(separator: "; ")),
                       ("Tình trạng", consultation.answer != nil ? "Đã công bố kết quả ngày " + day(consultation.answeredOn)
                            : ConsultationRules.isOpen(start: consultation.start, end: consultation.end, today: today) ? "Đang lấy ý kiến" : "Hết thời gian lấy ý kiến"),
                       ("Số ý kiến", String(page.metadata.total))]
        model.sections = [("Dự thảo", consultation.draft)]
        if let answer = consultation.answer { model.sections.append(("Kết quả tiếp thu, giải trình", answer)) }
        var table = DemocracyTable(title: "Ý kiến đã nhận", headers: ["Ngày", "Nguồn", "Ý kiến", "Người góp ý"], empty: "Chưa có ý kiến nào.")
        table.rows = page.items.map { opinion in
            [DemocracyCell(day(opinion.receivedOn)), DemocracyCell(opinion.sourceLabel), DemocracyCell(opinion.content),
             DemocracyCell([opinion.authorName, opinion.authorAddress].filter { !$0.isEmpty }.joined(separator: ", "))]
        }
        var filters: [String: String] = [:]
        table.pagination = pagination(page.metadata, base: DemocracyURL.consultation(consultation.id!), query: &filters)
        model.tables = [table]
        if consultation.answer == nil && user.role.canWrite {
            var opinionForm = opinion ?? DemocracyForm(heading: "", action: "")
            if opinion == nil { opinionForm.values["received_on"] = today.vietnamese }
            opinionForm.heading = "Nhập ý kiến từ hội nghị, cuộc họp, phiếu lấy ý kiến"
            opinionForm.action = DemocracyURL.consultationOpinion(consultation.id!)
            opinionForm.controls = [
                .select(label: "Nguồn", name: "source", options: ConsultationOpinion.sources.filter { $0.0 != "cong_dan" }.map { ($0.0, $0.1) }, required: true),
                .text(label: "Ngày nhận (dd/mm/yyyy)", name: "received_on", hint: nil, required: true),
                .textarea(label: "Ý kiến", name: "content", rows: 4, required: true),
                .text(label: "Người, tổ chức góp ý (không công khai)", name: "author_name", hint: nil, required: false),
                .text(label: "Địa chỉ (không công khai)", name: "author_address", hint: nil, required: false),
            ]
            opinionForm.submit = "Thêm ý kiến"
            var answerForm = answer ?? DemocracyForm(heading: "", action: "")
            answerForm.heading = "Công bố kết quả tiếp thu, giải trình"
            answerForm.action = DemocracyURL.consultationAnswer(consultation.id!)
            answerForm.controls = [
                .note("Kết quả được công khai trên trang của xã (Điều 11 khoản 11); sau khi công bố, đợt lấy ý kiến không nhận thêm ý kiến."),
                .textarea(label: "Tóm tắt ý kiến đã tiếp thu, giải trình và những điểm đã sửa trong dự thảo", name: "answer", rows: 6, required: true),
            ]
            answerForm.submit = "Công bố kết quả"
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
        let draft = DemocracyService.OpinionDraft(source: form.source ?? "", content: form.content ?? "", authorName: form.author_name ?? "",
                                                  authorAddress: form.author_address ?? "", receivedOn: form.received_on ?? "")
        let problems = DemocracyService.opinionProblems(draft, consultation: consultation, today: req.clock.today, fromPublic: false)
        guard problems.isEmpty else {
            var opinion = DemocracyForm(heading: "", action: "")
            opinion.values = ["source": form.source ?? "", "received_on": form.received_on ?? "", "content": form.content ?? "",
                              "author_name": form.author_name ?? "", "author_address": form.author_address ?? ""]
            opinion.errors = problems.mapValues(\.message)
            return try await consultationPage(req, user: user, consultation: consultation, opinion: opinion, answer: nil, status: .unprocessableEntity)
        }
        _ = try await DemocracyService.addOpinion(draft, to: consultation, actor: req.actor(user), fromPublic: false, on: req.db)
        req.flash(.success, "Đã thêm ý kiến.")
        return req.redirect(to: DemocracyURL.consultation(consultation.id!))
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
        req.flash(.success, "Đã công bố kết quả lấy ý kiến.")
        return req.redirect(to: DemocracyURL.consultation(consultation.id!))
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
        model.title = "Tham số dân chủ ở cơ sở"
        model.lead = "Mỗi con số lấy từ luật, ghi rõ điều khoản và phiên bản văn bản. Luật đã được sửa đổi năm 2024 và 2025; khi văn bản mới thay đổi con số, quản trị hoặc chuyên viên Nội vụ cấp tỉnh sửa tại đây."
        model.links = [("Dân chủ ở cơ sở", DemocracyURL.home)]
        var table = DemocracyTable(title: "Các tham số", headers: ["Tham số", "Giá trị", "Căn cứ", "Phiên bản"], empty: "")
        table.rows = DemocracyFigure.allCases.map { figure in
            let record = stored[figure.rawValue]
            return [DemocracyCell(figure.label), DemocracyCell(format(settings[figure])), DemocracyCell(record?.article ?? figure.article),
                    DemocracyCell(record?.version ?? DemocracyFigure.defaultVersion)]
        }
        let categories = try await DemocracyService.categories(under: user.scopePath, on: req.db)
        let categoryTable = DemocracyTable(title: "Danh mục thông tin phải công khai (sửa tại trang Danh mục)", headers: ["Mã", "Loại thông tin", "Căn cứ", "Niêm yết tối thiểu", "Tần suất"],
            rows: categories.map { [DemocracyCell($0.code), DemocracyCell($0.title), DemocracyCell($0.article),
                                    DemocracyCell($0.minimumPostingDays.map { "\($0) ngày" } ?? "Thường xuyên"), DemocracyCell($0.frequency.label)] },
            empty: "")
        model.tables = [table, categoryTable]
        if canEditSettings(user) {
            var form = DemocracyForm(heading: "Sửa một tham số", action: DemocracyURL.settings, controls: [
                .select(label: "Tham số", name: "figure", options: DemocracyFigure.allCases.map { ($0.rawValue, $0.label) }, required: true),
                .text(label: "Giá trị mới", name: "value", hint: "Số; dùng dấu phẩy hoặc dấu chấm cho phần thập phân.", required: true),
                .text(label: "Căn cứ (điều, khoản, văn bản)", name: "article", hint: nil, required: true),
                .text(label: "Phiên bản văn bản", name: "version", hint: "Ví dụ: Luật 97/2025/QH15 (hiệu lực 01/7/2025).", required: true),
            ], submit: "Lưu tham số")
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

    struct SettingForm: Content { var figure: String?; var value: String?; var article: String?; var version: String? }

    @Sendable static func saveSetting(req: Request) async throws -> Response {
        let user = try req.user
        guard canEditSettings(user) else { throw AppError.forbidden }
        let form = try req.content.decode(SettingForm.self)
        var errors: [String: String] = [:]
        let figure = DemocracyFigure(rawValue: form.figure ?? "")
        if figure == nil { errors["figure"] = "Vui lòng chọn tham số." }
        let value = Double((form.value ?? "").replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces))
        if value.map({ !($0 > 0 && $0 <= 1000) }) ?? true { errors["value"] = "Giá trị phải là một số lớn hơn 0." }
        if let figure, let value, [.contributionThreshold, .otherMatterThreshold].contains(figure), value >= 100 {
            errors["value"] = "Tỷ lệ phải nhỏ hơn 100 %."
        }
        let article = DemocracyService.clean(form.article ?? ""), version = DemocracyService.clean(form.version ?? "")
        if article.isEmpty || article.count > 300 { errors["article"] = "Vui lòng ghi căn cứ (tối đa 300 ký tự)." }
        if version.isEmpty || version.count > 300 { errors["version"] = "Vui lòng ghi phiên bản văn bản (tối đa 300 ký tự)." }
        guard errors.isEmpty, let figure, let value else { return try await settingsView(req, user: user, errors: errors, status: .unprocessableEntity) }
        let actor = req.actor(user)
        try await req.db.transaction { db in
            let record = try await DemocracySettingRecord.query(on: db).filter(\.$figure == figure.rawValue).first() ?? DemocracySettingRecord()
            let before = record.id == nil ? nil : SettingSnapshot(record)
            record.figure = figure.rawValue; record.value = value; record.article = article; record.version = version; record.updatedBy = user.username
            try await record.save(on: db)
            try await Audit.record(on: db, actor: actor, entity: "democracy_setting", id: "\(record.id!)", action: "update", before: before, after: SettingSnapshot(record))
        }
        req.flash(.success, "Đã lưu tham số.")
        return req.redirect(to: DemocracyURL.settings)
    }

    struct SettingSnapshot: Codable {
        let figure: String, value: Double, article: String, version: String
        init(_ record: DemocracySettingRecord) { figure = record.figure; value = record.value; article = record.article; version = record.version }
    }
}
