import DanVanCore
import Fluent
import Vapor

/// /api/v1/dialogues — dialogues (đối thoại) within the caller's scope; participants only for who may see them.
enum APIDialogueController {
    struct DialogueDTO: Content {
        let id: Int
        let unitID: Int
        let heldOn: String
        let chairedBy: String
        /// Null unless the caller may see the participants' names (personal data).
        let participants: String?
        let peopleCount: Int
        let subject: String
        let petitionID: Int?
        let outcome: String
        let followUp: String

        init(_ dialogue: Dialogue, withParticipants: Bool) {
            id = dialogue.id!
            unitID = dialogue.$unit.id
            heldOn = dialogue.heldOn
            chairedBy = dialogue.chairedBy
            participants = withParticipants ? dialogue.participants : nil
            peopleCount = dialogue.peopleCount
            subject = dialogue.subject
            petitionID = dialogue.$petition.id
            outcome = dialogue.outcome
            followUp = dialogue.followUp
        }
    }

    @Sendable static func index(req: Request) async throws -> APIUnitController.PageDTO<DialogueDTO> {
        let user = try req.user
        let page = try await DialogueController.query(scopePath: PetitionAccess.scopePath(of: user), page: PageParams(from: req), on: req.db)
        let petitionIDs = Set(page.items.compactMap { $0.$petition.id })
        var petitions: [Petition] = []
        if !petitionIDs.isEmpty { petitions = try await Petition.query(on: req.db).filter(\.$id ~~ petitionIDs).with(\.$unit).all() }
        let byID = Dictionary(uniqueKeysWithValues: petitions.map { ($0.id!, $0) })
        let items = page.items.map { dialogue in
            DialogueDTO(dialogue, withParticipants: DialogueController.seesParticipants(user, petition: dialogue.$petition.id.flatMap { byID[$0] }))
        }
        return .init(items: items, page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    @Sendable static func show(req: Request) async throws -> DialogueDTO {
        let user = try req.user
        let (dialogue, _, petition) = try await DialogueController.find(req, user: user)
        return DialogueDTO(dialogue, withParticipants: DialogueController.seesParticipants(user, petition: petition))
    }

    struct CreateBody: Content {
        let unitID: Int
        let heldOn: String
        let chairedBy: String
        let participants: String
        let peopleCount: Int?
        let subject: String
        let petitionCode: String?
        let outcome: String
        let followUp: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require { $0.canWrite && PetitionAccess.canIntake($0) }
        let body = try req.content.decode(CreateBody.self)
        let dialogue = try await DialogueService.record(
            .init(
                unitID: body.unitID, heldOn: body.heldOn, chairedBy: body.chairedBy, participants: body.participants,
                peopleCount: body.peopleCount ?? 1, subject: body.subject, petitionCode: body.petitionCode ?? "",
                outcome: body.outcome, followUp: body.followUp ?? ""), user: user, at: req.clock.now, on: req.db)
        return try await DialogueDTO(dialogue, withParticipants: true).encodeResponse(status: .created, for: req)
    }
}
