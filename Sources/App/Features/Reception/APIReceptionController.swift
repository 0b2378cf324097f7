import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/reception-sessions — reception sessions within the caller's scope (dialogues: /api/v1/dialogues).
enum APIReceptionController {
    struct SessionDTO: Content {
        let id: Int
        let unitID: Int
        let heldOn: String
        let host: String
        /// Null unless the caller is the inspectorate or a unit officer (personal data).
        let citizens: String?
        let peopleCount: Int
        let subject: String
        let decision: String

        init(_ session: ReceptionSession, withCitizens: Bool) {
            id = session.id!
            unitID = session.$unit.id
            heldOn = session.heldOn
            host = session.host
            citizens = withCitizens ? session.citizens : nil
            peopleCount = session.peopleCount
            subject = session.subject
            decision = session.decision
        }
    }

    @Sendable static func index(req: Request) async throws -> APIUnitController.PageDTO<SessionDTO> {
        let user = try req.user
        let page = try await ReceptionSession.query(on: req.db)
            .join(OrgUnit.self, on: \ReceptionSession.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), PetitionAccess.scopePath(of: user) + "%")
            .sort(\.$heldOn, .descending).sort(\.$id, .descending).paginate(PageParams(from: req).fluent)
        let personal = PetitionAccess.canIntake(user.role)
        return .init(
            items: page.items.map { SessionDTO($0, withCitizens: personal) }, page: page.metadata.page, per: page.metadata.per,
            total: page.metadata.total)
    }

    struct CreateBody: Content {
        let unitID: Int
        let heldOn: String
        let host: String
        let citizens: String
        let peopleCount: Int?
        let subject: String
        let decision: String
        let isDialogue: Bool?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(PetitionAccess.canIntake)
        let body = try req.content.decode(CreateBody.self)
        if body.isDialogue == true {
            throw AppError.invalid(L10n.Reception.doiThoaiDuocGhiNhanRieng(SiteURL.API.dialogues.path), code: "use_dialogues")
        }
        let session = try await ReceptionService.record(
            .init(
                unitID: body.unitID, heldOn: body.heldOn, host: body.host, citizens: body.citizens, peopleCount: body.peopleCount ?? 1,
                subject: body.subject, decision: body.decision), user: user, at: req.clock.now, on: req.db)
        return try await SessionDTO(session, withCitizens: true).encodeResponse(status: .created, for: req)
    }
}
