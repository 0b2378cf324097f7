import DanVanCore
import Fluent
import Vapor
import Views

/// Nhập danh mục đơn vị — administrators load an official CSV list from the web or the API.
enum UnitImportController {
    struct UploadForm: Content {
        var file: File?
        var structure: String?
        var province: String?
        var agencies: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        _ = try req.require(\.canManageUsers)
        return page(req, error: nil, result: nil, status: .ok)
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let admin = try req.require(\.canManageUsers)
        let form = try req.content.decode(UploadForm.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return page(req, error: L10n.Units.vuiLongChonMotTepCsv, result: nil, status: .unprocessableEntity)
        }
        do {
            let summary = try await run(
                Data(buffer: file.data), structure: form.structure, province: form.province,
                withAgencies: form.agencies == "1", admin: admin, actor: req.actor(admin), on: req.db)
            return page(req, error: nil, result: summary.message, status: .ok)
        } catch let error as AppError {
            return page(req, error: error.message, result: nil, status: error.status)
        }
    }

    /// POST /api/v1/units/import?structure=2025&province=46&agencies=true with the CSV as the body.
    @Sendable static func api(req: Request) async throws -> UnitImporter.Summary {
        let admin = try req.require(\.canManageUsers)
        guard let body = req.body.data, body.readableBytes > 0 else { throw AppError.invalid(L10n.Units.thanYeuCauPhaiLaNoi, code: "csv_empty") }
        return try await run(
            Data(buffer: body), structure: req.query["structure"], province: req.query["province"],
            withAgencies: (req.query["agencies"] as Bool?) ?? true, admin: admin, actor: req.actor(admin), on: req.db)
    }

    private static func run(_ data: Data, structure: String?, province: String?, withAgencies: Bool, admin: User, actor: Actor, on db: any Database)
        async throws -> UnitImporter.Summary
    {
        let structure = structure ?? "2025"
        guard ["2024", "2025"].contains(structure) else { throw AppError.invalid(L10n.Units.coCauToChucPhaiLa, code: "invalid_structure") }
        do {
            let list = try AdministrativeUnitList(csv: data)
            let template = withAgencies ? try AgencyTemplate(csv: FileManager.default.contents(atPath: DataFiles.agencyTemplate) ?? Data()) : nil
            // Top-level units of the file go under the administrator's own unit unless the file contains it.
            let rootCode = list.units.contains { $0.code == admin.unit.code } ? nil : admin.unit.code
            let provinceCode = province.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
            return try await UnitImporter.run(
                list: list, template: template, structure: structure, provinceCode: provinceCode,
                rootCode: rootCode, actor: actor, on: db)
        } catch let error as CSVError {
            throw AppError.invalid(error.message, code: error.code)
        }
    }

    private static func page(_ req: Request, error: String?, result: String?, status: HTTPResponseStatus) -> Response {
        var model = UnitImportPage.Model()
        model.error = error
        model.result = result
        model.layout = req.pageLayout()
        return HTMLResponse.make(UnitImportPage(model: model).render(), status: status)
    }
}
