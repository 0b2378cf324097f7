import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/petitions — petitions within the caller's scope; personal data only where `PetitionAccess` allows.
enum APIPetitionController {
    struct CitizenDTO: Content {
        let name: String
        let address: String
        let phone: String
        let idNumber: String
        let peopleCount: Int
    }

    struct PetitionDTO: Content {
        let id: Int
        let trackingCode: String
        let channel: String
        let receivedOn: String
        let subject: String
        let content: String
        let kinds: [String]
        let instance: String
        let field: String
        let inCompetence: Bool?
        let flags: [String]
        let status: String
        let statusReason: String?
        let unitID: Int
        let profileID: String
        let acceptDue: String
        let acceptedOn: String?
        let resolveDue: String?
        let extensions: Int
        let resolvedOn: String?
        let dueOn: String?
        let overdue: Bool
        let resolution: String?
        /// Left out when the caller may not see the citizen's personal data.
        let citizen: CitizenDTO?

        init(_ petition: Petition, withCitizen: Bool, today: CivilDate) {
            id = petition.id!
            trackingCode = petition.trackingCode
            channel = petition.channel.rawValue
            receivedOn = petition.receivedOn
            subject = petition.subject
            content = petition.content
            kinds = petition.kindList.map(\.rawValue)
            instance = petition.instance.rawValue
            field = petition.field
            inCompetence = petition.inCompetence
            flags = PetitionFlag.allCases.filter { $0.isSet(on: petition) }.map(\.rawValue)
            status = petition.status.rawValue
            statusReason = petition.statusReason
            unitID = petition.$unit.id
            profileID = petition.profileID
            acceptDue = petition.acceptDue
            acceptedOn = petition.acceptedOn
            resolveDue = petition.resolveDue
            extensions = petition.extensions
            resolvedOn = petition.resolvedOn
            dueOn = petition.dueOn
            overdue = petition.dueOn.map { $0 < today.iso } ?? false
            resolution = petition.resolution
            citizen =
                withCitizen
                ? CitizenDTO(
                    name: petition.citizenName, address: petition.citizenAddress, phone: petition.citizenPhone,
                    idNumber: petition.citizenIDNumber, peopleCount: petition.peopleCount) : nil
        }
    }

    @Sendable static func index(req: Request) async throws -> APIUnitController.PageDTO<PetitionDTO> {
        let user = try req.user
        let listName: String = req.query["list"] ?? "all"
        let lists: [String: PetitionQuery.WorkList] = ["all": .all, "due_soon": .dueSoon, "overdue": .overdue, "mass_or_over_level": .massOrOverLevel]
        guard let list = lists[listName] else {
            throw AppError.invalid(L10n.Petitions.danhSachKhongHopLeDung(listName), code: "invalid_list")
        }
        let filter = PetitionQuery.Filter(
            scopePath: PetitionAccess.scopePath(of: user), list: list, search: req.query["q"] ?? "", today: req.clock.today)
        let page = try await PetitionQuery.page(filter, page: PageParams(from: req), on: req.db)
        let petitions = Dictionary(
            uniqueKeysWithValues: try await Petition.query(on: req.db).filter(\.$id ~~ page.rows.map(\.id)).all().map { ($0.id!, $0) })
        let units = try await OrgUnit.query(on: req.db).filter(\.$id ~~ Set(page.rows.map(\.unitID))).all()
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let items = page.rows.compactMap { petitions[$0.id] }.map { petition in
            PetitionDTO(
                petition, withCitizen: byID[petition.$unit.id].map { PetitionAccess.canSeePersonalData(user, petition, unit: $0) } ?? false,
                today: filter.today)
        }
        return .init(items: items, page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    @Sendable static func show(req: Request) async throws -> PetitionDTO {
        let user = try req.user
        let (petition, unit) = try await PetitionController.find(req, user: user)
        try await PetitionController.auditViewIfDenunciation(petition, actor: req.actor(user), on: req.db)
        return PetitionDTO(petition, withCitizen: PetitionAccess.canSeePersonalData(user, petition, unit: unit), today: req.clock.today)
    }

    struct CreateBody: Content {
        let channel: String
        let receivedOn: String
        let unitID: Int
        let kinds: [String]
        let subject: String
        let content: String
        let citizenName: String?
        let citizenAddress: String?
        let citizenPhone: String?
        let citizenIDNumber: String?
        let peopleCount: Int?
        let anonymous: Bool?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(PetitionAccess.canIntake)
        let body = try req.content.decode(CreateBody.self)
        guard let unit = try await OrgUnit.find(body.unitID, on: req.db) else {
            throw AppError.invalid(L10n.Petitions.coQuanNhanDonKhongTon, code: "invalid_unit")
        }
        guard PetitionAccess.canSee(user, petitionUnit: unit) else { throw AppError.outsideScope }
        guard let received = CivilDate(iso: body.receivedOn) ?? CivilDate(vietnamese: body.receivedOn) else {
            throw AppError.invalid(L10n.Petitions.ngayNhanKhongHopLeDung(body.receivedOn), code: "invalid_received_on")
        }
        let draft = PetitionService.Draft(
            channel: try PetitionActionInput.parse(body.channel, PetitionChannel.self, "invalid_channel"), receivedOn: received,
            subject: body.subject, content: body.content, citizenName: body.citizenName ?? "", citizenAddress: body.citizenAddress ?? "",
            citizenPhone: body.citizenPhone ?? "", citizenIDNumber: body.citizenIDNumber ?? "", peopleCount: body.peopleCount ?? 1,
            kinds: try body.kinds.map { try PetitionActionInput.parse($0, PetitionKind.self, "invalid_kinds") }, unitID: unit.id,
            isAnonymous: body.anonymous ?? false)
        let petition = try await PetitionService.create(
            draft, actor: req.actor(user), rules: try await req.application.currentPetitionRules(on: req.db), on: req.db)
        return try await PetitionDTO(petition, withCitizen: PetitionAccess.canSeePersonalData(user, petition, unit: unit), today: req.clock.today)
            .encodeResponse(status: .created, for: req)
    }

    /// POST /api/v1/petitions/{id}/{action}: the same steps as the web page, e.g. `accept` with `{"date": "2024-03-01"}`.
    @Sendable static func act(req: Request) async throws -> PetitionDTO {
        let user = try req.user
        let names: [String: PetitionAction] = [
            "classify": .classify, "accept": .accept, "decide": .decide, "start": .start, "extend": .extend,
            "resolve": .resolve, "close": .close, "grant_identity": .grantIdentity
        ]
        let name = req.parameters.get("action") ?? ""
        guard let action = names[name] else { throw AppError.notFound(L10n.Petitions.thaoTac) }
        let (petition, unit) = try await PetitionController.find(req, user: user)
        let input = try req.content.decode(PetitionActionInput.self)
        _ = try await input.run(
            action, on: petition, unit: unit, user: user, at: req.clock.now, rules: try await req.application.currentPetitionRules(on: req.db),
            db: req.db)
        return PetitionDTO(petition, withCitizen: PetitionAccess.canSeePersonalData(user, petition, unit: unit), today: req.clock.today)
    }

    struct PublicStatusDTO: Content {
        let trackingCode: String
        let receivedOn: String
        let kinds: [String]
        let status: String
        let statusLabel: String
        let updatedOn: String
        let answer: String?
    }

    /// GET /api/v1/public/petitions/{code}: no account; the same 404 whether the code is malformed or unknown; rate-limited.
    @Sendable static func publicStatus(req: Request) async throws -> PublicStatusDTO {
        guard let (petition, updated) = try await PublicCitizenController.lookup(req.parameters.get("code") ?? "", on: req) else {
            throw AppError.notFound(L10n.Petitions.donCoMaNay)
        }
        return PublicStatusDTO(
            trackingCode: petition.trackingCode, receivedOn: petition.receivedOn, kinds: petition.kindList.map(\.rawValue),
            status: petition.status.rawValue, statusLabel: petition.status.publicLabel, updatedOn: updated.iso,
            answer: petition.answerPublic ? petition.resolution : nil)
    }
}
