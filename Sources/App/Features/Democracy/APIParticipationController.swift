import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/democracy — what the pages of items 2–5 do, for other systems: the commune's decision on a hamlet vote, the
/// opinions of a consultation and its published answer, the boards' members and recommendations with the commune's
/// answers, and the satisfaction results. Each calls the same service as its page; bad input gives a stable code.
enum APIParticipationController {
    static func writer(_ req: Request) throws -> User {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        return user
    }

    // MARK: - Bàn và quyết định: the commune's decision

    struct DecisionBody: Content {
        let decision: String?
        let decidedOn: String?
    }

    @Sendable static func decide(req: Request) async throws -> APIDemocracyController.VoteDTO {
        let user = try writer(req)
        let vote = try await DemocracyController.findVote(req, user: user)
        let body = try req.content.decode(DecisionBody.self)
        try await DemocracyService.recordDecision(
            vote, text: body.decision ?? "", decidedOn: body.decidedOn ?? "", actor: req.actor(user), on: req.db)
        return APIDemocracyController.VoteDTO(vote)
    }

    // MARK: - Tham gia ý kiến

    struct OpinionDTO: Content {
        let id: Int, consultationID: Int, source: String, content: String, authorName: String, authorAddress: String, receivedOn: String
        let enteredBy: String?
        init(_ o: ConsultationOpinion) {
            id = o.id!
            consultationID = o.$consultation.id
            source = o.source
            content = o.content
            authorName = o.authorName
            authorAddress = o.authorAddress
            receivedOn = o.receivedOn
            enteredBy = o.enteredBy
        }
    }

    @Sendable static func consultation(req: Request) async throws -> APIDemocracyController.ConsultationDTO {
        let user = try req.user
        let consultation = try await DemocracyController.findConsultation(req, user: user)
        let count = try await ConsultationOpinion.query(on: req.db).filter(\.$consultation.$id == consultation.id!).count()
        return .init(consultation, opinions: count)
    }

    /// The opinions received, oldest first; staff only (names and addresses are personal data).
    @Sendable static func opinions(req: Request) async throws -> APIUnitController.PageDTO<OpinionDTO> {
        let user = try req.user
        let consultation = try await DemocracyController.findConsultation(req, user: user)
        let page = try await ConsultationOpinion.query(on: req.db).filter(\.$consultation.$id == consultation.id!).sort(\.$id)
            .paginate(PageParams(from: req).fluent)
        return .init(items: page.items.map(OpinionDTO.init), page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    struct OpinionBody: Content {
        let source: String?
        let content: String?
        let authorName: String?
        let authorAddress: String?
        let receivedOn: String?
    }

    /// An opinion an official enters from a meeting, a ballot, the suggestion box or the Front (not "cong_dan").
    @Sendable static func addOpinion(req: Request) async throws -> Response {
        let user = try writer(req)
        let consultation = try await DemocracyController.findConsultation(req, user: user)
        let body = try req.content.decode(OpinionBody.self)
        let draft = DemocracyService.OpinionDraft(
            source: body.source ?? "", content: body.content ?? "", authorName: body.authorName ?? "",
            authorAddress: body.authorAddress ?? "", receivedOn: body.receivedOn ?? "")
        let opinion = try await DemocracyService.addOpinion(draft, to: consultation, actor: req.actor(user), fromPublic: false, on: req.db)
        return try await OpinionDTO(opinion).encodeResponse(status: .created, for: req)
    }

    struct AnswerBody: Content { let answer: String? }

    /// Publishes the commune's answer: what it took up and what changed.
    @Sendable static func answerConsultation(req: Request) async throws -> APIDemocracyController.ConsultationDTO {
        let user = try writer(req)
        let consultation = try await DemocracyController.findConsultation(req, user: user)
        let body = try req.content.decode(AnswerBody.self)
        try await DemocracyService.publishAnswer(consultation, answer: body.answer ?? "", actor: req.actor(user), on: req.db)
        let count = try await ConsultationOpinion.query(on: req.db).filter(\.$consultation.$id == consultation.id!).count()
        return .init(consultation, opinions: count)
    }

    // MARK: - Kiến nghị của các ban

    struct RecommendationBody: Content {
        let board: String?
        let receivedOn: String?
        let content: String?
    }

    @Sendable static func recordRecommendation(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let body = try req.content.decode(RecommendationBody.self)
        let recommendation = try await DemocracyService.recordRecommendation(
            communeID: unit.id, board: body.board ?? "", receivedOn: body.receivedOn ?? "", content: body.content ?? "",
            actor: req.actor(user), scopePath: user.scopePath, on: req.db)
        return try await APIDemocracyController.RecommendationDTO(recommendation, today: req.clock.today).encodeResponse(status: .created, for: req)
    }

    @Sendable static func recommendation(req: Request) async throws -> APIDemocracyController.RecommendationDTO {
        let user = try req.user
        return .init(try await DemocracyController.findRecommendation(req, user: user), today: req.clock.today)
    }

    @Sendable static func answerRecommendation(req: Request) async throws -> APIDemocracyController.RecommendationDTO {
        let user = try writer(req)
        let recommendation = try await DemocracyController.findRecommendation(req, user: user)
        let body = try req.content.decode(AnswerBody.self)
        try await DemocracyService.answerRecommendation(recommendation, answer: body.answer ?? "", actor: req.actor(user), on: req.db)
        return .init(recommendation, today: req.clock.today)
    }

    // MARK: - Thành viên các ban

    struct MemberDTO: Content {
        let id: Int, communeID: Int, board: String, fullName: String, role: String, hamletID: Int?, electedAt: String, termFrom: String
        let termUntil: String, endedOn: String?, serving: Bool
        init(_ m: BoardMember, today: CivilDate) {
            id = m.id!
            communeID = m.$commune.id
            board = m.board
            fullName = m.fullName
            role = m.role
            hamletID = m.$hamlet.id
            electedAt = m.electedAt
            termFrom = m.termFrom
            termUntil = m.termUntil
            endedOn = m.endedOn
            serving = m.isServing(today: today)
        }
    }

    struct MembersDTO: Content {
        let items: [MemberDTO], page: Int, per: Int, total: Int
        /// What the composition rules say of each board's serving members (NĐ 59/2023), in Vietnamese; empty when nothing.
        let problems: [String]
    }

    @Sendable static func members(req: Request) async throws -> MembersDTO {
        let (_, unit) = try await APIDemocracyController.commune(req)
        let today = req.clock.today
        let page = try await BoardMember.query(on: req.db).filter(\.$commune.$id == unit.id!).sort(\.$board).sort(\.$termFrom, .descending).sort(
            \.$id
        )
        .paginate(PageParams(from: req).fluent)
        let serving = try await BoardMember.query(on: req.db).filter(\.$commune.$id == unit.id!).filter(\.$endedOn == nil)
            .filter(\.$termUntil >= today.iso).filter(\.$termFrom <= today.iso).limit(500).all()
        var problems: [String] = []
        for board in InspectionBoard.allCases {
            let roles = serving.filter { $0.board == board.rawValue }.map(\.roleValue)
            if board == .peoplesInspection || !roles.isEmpty {
                problems += BoardMembershipRules.compositionProblems(roles).map { board.label + ": " + $0 }
            }
        }
        return MembersDTO(
            items: page.items.map { MemberDTO($0, today: today) }, page: page.metadata.page, per: page.metadata.per,
            total: page.metadata.total, problems: problems)
    }

    struct MemberBody: Content {
        let board: String?, fullName: String?, role: String?, hamletID: Int?, electedAt: String?, termFrom: String?, termUntil: String?
    }

    @Sendable static func addMember(req: Request) async throws -> Response {
        let user = try writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let body = try req.content.decode(MemberBody.self)
        let form = BoardMemberController.AddForm(
            board: body.board, full_name: body.fullName, role: body.role, hamlet_id: body.hamletID.map(String.init),
            elected_at: body.electedAt, term_from: body.termFrom, term_until: body.termUntil)
        switch try await BoardMemberController.create(form, unit: unit, actor: req.actor(user), on: req.db) {
        case .failure(let problems): throw problems.appError
        case .success(let member): return try await MemberDTO(member, today: req.clock.today).encodeResponse(status: .created, for: req)
        }
    }

    struct EndBody: Content {
        let memberID: Int?
        let endedOn: String?
    }

    @Sendable static func endMember(req: Request) async throws -> MemberDTO {
        let user = try writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let body = try req.content.decode(EndBody.self)
        guard let id = body.memberID, let member = try await BoardMember.find(id, on: req.db), member.$commune.id == unit.id else {
            throw AppError.invalid(L10n.Democracy.vuiLongChonMotThanhVien, code: "invalid_member")
        }
        try await BoardMemberController.relieve(member, endedOn: body.endedOn ?? "", actor: req.actor(user), on: req.db)
        return MemberDTO(member, today: req.clock.today)
    }

    // MARK: - Đánh giá sự hài lòng

    struct SatisfactionLineDTO: Content { let key: String, count: Int, satisfied: Int, rate: Double?, average: Double }

    struct SatisfactionDTO: Content {
        let unitID: Int, since: String, count: Int, satisfied: Int, rate: Double?, average: Double
        /// Low ratings that became a phản ánh to the commune.
        let routedToPetitions: Int
        let bySubject: [SatisfactionLineDTO], byService: [SatisfactionLineDTO], byMonth: [SatisfactionLineDTO]
    }

    /// A commune's results over the last `months` months (1–60, default 12): the whole, per subject, per procedure, per month.
    @Sendable static func satisfaction(req: Request) async throws -> SatisfactionDTO {
        let (_, unit) = try await APIDemocracyController.commune(req)
        let months = min(max(req.query[Int.self, at: "months"] ?? 12, 1), 60)
        let today = req.clock.today
        let start = today.year * 12 + (today.month - 1) - months + 1
        let since = CivilDate(year: start / 12, month: start % 12 + 1, day: 1)!
        let ratings = try await SatisfactionRating.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$ratedOn >= since.iso)
            .field(\.$id).field(\.$subject).field(\.$service).field(\.$score).field(\.$ratedOn).field(\.$petition.$id).field(\.$unit.$id).all()
        func line(_ key: String, _ scores: [Int]) -> SatisfactionLineDTO {
            let summary = SatisfactionRules.Summary(scores: scores)
            return SatisfactionLineDTO(key: key, count: summary.count, satisfied: summary.satisfied, rate: summary.rate, average: summary.average)
        }
        let all = SatisfactionRules.Summary(scores: ratings.map(\.score))
        let services = Dictionary(grouping: ratings.filter { !$0.service.isEmpty }, by: { VietnameseText.searchKey($0.service) })
        let byMonth = Dictionary(grouping: ratings, by: { String($0.ratedOn.prefix(7)) })
        return SatisfactionDTO(
            unitID: unit.id!, since: since.iso, count: all.count, satisfied: all.satisfied, rate: all.rate, average: all.average,
            routedToPetitions: ratings.filter { $0.$petition.id != nil }.count,
            bySubject: SatisfactionSubject.allCases.map { subject in
                line(subject.rawValue, ratings.filter { $0.subject == subject.rawValue }.map(\.score))
            },
            byService: services.values.sorted { ($0.count, $1[0].service) > ($1.count, $0[0].service) }.prefix(50).map {
                line($0[0].service, $0.map(\.score))
            },
            byMonth: byMonth.keys.sorted().map { line($0, byMonth[$0]!.map(\.score)) })
    }
}
