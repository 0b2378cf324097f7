import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/exemplars — the "Dân vận khéo" registry: models of the caller's subtree, their result updates, recognitions
/// and replications. Refusals carry the same stable codes as the pages (`duplicate_registration`, `level_above_recogniser`, …).
enum APIExemplarController {
    struct ExemplarDTO: Content {
        let id: Int
        let unitID: Int
        let unitName: String
        let kind: String
        let field: String
        let subTopic: String
        let name: String
        let problem: String
        let goals: String
        let methods: String
        let place: String
        let forces: String
        let resources: String
        let outputs: String
        let sustainability: String
        /// Null unless the caller's subtree holds the owning unit or the person agreed to be named.
        let personName: String?
        let status: String
        let level: String?
        let year: Int
        let registeredOn: String
        let driveID: Int?
        let isLate: Bool
        let replicatesID: Int?

        init(_ e: Exemplar, unit: OrgUnit, user: User) {
            id = e.id!
            unitID = unit.id!
            unitName = unit.name
            kind = e.kind.rawValue
            field = e.field.rawValue
            subTopic = e.subTopic
            name = e.name
            problem = e.problem
            goals = e.goals
            methods = e.methods
            place = e.place
            forces = e.forces
            resources = e.resources
            outputs = e.outputs
            sustainability = e.sustainability
            personName = e.personName.isEmpty || !ExemplarAccess.seesPerson(user, exemplar: e, unit: unit) ? nil : e.personName
            status = e.status.rawValue
            level = e.level?.rawValue
            year = e.year
            registeredOn = e.registeredOn
            driveID = e.$drive.id
            isLate = e.isLate
            replicatesID = e.$replicates.id
        }
    }

    @Sendable static func index(req: Request) async throws -> APIUnitController.PageDTO<ExemplarDTO> {
        let user = try req.user
        let filter = ExemplarController.filter(from: req, scopePath: user.scopePath)
        var filter2 = filter
        if let text = req.query[String.self, at: "search"] { filter2.text = String(text.prefix(200)) }
        if let field = req.query[String.self, at: "field"].flatMap(ExemplarField.init(rawValue:)) { filter2.field = field }
        if let level = req.query[String.self, at: "level"].flatMap(RecognitionLevel.init(rawValue:)) { filter2.level = level }
        if let status = req.query[String.self, at: "status"].flatMap(ExemplarStatus.init(rawValue:)) { filter2.status = status }
        if let year = req.query[Int.self, at: "year"], (1990...2200).contains(year) { filter2.year = year }
        let page = try await ExemplarQuery.page(filter2, page: PageParams(from: req), on: req.db)
        return .init(
            items: page.items.map { ExemplarDTO($0, unit: $0.unit, user: user) }, page: page.metadata.page, per: page.metadata.per,
            total: page.metadata.total)
    }

    @Sendable static func show(req: Request) async throws -> ExemplarDTO {
        let user = try req.user
        let (exemplar, unit) = try await ExemplarController.find(req)
        return ExemplarDTO(exemplar, unit: unit, user: user)
    }

    struct CreateBody: Content {
        let unitID: Int
        let kind: String
        let field: String
        let subTopic: String?
        let name: String
        let problem: String
        let goals: String
        let methods: String
        let place: String?
        let forces: String?
        let resources: String?
        let outputs: String?
        let sustainability: String?
        let personName: String?
        let personConsent: Bool?
        let driveID: Int?
        let replicatesID: Int?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require { $0.canWrite }
        let body = try req.content.decode(CreateBody.self)
        var draft = ExemplarService.Draft()
        draft.unitID = body.unitID
        draft.kind = body.kind
        draft.field = body.field
        draft.subTopic = body.subTopic ?? ""
        draft.name = body.name
        draft.problem = body.problem
        draft.goals = body.goals
        draft.methods = body.methods
        draft.place = body.place ?? ""
        draft.forces = body.forces ?? ""
        draft.resources = body.resources ?? ""
        draft.outputs = body.outputs ?? ""
        draft.sustainability = body.sustainability ?? ""
        draft.personName = body.personName ?? ""
        draft.personConsent = body.personConsent ?? false
        draft.driveID = body.driveID
        draft.replicatesID = body.replicatesID
        // An API client has no page to show similar names on: only true duplicates are refused.
        draft.confirmedDifferent = true
        let exemplar = try await ExemplarService.register(draft, actor: req.actor(user), user: user, on: req.db)
        guard let unit = try await OrgUnit.find(exemplar.$unit.id, on: req.db) else { throw AppError.notFound(L10n.Exemplars.donVi) }
        return try await ExemplarDTO(exemplar, unit: unit, user: user).encodeResponse(status: .created, for: req)
    }

    struct UpdateDTO: Content {
        let id: Int
        let reportedOn: String
        let households: Int
        let moneyVnd: Int64
        let landM2: Int
        let casesSettled: Int
        let note: String

        init(_ u: ExemplarUpdate) {
            id = u.id!
            reportedOn = u.reportedOn
            households = u.households
            moneyVnd = u.moneyVND
            landM2 = u.landSquareMetres
            casesSettled = u.casesSettled
            note = u.note
        }
    }

    @Sendable static func updates(req: Request) async throws -> APIUnitController.PageDTO<UpdateDTO> {
        _ = try req.user
        let (exemplar, _) = try await ExemplarController.find(req)
        let page = try await ExemplarUpdate.query(on: req.db).filter(\.$exemplar.$id == exemplar.id!).sort(\.$reportedOn, .descending)
            .sort(\.$id, .descending).paginate(PageParams(from: req).fluent)
        return .init(items: page.items.map(UpdateDTO.init), page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    struct UpdateBody: Content {
        let reportedOn: String
        let households: Int?
        let moneyVnd: Int64?
        let landM2: Int?
        let casesSettled: Int?
        let note: String?
    }

    private static func changeable(_ req: Request) async throws -> (User, Exemplar) {
        let user = try req.require { $0.canWrite }
        let (exemplar, unit) = try await ExemplarController.find(req)
        guard ExemplarAccess.canChange(user, unit: unit) else { throw AppError.outsideScope }
        return (user, exemplar)
    }

    @Sendable static func addUpdate(req: Request) async throws -> Response {
        let (user, exemplar) = try await changeable(req)
        let body = try req.content.decode(UpdateBody.self)
        guard let date = CivilDate(iso: body.reportedOn) ?? CivilDate(vietnamese: body.reportedOn) else {
            throw AppError.invalid(L10n.Exemplars.ngayKhongHopLeYyyyMm, code: "invalid_date")
        }
        var figures = ExemplarService.Figures(reportedOn: date)
        figures.households = body.households ?? 0
        figures.moneyVND = body.moneyVnd ?? 0
        figures.landSquareMetres = body.landM2 ?? 0
        figures.casesSettled = body.casesSettled ?? 0
        figures.note = body.note ?? ""
        let update = try await ExemplarService.addUpdate(
            exemplar, figures: figures, file: nil, store: req.application.fileStore,
            actor: req.actor(user), on: req.db)
        return try await UpdateDTO(update).encodeResponse(status: .created, for: req)
    }

    struct RecognitionBody: Content {
        let level: String
        let decisionNumber: String
        let decisionDate: String
    }

    struct RecognitionDTO: Content {
        let id: Int
        let exemplarID: Int
        let level: String
        let unitID: Int
        let decisionNumber: String
        let decisionDate: String
    }

    @Sendable static func recognise(req: Request) async throws -> Response {
        let (user, exemplar) = try await changeable(req)
        let body = try req.content.decode(RecognitionBody.self)
        guard let level = RecognitionLevel(rawValue: body.level) else {
            throw AppError.invalid(L10n.Exemplars.capCongNhanKhongHopLe, code: "invalid_level")
        }
        guard let date = CivilDate(iso: body.decisionDate) ?? CivilDate(vietnamese: body.decisionDate) else {
            throw AppError.invalid(L10n.Exemplars.ngayQuyetDinhKhongHopLe, code: "invalid_date")
        }
        guard let own = try await OrgUnit.find(user.$unit.id, on: req.db) else { throw AppError.forbidden }
        let recognition = try await ExemplarService.recognise(
            exemplar, level: level, by: own, decisionNumber: body.decisionNumber,
            decisionDate: date, actor: req.actor(user), on: req.db)
        return try await RecognitionDTO(
            id: recognition.id!, exemplarID: exemplar.id!, level: level.rawValue, unitID: own.id!,
            decisionNumber: recognition.decisionNumber, decisionDate: recognition.decisionDate
        )
        .encodeResponse(status: .created, for: req)
    }

    /// The recognitions of a model, oldest first.
    @Sendable static func recognitions(req: Request) async throws -> [RecognitionDTO] {
        _ = try req.user
        let (exemplar, _) = try await ExemplarController.find(req)
        return try await ExemplarRecognition.query(on: req.db).filter(\.$exemplar.$id == exemplar.id!).sort(\.$decisionDate).sort(\.$id).all()
            .map {
                RecognitionDTO(
                    id: $0.id!, exemplarID: exemplar.id!, level: $0.level.rawValue, unitID: $0.$unit.id,
                    decisionNumber: $0.decisionNumber, decisionDate: $0.decisionDate)
            }
    }

    struct CommendationBody: Content {
        /// "giay_khen" or "bang_khen".
        let form: String
        let grantedBy: String
        let decisionNumber: String
        let decisionDate: String
    }

    struct CommendationDTO: Content {
        let id: Int
        let exemplarID: Int
        let form: String
        let grantedBy: String
        let decisionNumber: String
        let decisionDate: String

        init(_ c: ExemplarCommendation) {
            id = c.id!
            exemplarID = c.$exemplar.id
            form = c.form.rawValue
            grantedBy = c.grantedBy
            decisionNumber = c.decisionNumber
            decisionDate = c.decisionDate
        }
    }

    /// Khen thưởng: a giấy khen or bằng khen with its decision, for a recognised model (`not_recognised` before).
    @Sendable static func commend(req: Request) async throws -> Response {
        let (user, exemplar) = try await changeable(req)
        let body = try req.content.decode(CommendationBody.self)
        guard let form = CommendationForm(rawValue: body.form) else {
            throw AppError.invalid(L10n.Exemplars.hinhThucKhenThuongKhongHop, code: "invalid_form")
        }
        guard let date = CivilDate(iso: body.decisionDate) ?? CivilDate(vietnamese: body.decisionDate) else {
            throw AppError.invalid(L10n.Exemplars.ngayQuyetDinhKhongHopLe, code: "invalid_date")
        }
        let commendation = try await ExemplarService.commend(
            exemplar, form: form, grantedBy: body.grantedBy, decisionNumber: body.decisionNumber,
            decisionDate: date, actor: req.actor(user), on: req.db)
        return try await CommendationDTO(commendation).encodeResponse(status: .created, for: req)
    }

    /// The commendations of a model, oldest first.
    @Sendable static func commendations(req: Request) async throws -> [CommendationDTO] {
        _ = try req.user
        let (exemplar, _) = try await ExemplarController.find(req)
        return try await ExemplarCommendation.query(on: req.db).filter(\.$exemplar.$id == exemplar.id!).sort(\.$decisionDate).sort(\.$id).all()
            .map(CommendationDTO.init)
    }

    struct StepBody: Content {
        /// "trien_khai" (launch) or "ra_soat" (yearly review, with `outcome`).
        let step: String
        /// "tot", "can_cung_co" or "dung", for a review.
        let outcome: String?
        let date: String
        let note: String?
    }

    /// Triển khai or rà soát, phân loại: the steps without a decision; answers the model as it now stands.
    @Sendable static func step(req: Request) async throws -> ExemplarDTO {
        let (user, exemplar) = try await changeable(req)
        let body = try req.content.decode(StepBody.self)
        let step: ExemplarStep
        switch body.step {
        case "trien_khai": step = .launch
        case "ra_soat":
            guard let outcome = body.outcome.flatMap(ReviewOutcome.init(rawValue:)) else {
                throw AppError.invalid(L10n.Exemplars.ketQuaRaSoatKhongHop, code: "invalid_outcome")
            }
            step = .review(outcome)
        default:
            throw AppError.invalid(L10n.Exemplars.buocKhongHopLeTrienKhai, code: "invalid_step")
        }
        guard let date = CivilDate(iso: body.date) ?? CivilDate(vietnamese: body.date) else {
            throw AppError.invalid(L10n.Exemplars.ngayKhongHopLeYyyyMm, code: "invalid_date")
        }
        let note = body.note ?? ""
        guard note.count <= 5000 else { throw AppError.invalid(L10n.Exemplars.ghiChuToiDa5000, code: "too_long") }
        try await ExemplarService.step(exemplar, step, on: date, note: note, actor: req.actor(user), on: req.db)
        guard let unit = try await OrgUnit.find(exemplar.$unit.id, on: req.db) else { throw AppError.notFound(L10n.Exemplars.donVi) }
        return ExemplarDTO(exemplar, unit: unit, user: user)
    }

    struct ReplicationDTO: Content {
        let id: Int
        let name: String
        let unitID: Int
        let unitName: String
        let replicatesID: Int?
        let registeredOn: String
        let status: String
    }

    /// Where a model has spread: its replications and theirs.
    @Sendable static func replications(req: Request) async throws -> [ReplicationDTO] {
        _ = try req.user
        let (exemplar, _) = try await ExemplarController.find(req)
        return try await ExemplarQuery.spread(of: exemplar, on: req.db).map {
            ReplicationDTO(
                id: $0.id!, name: $0.name, unitID: $0.$unit.id, unitName: $0.$unit.value?.name ?? "", replicatesID: $0.$replicates.id,
                registeredOn: $0.registeredOn, status: $0.status.rawValue)
        }
    }
}
