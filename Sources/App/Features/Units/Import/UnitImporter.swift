import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Loads the official administrative units and the standard agencies under each People's Committee,
/// in one transaction, with set-based inserts generation by generation (parents before children).
enum UnitImporter {
    struct Summary: Content, Equatable {
        var created = 0
        var renamed = 0
        /// Units whose code was corrected to the list's (same row, new code).
        var recoded = 0
        var unchanged = 0
        /// Every code or name corrected, old → new.
        var corrections: [UnitListMatching.Correction] = []
        /// Units held under a unit of the list that match none of its units: left as they were ("code name").
        var unmatched: [String] = []

        /// What the import did, in one sentence.
        var message: String {
            var text = L10n.Units.daNhapDonViMoiSua(created, recoded, renamed, unchanged)
            if !unmatched.isEmpty { text += L10n.Units.donViKhongKhopVoiDanh(unmatched.count) }
            return text
        }
    }

    /// A unit to make sure exists.
    private struct Row {
        let code: String
        let name: String
        let kind: UnitKind
        let parentCode: String?
        let generation: Int
    }

    static func run(
        list: AdministrativeUnitList, template: AgencyTemplate?, structure: String, provinceCode: String?,
        rootCode: String? = nil, actor: Actor, on database: any Database
    ) async throws -> Summary {
        var planned = try plannedRows(list: list, template: template, structure: structure, provinceCode: provinceCode)
        if let rootCode {
            guard let root = try await OrgUnit.query(on: database).filter(\.$code == rootCode).first() else {
                throw AppError.invalid(L10n.Units.khongCoDonViMaDe(rootCode), code: "invalid_parent")
            }
            planned = planned.map { row in
                Row(
                    code: row.code, name: row.name, kind: row.kind, parentCode: row.parentCode ?? root.code,
                    generation: row.generation + root.depth + 1)
            }
        }
        let rows = planned
        let plannedCodes = Set(rows.map(\.code))
        let listed = list.units.filter { plannedCodes.contains($0.code) }
        let today = actor.today.iso
        return try await database.transaction { db in
            var summary = Summary()
            let correction = try await UnitCodeCorrection.apply(list: listed, rootCode: rootCode, actor: actor, on: db)
            summary.corrections = correction.corrections
            summary.recoded = correction.corrections.filter(\.codeChanged).count
            summary.renamed = correction.corrections.filter(\.nameChanged).count
            summary.unmatched = correction.unmatched.map { "\($0.code) \($0.name)" }
            let corrected = Set(correction.corrections.map(\.newCode))
            var known = try await existingUnits(on: db)
            var renames: [(OrgUnit, String)] = []
            for generation in (rows.map(\.generation).min() ?? 0)...(rows.map(\.generation).max() ?? 0) {
                var fresh: [OrgUnit] = []
                for row in rows where row.generation == generation {
                    if let existing = known[row.code] {
                        if existing.name != VietnameseText.nfc(row.name) {
                            renames.append((existing, row.name))
                        } else if !corrected.contains(row.code) {
                            summary.unchanged += 1
                        }
                        continue
                    }
                    let parentID = row.parentCode.flatMap { known[$0]?.id }
                    let unit = OrgUnit(code: row.code, name: row.name, kind: row.kind, parentID: parentID, activeFrom: today)
                    unit.depth = generation
                    fresh.append(unit)
                }
                for chunk in stride(from: 0, to: fresh.count, by: 500) {
                    try await fresh[chunk..<min(chunk + 500, fresh.count)].create(on: db)
                }
                summary.created += fresh.count
                try await fillPaths(on: db)
                if !fresh.isEmpty { known = try await existingUnits(on: db) }
            }
            for (unit, name) in renames {
                try await UnitService.rename(unit, to: name, effectiveOn: actor.today, actor: actor, on: db)
                summary.renamed += 1
            }
            try await Audit.record(
                on: db, actor: actor, entity: "unit_import", id: provinceCode, action: "import_\(structure)",
                before: Summary?.none, after: summary)
            return summary
        }
    }

    /// Administrative units (optionally one province's) and their agencies, each with its generation in the tree.
    private static func plannedRows(list: AdministrativeUnitList, template: AgencyTemplate?, structure: String, provinceCode: String?) throws -> [Row]
    {
        var byCode: [String: AdministrativeUnit] = [:]
        for unit in list.units { byCode[unit.code] = unit }
        func province(of unit: AdministrativeUnit) -> String {
            var current = unit
            while let parent = current.parentCode.flatMap({ byCode[$0] }) { current = parent }
            return current.code
        }
        if let provinceCode, byCode[provinceCode]?.level != .province {
            throw AppError.invalid(L10n.Units.khongCoTinhThanhPhoMa(provinceCode), code: "unknown_province")
        }
        var rows: [Row] = []
        var generationOf: [String: Int] = [:]
        for unit in list.units where provinceCode == nil || province(of: unit) == provinceCode {
            let generation = unit.parentCode.flatMap { generationOf[$0] }.map { $0 + 1 } ?? 0
            generationOf[unit.code] = generation
            let kind: UnitKind =
                switch unit.level {
                case .province: .province
                case .district: .district
                case .commune: .commune
                }
            rows.append(Row(code: unit.code, name: unit.name, kind: kind, parentCode: unit.parentCode, generation: generation))
            for agency in template?.agencies(under: unit, structure: structure) ?? [] {
                rows.append(
                    Row(
                        code: agency.code, name: agency.name, kind: UnitKind(rawValue: agency.kind) ?? .other,
                        parentCode: unit.code, generation: generation + 1))
            }
        }
        return rows
    }

    private static func existingUnits(on db: any Database) async throws -> [String: OrgUnit] {
        let units = try await OrgUnit.query(on: db).all()
        return Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Gives every freshly inserted unit (path "/") its materialized path from its parent's, in two statements.
    private static func fillPaths(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.raw("UPDATE units SET path = '/' || id || '/' WHERE path = '/' AND parent_id IS NULL").run()
        try await sql.raw(
            """
            UPDATE units SET path = (SELECT p.path FROM units p WHERE p.id = units.parent_id) || id || '/'
            WHERE path = '/' AND parent_id IS NOT NULL
            """
        ).run()
    }
}
