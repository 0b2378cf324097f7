import DanVanCore
import Fluent
import Vapor
import Views

/// Đối thoại — the list of dialogues in the user's scope, the form to record one, and one dialogue.
enum DialogueController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        let page = try await query(scopePath: PetitionAccess.scopePath(of: user), page: PageParams(from: req), on: req.db)
        let names = try await PetitionController.names(ofUnits: page.items.map { $0.$unit.id }, on: req.db)
        let codes = try await petitionCodes(page.items.compactMap { $0.$petition.id }, on: req.db)
        var model = DialogueIndexPage.Model()
        model.rows = page.items.map { dialogue in
            var row = DialogueIndexPage.Row()
            row.date = CivilDate(iso: dialogue.heldOn)?.vietnamese ?? dialogue.heldOn
            row.unit = names[dialogue.$unit.id] ?? ""
            row.chairedBy = dialogue.chairedBy
            row.subject = dialogue.subject
            row.petitionCode = dialogue.$petition.id.flatMap { codes[$0] } ?? ""
            row.outcome = dialogue.outcome
            row.url = SiteURL.dialogue(.value(dialogue.id!)).path
            return row
        }
        var query: [String: String] = [:]
        model.pagination = pagination(page.metadata, base: SiteURL.dialogues.path, query: &query)
        model.newURL = user.role.canWrite && PetitionAccess.canIntake(user.role) ? SiteURL.dialogueNew.path : nil
        model.receptionURL = SiteURL.receptions.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(DialogueIndexPage(model: model).render())
    }

    /// Dialogues of units in a subtree, newest first.
    static func query(scopePath: String, page: PageParams, on db: any Database) async throws -> Page<Dialogue> {
        try await Dialogue.query(on: db)
            .join(OrgUnit.self, on: \Dialogue.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), scopePath + "%")
            .sort(\.$heldOn, .descending).sort(\.$id, .descending).paginate(page.fluent)
    }

    static func petitionCodes(_ ids: [Int], on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let petitions = try await Petition.query(on: db).filter(\.$id ~~ Set(ids)).field(\.$id).field(\.$trackingCode).all()
        return Dictionary(uniqueKeysWithValues: petitions.map { ($0.id!, $0.trackingCode) })
    }

    struct DialogueForm: Content {
        var unit_id: Int?
        var held_on: String?
        var chaired_by: String?
        var participants: String?
        var people_count: String?
        var subject: String?
        var petition_code: String?
        var outcome: String?
        var follow_up: String?

        var draft: DialogueService.Draft {
            .init(
                unitID: unit_id, heldOn: held_on ?? "", chairedBy: chaired_by ?? "", participants: participants ?? "",
                peopleCount: Int((people_count ?? "1").trimmingCharacters(in: .whitespaces)) ?? 0, subject: subject ?? "",
                petitionCode: petition_code ?? "", outcome: outcome ?? "", followUp: follow_up ?? "")
        }

        var values: DialogueNewPage.Values {
            var v = DialogueNewPage.Values()
            v.unit = unit_id.map(String.init) ?? ""
            v.heldOn = held_on ?? ""
            v.chairedBy = chaired_by ?? ""
            v.participants = participants ?? ""
            v.peopleCount = people_count ?? "1"
            v.subject = subject ?? ""
            v.petitionCode = petition_code ?? ""
            v.outcome = outcome ?? ""
            v.followUp = follow_up ?? ""
            return v
        }
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let user = try writer(req)
        var values = DialogueNewPage.Values()
        values.heldOn = req.clock.today.vietnamese
        values.unit = String(user.$unit.id)
        values.petitionCode = req.query["don"] ?? ""
        return try await newPage(req, user: user, values: values, status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try writer(req)
        let form = try req.content.decode(DialogueForm.self)
        let (errors, _) = try await DialogueService.problems(form.draft, user: user, today: req.clock.today, on: req.db)
        guard errors.isEmpty else {
            var values = form.values
            values.errors = errors.mapValues { $0.message }
            return try await newPage(req, user: user, values: values, status: .unprocessableEntity)
        }
        let dialogue = try await DialogueService.record(form.draft, user: user, at: req.clock.now, on: req.db)
        req.flash(.success, L10n.Dialogues.daGhiNhanBuoiDoiThoai)
        return req.redirect(to: SiteURL.dialogue(.value(dialogue.id!)).path)
    }

    private static func writer(_ req: Request) throws -> User {
        try req.require { $0.canWrite && PetitionAccess.canIntake($0) }
    }

    private static func newPage(_ req: Request, user: User, values: DialogueNewPage.Values, status: HTTPResponseStatus) async throws -> Response {
        var model = DialogueNewPage.Model()
        model.values = values
        model.units = try await PetitionController.intakeUnits(for: user, on: req.db)
        model.action = SiteURL.dialogues.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(DialogueNewPage(model: model).render(), status: status)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        let (dialogue, unit, petition) = try await find(req, user: user)
        var model = DialogueShowPage.Model()
        model.date = CivilDate(iso: dialogue.heldOn)?.vietnamese ?? dialogue.heldOn
        model.unit = unit.name
        model.chairedBy = dialogue.chairedBy
        model.peopleCount = String(dialogue.peopleCount)
        model.subject = dialogue.subject
        model.outcome = dialogue.outcome
        model.followUp = dialogue.followUp
        model.recordedBy = dialogue.createdBy
        model.participants = seesParticipants(user, petition: petition) ? dialogue.participants : nil
        model.petition = petition.map { (code: $0.trackingCode, url: SiteURL.petition(.value($0.id!)).path, subject: $0.subject) }
        model.listURL = SiteURL.dialogues.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(DialogueShowPage(model: model).render())
    }

    /// Participants' names: the inspectorate and unit officers; for a dialogue about a tố cáo, only who may see the denouncer.
    static func seesParticipants(_ user: User, petition: Petition?) -> Bool {
        if let petition, petition.kindList.contains(.denunciation) { return PetitionAccess.canSeePersonalData(user, petition, unit: petition.unit) }
        return PetitionAccess.canIntake(user.role)
    }

    /// The dialogue, its unit and related petition, or 404 / 403 outside the user's scope; opening one about a tố cáo is audited.
    static func find(_ req: Request, user: User) async throws -> (Dialogue, OrgUnit, Petition?) {
        guard let dialogue = try await Dialogue.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Dialogues.buoiDoiThoai)
        }
        guard PetitionAccess.canSee(user, petitionUnit: dialogue.unit) else { throw AppError.outsideScope }
        let petition = try await dialogue.$petition.id.asyncFlatMap { try await Petition.query(on: req.db).filter(\.$id == $0).with(\.$unit).first() }
        if let petition { try await PetitionController.auditViewIfDenunciation(petition, actor: req.actor(user), on: req.db) }
        return (dialogue, dialogue.unit, petition)
    }
}
