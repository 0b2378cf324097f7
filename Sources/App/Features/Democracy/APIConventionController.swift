import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/democracy — hương ước, quy ước: a commune's conventions, one with its versions and reviews, and its steps.
enum APIConventionController {
    struct VersionDTO: Content {
        let number: Int, purpose: String, stage: String, text: String, changeSummary: String, draftedOn: String
        let postedFrom: String?, voteID: Int?, votedOn: String?, submissionDue: String?, submittedOn: String?, decisionDue: String?
        let decisionNumber: String?, decidedOn: String?, refusalReason: String?, effectiveOn: String?
        init(_ version: ConventionVersion) {
            number = version.number
            purpose = version.purpose
            stage = version.stage
            text = version.text
            changeSummary = version.changeSummary
            draftedOn = version.draftedOn
            postedFrom = version.postedFrom
            voteID = version.$vote.id
            votedOn = version.votedOn
            submissionDue = version.submissionDue
            submittedOn = version.submittedOn
            decisionDue = version.decisionDue
            decisionNumber = version.decisionNumber
            decidedOn = version.decidedOn
            refusalReason = version.refusalReason
            effectiveOn = version.effectiveOn
        }
    }

    struct ReviewDTO: Content {
        let year: Int, reviewedOn: String, conclusion: String, note: String
        init(_ review: ConventionReview) {
            year = review.year
            reviewedOn = review.reviewedOn
            conclusion = review.conclusion
            note = review.note
        }
    }

    struct ConventionDTO: Content {
        let id: Int, hamletID: Int, communeID: Int, kind: String, name: String, stage: String, inForce: Bool, effectiveOn: String?
        init(_ convention: Convention, latest: ConventionVersion?, inForce: ConventionVersion?) {
            id = convention.id!
            hamletID = convention.$hamlet.id
            communeID = convention.$commune.id
            kind = convention.kind
            name = convention.name
            stage = latest?.stage ?? ConventionStage.drafting.rawValue
            self.inForce = inForce != nil
            effectiveOn = inForce?.effectiveOn
        }
    }

    struct DetailDTO: Content {
        let id: Int, hamletID: Int, communeID: Int, kind: String, name: String, versions: [VersionDTO], reviews: [ReviewDTO]
    }

    static func detail(_ convention: Convention, on db: any Database) async throws -> DetailDTO {
        let versions = try await ConventionService.versions(of: convention, on: db)
        let reviews = try await ConventionReview.query(on: db).filter(\.$convention.$id == convention.id!).sort(\.$year, .descending).all()
        return DetailDTO(
            id: convention.id!, hamletID: convention.$hamlet.id, communeID: convention.$commune.id, kind: convention.kind, name: convention.name,
            versions: versions.map(VersionDTO.init), reviews: reviews.map(ReviewDTO.init))
    }

    @Sendable static func list(req: Request) async throws -> APIUnitController.PageDTO<ConventionDTO> {
        let user = try req.user
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let (page, latest, inForce) = try await ConventionController.rows(communeID: unit.id!, page: PageParams(from: req), on: req.db)
        return .init(
            items: page.items.map { ConventionDTO($0, latest: latest[$0.id!], inForce: inForce[$0.id!]) },
            page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    struct CreateBody: Content { let hamletID: Int, kind: String, name: String, text: String, draftedOn: String }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.user
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        guard user.role.canWrite else { throw AppError.forbidden }
        let body = try req.content.decode(CreateBody.self)
        let convention = try await ConventionService.create(
            .init(hamletID: body.hamletID, kind: body.kind, name: body.name, text: body.text, draftedOn: body.draftedOn),
            communeID: unit.id!, actor: req.actor(user), on: req.db)
        return try await detail(convention, on: req.db).encodeResponse(status: .created, for: req)
    }

    @Sendable static func show(req: Request) async throws -> DetailDTO {
        let user = try req.user
        return try await detail(try await ConventionController.find(req, user: user), on: req.db)
    }

    struct StepBody: Content {
        let step: String, date: String
        let method: String?, eligible: Int?, voting: Int?, inFavour: Int?, against: Int?
        let decisionNumber: String?, effectiveOn: String?, refusalReason: String?
    }

    @Sendable static func step(req: Request) async throws -> DetailDTO {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        let convention = try await ConventionController.find(req, user: user)
        let body = try req.content.decode(StepBody.self)
        guard let version = try await ConventionService.versions(of: convention, on: req.db).first(where: { $0.stageValue.inProgress }) else {
            throw AppError.invalid(L10n.Democracy.khongCoDuThaoNaoDang, code: "no_draft_in_progress")
        }
        var input = ConventionService.StepInput(step: body.step, date: body.date)
        input.method = body.method ?? VoteMethod.meeting.rawValue
        input.eligible = body.eligible.map(String.init) ?? ""
        input.voting = body.voting.map(String.init) ?? ""
        input.inFavour = body.inFavour.map(String.init) ?? ""
        input.against = body.against.map(String.init) ?? ""
        input.decisionNumber = body.decisionNumber ?? ""
        input.effectiveOn = body.effectiveOn ?? ""
        input.refusalReason = body.refusalReason ?? ""
        try await ConventionService.take(
            input, on: version, convention: convention, actor: req.actor(user), store: req.application.fileStore, on: req.db)
        return try await detail(convention, on: req.db)
    }

    struct DraftBody: Content { let text: String, changeSummary: String?, draftedOn: String }

    @Sendable static func redraft(req: Request) async throws -> Response {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        let convention = try await ConventionController.find(req, user: user)
        let body = try req.content.decode(DraftBody.self)
        _ = try await ConventionService.redraft(
            convention, text: body.text, summary: body.changeSummary ?? "", draftedOn: body.draftedOn, actor: req.actor(user), on: req.db)
        return try await detail(convention, on: req.db).encodeResponse(status: .created, for: req)
    }

    struct ReviewBody: Content { let reviewedOn: String, conclusion: String, note: String? }

    @Sendable static func review(req: Request) async throws -> Response {
        let user = try req.user
        guard user.role.canWrite else { throw AppError.forbidden }
        let convention = try await ConventionController.find(req, user: user)
        let body = try req.content.decode(ReviewBody.self)
        _ = try await ConventionService.review(
            convention, reviewedOn: body.reviewedOn, conclusion: body.conclusion, note: body.note ?? "", actor: req.actor(user), on: req.db)
        return try await detail(convention, on: req.db).encodeResponse(status: .created, for: req)
    }
}
