import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/democracy — the disclosure list and figures, a commune's items, hamlet votes and consultations, the coordinator's grid.
enum APIDemocracyController {
    struct CategoryDTO: Content {
        let id: Int, code: String, title: String, article: String, minimumPostingDays: Int?, frequency: String, loudspeaker: Bool
        let scope: String, active: Bool, ownerUnitID: Int?
        init(_ record: DisclosureCategoryRecord) {
            id = record.id!
            code = record.code
            title = record.title
            article = record.article
            minimumPostingDays = record.minimumPostingDays
            frequency = record.frequency
            loudspeaker = record.loudspeaker
            scope = record.scope
            active = record.active
            ownerUnitID = record.ownerUnitID
        }
    }

    /// The categories in force for the user's subtree: the law's list and those of the provinces above.
    @Sendable static func categories(req: Request) async throws -> [CategoryDTO] {
        let user = try req.user
        return try await DisclosureCategoryController.records(under: user.scopePath, on: req.db).filter(\.active).map(CategoryDTO.init)
    }

    struct CategoryBody: Content {
        let code: String, title: String, article: String, minimumPostingDays: Int?, frequency: String, loudspeaker: Bool?, scope: String,
            sortOrder: Int?
    }

    /// A province's administrator or coordinator adds a category for its subtree.
    @Sendable static func addCategory(req: Request) async throws -> Response {
        let user = try req.user
        guard DisclosureCategoryController.canAdd(user) else { throw AppError.forbidden }
        let body = try req.content.decode(CategoryBody.self)
        let draft = DisclosureCategoryRules.Draft(
            code: body.code, title: DemocracyService.clean(body.title), article: DemocracyService.clean(body.article),
            minimumPostingDays: body.minimumPostingDays.map(String.init) ?? "", frequency: body.frequency,
            loudspeaker: body.loudspeaker ?? false, scope: body.scope, sortOrder: body.sortOrder.map(String.init) ?? "")
        let record = try await DisclosureCategoryController.create(draft, user: user, actor: req.actor(user), on: req.db)
        return try await CategoryDTO(record).encodeResponse(status: .created, for: req)
    }

    struct StatusBody: Content { let active: Bool }

    /// Retires a category (or uses it again); its items keep it.
    @Sendable static func setCategoryStatus(req: Request) async throws -> CategoryDTO {
        let user = try req.user
        let record = try await DisclosureCategoryController.find(req, user: user)
        guard DisclosureCategoryController.canEdit(user, record) else { throw AppError.forbidden }
        let body = try req.content.decode(StatusBody.self)
        try await DisclosureCategoryController.setActive(record, body.active, actor: req.actor(user), on: req.db)
        return CategoryDTO(record)
    }

    struct SettingDTO: Content { let figure: String, value: Double, article: String, version: String }

    @Sendable static func settings(req: Request) async throws -> [SettingDTO] {
        _ = try req.user
        let stored = Dictionary(uniqueKeysWithValues: try await DemocracySettingRecord.query(on: req.db).all().map { ($0.figure, $0) })
        return DemocracyFigure.allCases.map { figure in
            let record = stored[figure.rawValue]
            return SettingDTO(
                figure: figure.rawValue, value: record?.value ?? figure.defaultValue, article: record?.article ?? figure.article,
                version: record?.version ?? DemocracyFigure.defaultVersion)
        }
    }

    struct ItemDTO: Content {
        let id: Int, unitID: Int, category: String, title: String, content: String, forms: [String], decidedOn: String?, startsOn: String
        let endsOn: String?, onTime: Bool, shortReason: String?, withdrawnOn: String?, withdrawnReason: String?
        init(_ item: DisclosureItem) {
            id = item.id!
            unitID = item.$unit.id
            category = item.categoryCode
            title = item.title
            content = item.content
            forms = item.formList.map(\.rawValue)
            decidedOn = item.decidedOn
            startsOn = item.startsOn
            endsOn = item.endsOn
            onTime = item.onTime
            shortReason = item.shortReason
            withdrawnOn = item.withdrawnOn
            withdrawnReason = item.withdrawnReason
        }
    }

    static func commune(_ req: Request) async throws -> (User, OrgUnit) {
        let user = try req.user
        return (user, try await DemocracyController.publisherUnit(req, user: user))
    }

    @Sendable static func disclosures(req: Request) async throws -> APIUnitController.PageDTO<ItemDTO> {
        let (_, unit) = try await commune(req)
        let page = try await DisclosureItem.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$startsOn, .descending).sort(\.$id, .descending)
            .paginate(PageParams(from: req).fluent)
        return .init(items: page.items.map(ItemDTO.init), page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    struct PublishBody: Content {
        let category: String, title: String, content: String, forms: [String], decidedOn: String?, startsOn: String, endsOn: String?,
            shortReason: String?
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let (user, unit) = try await commune(req)
        guard user.role.canWrite else { throw AppError.forbidden }
        let body = try req.content.decode(PublishBody.self)
        var draft = DemocracyService.ItemDraft(unitID: unit.id!)
        draft.categoryCode = body.category
        draft.title = body.title
        draft.content = body.content
        draft.forms = body.forms
        draft.decidedOn = body.decidedOn ?? ""
        draft.startsOn = body.startsOn
        draft.endsOn = body.endsOn ?? ""
        draft.shortReason = body.shortReason ?? ""
        let item = try await DemocracyService.publish(
            draft, actor: req.actor(user), scopePath: user.scopePath, store: req.application.fileStore, on: req.db)
        return try await ItemDTO(item).encodeResponse(status: .created, for: req)
    }

    struct WithdrawBody: Content { let reason: String }

    @Sendable static func withdraw(req: Request) async throws -> ItemDTO {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        let (item, _) = try await DemocracyController.findItem(req, user: user)
        let body = try req.content.decode(WithdrawBody.self)
        try await DemocracyService.withdraw(item, reason: body.reason, actor: req.actor(user), on: req.db)
        return ItemDTO(item)
    }

    struct VoteDTO: Content {
        let id: Int, hamletID: Int, communeID: Int, matter: String, subject: String, method: String, heldOn: String
        let eligible: Int, voting: Int, inFavour: Int, against: Int, thresholdPercent: Double, thresholdStrictlyAbove: Bool
        let requiredVotes: Int, passed: Bool, result: String, communeDecision: String?, decidedOn: String?
        init(_ vote: HamletVote) {
            id = vote.id!
            hamletID = vote.$hamlet.id
            communeID = vote.$commune.id
            matter = vote.matter
            subject = vote.subject
            method = vote.method
            heldOn = vote.heldOn
            eligible = vote.eligible
            voting = vote.voting
            inFavour = vote.inFavour
            against = vote.against
            thresholdPercent = vote.thresholdPercent
            thresholdStrictlyAbove = vote.thresholdStrict
            requiredVotes = vote.requiredVotes
            passed = vote.passed
            result = vote.resultSentence
            communeDecision = vote.communeDecision
            decidedOn = vote.decidedOn
        }
    }

    @Sendable static func votes(req: Request) async throws -> APIUnitController.PageDTO<VoteDTO> {
        let (_, unit) = try await commune(req)
        let page = try await HamletVote.query(on: req.db).filter(\.$commune.$id == unit.id!).sort(\.$heldOn, .descending).sort(\.$id, .descending)
            .paginate(PageParams(from: req).fluent)
        return .init(items: page.items.map(VoteDTO.init), page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    struct VoteBody: Content {
        let hamletID: Int, matter: String, subject: String, method: String, heldOn: String, eligible: Int, voting: Int, inFavour: Int, against: Int
    }

    @Sendable static func recordVote(req: Request) async throws -> Response {
        let (user, unit) = try await commune(req)
        guard user.role.canWrite else { throw AppError.forbidden }
        let body = try req.content.decode(VoteBody.self)
        guard let hamlet = try await OrgUnit.find(body.hamletID, on: req.db), hamlet.$parent.id == unit.id, hamlet.kind == .hamlet else {
            throw AppError.invalid(L10n.Democracy.vuiLongChonThonToDan, code: "invalid_hamlet")
        }
        var draft = DemocracyService.VoteDraft(hamletID: hamlet.id)
        draft.matter = body.matter
        draft.subject = body.subject
        draft.method = body.method
        draft.heldOn = body.heldOn
        draft.eligible = String(body.eligible)
        draft.voting = String(body.voting)
        draft.inFavour = String(body.inFavour)
        draft.against = String(body.against)
        let vote = try await DemocracyService.recordVote(
            draft, actor: req.actor(user), scopePath: unit.path, store: req.application.fileStore, on: req.db)
        return try await VoteDTO(vote).encodeResponse(status: .created, for: req)
    }

    struct ConsultationDTO: Content {
        let id: Int, unitID: Int, subject: String, draft: String, forms: [String], startsOn: String, endsOn: String, answer: String?,
            answeredOn: String?
        let opinions: Int
        init(_ consultation: Consultation, opinions: Int) {
            id = consultation.id!
            unitID = consultation.$unit.id
            subject = consultation.subject
            draft = consultation.draft
            forms = consultation.forms.split(separator: ",").map(String.init)
            startsOn = consultation.startsOn
            endsOn = consultation.endsOn
            answer = consultation.answer
            answeredOn = consultation.answeredOn
            self.opinions = opinions
        }
    }

    @Sendable static func consultations(req: Request) async throws -> APIUnitController.PageDTO<ConsultationDTO> {
        let (_, unit) = try await commune(req)
        let page = try await Consultation.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$startsOn, .descending).sort(\.$id, .descending)
            .paginate(PageParams(from: req).fluent)
        let ids = page.items.compactMap(\.id)
        var counts: [Int: Int] = [:]
        if !ids.isEmpty {
            for opinion in try await ConsultationOpinion.query(on: req.db).filter(\.$consultation.$id ~~ ids).field(\.$id).field(\.$consultation.$id)
                .all()
            {
                counts[opinion.$consultation.id, default: 0] += 1
            }
        }
        return .init(
            items: page.items.map { ConsultationDTO($0, opinions: counts[$0.id!] ?? 0) }, page: page.metadata.page,
            per: page.metadata.per, total: page.metadata.total)
    }

    struct ConsultationBody: Content { let subject: String, draft: String, forms: [String], startsOn: String, endsOn: String }

    @Sendable static func openConsultation(req: Request) async throws -> Response {
        let (user, unit) = try await commune(req)
        guard user.role.canWrite else { throw AppError.forbidden }
        let body = try req.content.decode(ConsultationBody.self)
        let consultation = try await DemocracyService.openConsultation(
            .init(unitID: unit.id!, subject: body.subject, draft: body.draft, forms: body.forms, startsOn: body.startsOn, endsOn: body.endsOn),
            actor: req.actor(user), scopePath: user.scopePath, on: req.db)
        return try await ConsultationDTO(consultation, opinions: 0).encodeResponse(status: .created, for: req)
    }

    struct GridRowDTO: Content { let unitID: Int, name: String, statuses: [String: String], missing: [String] }
    struct GridDTO: Content { let period: String, categories: [String], rows: [GridRowDTO], page: Int, per: Int, total: Int }

    @Sendable static func grid(req: Request) async throws -> GridDTO {
        let user = try req.user
        let period = DemocracyGridController.period(req)
        let grid = try await DemocracyGridController.grid(
            scopePath: user.scopePath, period: period, page: PageParams(from: req), today: req.clock.today, on: req.db)
        let codes = grid.categories.map(\.code)
        return GridDTO(
            period: period.label, categories: codes,
            rows: grid.rows.map { row in
                GridRowDTO(
                    unitID: row.unitID, name: row.name, statuses: Dictionary(uniqueKeysWithValues: zip(codes, row.statuses.map(\.rawValue))),
                    missing: zip(codes, row.statuses).filter { $0.1 == .missing }.map(\.0))
            }, page: grid.metadata.page, per: grid.metadata.per, total: grid.metadata.total)
    }

    struct RecommendationDTO: Content {
        let id: Int, communeID: Int, board: String, receivedOn: String, content: String, dueOn: String, answer: String?, answeredOn: String?,
            status: String
        init(_ recommendation: InspectionRecommendation, today: CivilDate) {
            id = recommendation.id!
            communeID = recommendation.$commune.id
            board = recommendation.board
            receivedOn = recommendation.receivedOn
            content = recommendation.content
            dueOn = recommendation.dueOn
            answer = recommendation.answer
            answeredOn = recommendation.answeredOn
            status = recommendation.status(today: today).rawValue
        }
    }

    @Sendable static func recommendations(req: Request) async throws -> APIUnitController.PageDTO<RecommendationDTO> {
        let (_, unit) = try await commune(req)
        let page = try await InspectionRecommendation.query(on: req.db).filter(\.$commune.$id == unit.id!).sort(\.$receivedOn, .descending).sort(
            \.$id, .descending
        )
        .paginate(PageParams(from: req).fluent)
        let today = req.clock.today
        return .init(
            items: page.items.map { RecommendationDTO($0, today: today) }, page: page.metadata.page, per: page.metadata.per,
            total: page.metadata.total)
    }
}
