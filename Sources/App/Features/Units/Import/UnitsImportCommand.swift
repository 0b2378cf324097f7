import DanVanCore
import Fluent
import Vapor
import Views

/// `danvan units import`: loads the official administrative units and standard agencies.
struct UnitsImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "structure", help: "2025 (two-level, from 01/07/2025; default) or 2024 (three-level)")
        var structure: String?
        @Option(name: "file", help: "CSV with columns code,name,division_type,parent_code,level (default: the shipped list)")
        var file: String?
        @Option(name: "province", help: "Only this province's code, e.g. 46")
        var province: String?
        @Option(name: "under", help: "Code of an existing unit to place the provinces under")
        var under: String?
        @Flag(name: "no-agencies", help: "Do not add the standard agencies under each People's Committee")
        var noAgencies: Bool
    }

    var help: String { L10n.Units.nhapDanhMucDonViHanh }

    func run(using context: CommandContext, signature: Signature) async throws {
        let structure = signature.structure ?? "2025"
        guard ["2024", "2025"].contains(structure) else {
            throw ImportFailure(code: "invalid_structure", message: L10n.Units.structureChiNhan2024Hoac2025)
        }
        let summary = try await UnitsImport.run(
            app: context.application, structure: structure, file: signature.file ?? DataFiles.unitList(structure: structure),
            provinceCode: signature.province, rootCode: signature.under, withAgencies: !signature.noAgencies)
        context.console.print(summary.message)
        for correction in summary.corrections {
            let code = correction.codeChanged ? L10n.Units.maCuMaMoi(correction.oldCode, correction.newCode) : L10n.Units.ma(correction.newCode)
            let name = correction.nameChanged ? L10n.Units.ten(correction.oldName, correction.newName) : correction.newName
            context.console.print("  \(code): \(name)")
        }
        for unit in summary.unmatched {
            context.console.print(L10n.Units.khongKhopGiuNguyenLabel(unit))
        }
        if structure == "2025" {
            let former = try await UnitsImport.loadFormerNames(app: context.application)
            context.console.print(
                L10n.Units.daNapTenCuCuaCac(former.loaded)
                    + (former.missingUnits > 0 ? L10n.Units.donViMoiTrongBangChua(former.missingUnits) : "."))
        }
    }
}

/// The import shared by the command and the demo.
enum UnitsImport {
    /// The whole country's pre-2025 units and their agencies under one root unit "Việt Nam" (code VN), on an empty
    /// database: what the demo and the synthetic national data for benchmarks start from.
    static func loadNationalTree(app: Application) async throws {
        _ = try await UnitService.create(
            .init(code: "VN", name: L10n.Units.vietNam, kind: .other, parentID: nil, activeFrom: nil),
            actor: .commandLine(at: app.clock.now), on: app.db)
        _ = try await run(
            app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"), provinceCode: nil,
            rootCode: "VN", withAgencies: true)
    }

    static func run(app: Application, structure: String, file: String, provinceCode: String?, rootCode: String?, withAgencies: Bool) async throws
        -> UnitImporter.Summary
    {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ImportFailure(code: "file_not_found", message: L10n.Units.khongDocDuocTep(file))
        }
        do {
            let list = try AdministrativeUnitList(csv: data)
            let template = try withAgencies ? AgencyTemplate(csv: FileManager.default.contents(atPath: DataFiles.agencyTemplate) ?? Data()) : nil
            return try await UnitImporter.run(
                list: list, template: template, structure: structure, provinceCode: provinceCode,
                rootCode: rootCode, actor: .commandLine(at: app.clock.now), on: app.db)
        } catch let error as CSVError {
            throw ImportFailure(code: error.code, message: error.message)
        }
    }
}

extension UnitsImport {
    /// The predecessors of the 2025 communes, from the shipped conversion table and 2024 list.
    static func loadFormerNames(app: Application) async throws -> UnitFormerNames.Summary {
        guard let table = FileManager.default.contents(atPath: DataFiles.conversionTable),
            let oldList = FileManager.default.contents(atPath: DataFiles.unitList(structure: "2024"))
        else {
            throw ImportFailure(code: "file_not_found", message: L10n.Units.khongDocDuocBangChuyenDoi(DataFiles.conversionTable))
        }
        do {
            return try await UnitFormerNames.load(
                table: try ConversionTable(csv: table), oldList: try AdministrativeUnitList(csv: oldList), on: app.db)
        } catch let error as CSVError {
            throw ImportFailure(code: error.code, message: error.message)
        }
    }
}

/// A failed import, with nothing written: a stable code and a Vietnamese message.
struct ImportFailure: Error, CustomStringConvertible {
    let code: String
    let message: String
    var description: String { "[\(code)] \(message)" }
}
