import DanVanCore
import Fluent
import Vapor
import Views

/// `danvan units reorganise --table FILE --effective 01/07/2025 [--agencies FILE] [--dry-run]`: applies the official
/// conversion table (one transaction), or with `--dry-run` shows what it would do and the default agency mapping.
struct UnitsReorganiseCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(
            name: "table",
            help: "The conversion table CSV (old_code,old_district_code,old_province_code,new_code,new_province_code,merge); default: the shipped one"
        )
        var table: String?
        @Option(name: "effective", help: "Effective date, dd/MM/yyyy (e.g. 01/07/2025)")
        var effective: String?
        @Option(name: "list", help: "The new official list CSV (default: the shipped 2025 list)")
        var list: String?
        @Option(name: "agencies", help: "Agency mapping CSV old_code,new_code, reviewed by an administrator")
        var agencies: String?
        @Flag(name: "dry-run", help: "Show what would change and the default agency mapping; change nothing")
        var dryRun: Bool
        @Flag(name: "skip-unknown", help: "Leave aside (and list) rows whose old commune code the database does not hold, instead of refusing")
        var skipUnknown: Bool
        @Flag(name: "keep-unnamed", help: "Leave open (and list) communes the table does not name that still own open work, instead of refusing")
        var keepUnnamed: Bool
        @Flag(name: "timing", help: "Print how long each step of the apply took (for the benchmark)")
        var timing: Bool
    }

    var help: String { L10n.Units.toChucLaiDonViHanhChinhTroGiup }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let text = signature.effective, let effective = CivilDate(vietnamese: text) ?? CivilDate(iso: text) else {
            throw ImportFailure(code: "invalid_effective_date", message: L10n.Units.canEffectiveLaNgayHieuLuc)
        }
        var input = try UnitsReorganise.input(
            table: signature.table ?? DataFiles.conversionTable,
            list: signature.list ?? DataFiles.unitList(structure: "2025"),
            agencies: signature.agencies, effective: effective)
        input.skipUnknownOldCodes = signature.skipUnknown
        input.keepUnnamedWithOpenWork = signature.keepUnnamed
        if signature.timing { input.trace = { line in print(line) } }
        do {
            let applying = ContinuousClock.now
            let (plan, summary) = try await UnitReorganisation.apply(
                input, actor: .commandLine(at: context.application.clock.now),
                dryRun: signature.dryRun, on: context.application.db)
            if signature.timing {
                context.console.print(String(format: "  %7.2f s  ", (ContinuousClock.now - applying).inSeconds) + L10n.Units.tongDenKhiGhiXong)
            }
            if plan.isValid { for line in summary.lines { context.console.print(line) } }
            if summary.searchIndexPending {
                // The reorganisation has committed; the index catches up while search reads the petitions themselves.
                context.console.print(L10n.Units.dangDungLaiChiMucTimKiemDon)
                let started = ContinuousClock.now
                try await PetitionSearchIndex.catchUp(on: context.application.db)
                context.console.print(
                    L10n.Units.daDungLaiChiMucTimKiemDon(
                        String(format: "%.1f", (ContinuousClock.now - started).inSeconds).replacingOccurrences(of: ".", with: ",")))
            }
            if signature.dryRun || input.agencyMapping == nil, !plan.agencyGuesses.isEmpty {
                context.console.print(L10n.Units.anhXaCoQuanMacDinhLabel)
                context.console.print(AgencyMapping.csv(plan.agencyGuesses))
            }
            if !plan.isValid { throw UnitReorganisation.Refused(issues: plan.issues) }
        } catch let refused as UnitReorganisation.Refused {
            throw ImportFailure(
                code: "invalid_reorganisation",
                message: refused.description
                    + (signature.dryRun ? "" : L10n.Units.nchayLaiVoiDryRunDe))
        }
    }
}

enum UnitsReorganise {
    /// Reads the three files; a bad file fails with its line, nothing applied.
    static func input(table: String, list: String, agencies: String?, effective: CivilDate) throws -> UnitReorganisation.Input {
        func read(_ path: String) throws -> Data {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ImportFailure(code: "file_not_found", message: L10n.Units.khongDocDuocTep(path))
            }
            return data
        }
        func parsing<T>(_ path: String, _ make: (Data) throws(CSVError) -> T) throws -> T {
            do { return try make(try read(path)) } catch let error as CSVError {
                throw ImportFailure(code: error.code, message: "\(path): \(error.message)")
            }
        }
        return UnitReorganisation.Input(
            table: try parsing(table) { data throws(CSVError) in try ConversionTable(csv: data) },
            newList: try parsing(list) { data throws(CSVError) in try AdministrativeUnitList(csv: data) },
            agencyMapping: try agencies.map { path in try parsing(path) { data throws(CSVError) in try AgencyMapping(csv: data).rows } },
            effective: effective)
    }
}
