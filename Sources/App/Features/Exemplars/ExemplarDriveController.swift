import DanVanCore
import Fluent
import Vapor
import Views

/// Đợt đăng ký — list, launch, and one drive with the units that have not registered.
enum ExemplarDriveController {
    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.user
        return try await page(req, user: user, values: ("", "", "xa"), error: nil, status: .ok)
    }

    static func canCreate(_ user: User) -> Bool { user.role.canManageUnits }

    static func page(
        _ req: Request, user: User, values: (title: String, deadline: String, targets: String), error: String?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let launched = try await ExemplarDrive.query(on: req.db).join(OrgUnit.self, on: \ExemplarDrive.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), user.scopePath + "%").with(\.$unit).sort(\.$deadline, .descending).limit(100).all()
        let answering = try await ExemplarDriveService.open(for: user.scopePath, on: req.db)
        var seen = Set<Int>()
        let drives = (launched + answering).filter { seen.insert($0.id!).inserted }
        let units = try await OrgUnit.query(on: req.db).filter(\.$id ~~ Set(drives.map { $0.$unit.id })).all()
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        var model = ExemplarDrivesPage.Model()
        model.drives = drives.map {
            (
                $0.title, names[$0.$unit.id] ?? "", CivilDate(iso: $0.deadline)?.vietnamese ?? $0.deadline,
                SiteURL.exemplarDrive(.value($0.id!)).path
            )
        }
        model.canCreate = canCreate(user)
        model.action = SiteURL.exemplarDrives.path
        model.targets = ExemplarDriveService.Targets.allCases.map { ($0.rawValue, $0.label) }
        model.values = values
        model.error = error
        model.listURL = SiteURL.exemplars.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ExemplarDrivesPage(model: model).render(), status: status)
    }

    struct DriveForm: Content {
        var title: String?
        var deadline: String?
        var targets: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require { $0.canManageUnits }
        let form = try req.content.decode(DriveForm.self)
        let values = (form.title ?? "", form.deadline ?? "", form.targets ?? "xa")
        do {
            let deadline = try ExemplarController.date(form.deadline)
            guard let unit = try await OrgUnit.find(user.$unit.id, on: req.db) else { throw AppError.forbidden }
            let drive = try await ExemplarDriveService.create(
                unit: unit, title: form.title ?? "", deadline: deadline,
                targets: ExemplarDriveService.Targets(rawValue: form.targets ?? "") ?? .communes,
                actor: req.actor(user), on: req.db)
            req.flash(.success, L10n.Exemplars.daPhatDongDotDangKy)
            return req.redirect(to: SiteURL.exemplarDrive(.value(drive.id!)).path)
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await page(req, user: user, values: values, error: error.message, status: .unprocessableEntity)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.user
        guard let drive = try await ExemplarDrive.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$unit).first() else {
            throw AppError.notFound(L10n.Exemplars.dotDangKy)
        }
        // The launching unit's tree: those above it and the units it asks.
        guard user.canSee(drive.unit) || user.scopePath.hasPrefix(drive.unit.path) else { throw AppError.outsideScope }
        let deadline = CivilDate(iso: drive.deadline) ?? req.clock.today
        let standings = try await ExemplarDriveService.standings(of: drive, on: req.db)
        var model = ExemplarDrivePage.Model()
        model.title = drive.title
        model.unit = drive.unit.name
        model.deadline = deadline.vietnamese
        model.rows = standings.map { row in
            let first = row.first.flatMap(CivilDate.init(iso:))
            let standing = ExemplarDriveRules.standing(firstRegisteredOn: first, deadline: deadline, today: req.clock.today)
            return (row.name, standing.label, first?.vietnamese ?? "", String(row.count), standing == .missing || standing == .pending)
        }
        model.missingCount = model.rows.filter { $0.4 }.count
        model.registerURL = user.role.canWrite ? SiteURL.exemplarRegister.path + "?dot=\(drive.id!)" : nil
        model.listURL = SiteURL.exemplarDrives.path
        model.layout = req.pageLayout()
        return HTMLResponse.make(ExemplarDrivePage(model: model).render())
    }
}
