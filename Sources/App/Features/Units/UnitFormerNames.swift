import DanVanCore
import Fluent
import Vapor

/// Loads the predecessors of the 2025 communes from the official conversion table, with the old communes' names
/// from the 2024 list, replacing what was loaded before: one delete, inserts of 500 rows.
enum UnitFormerNames {
    struct Summary: Sendable, Equatable {
        var loaded = 0
        /// New codes of the table with no 2025 commune in the database (another province, or not imported).
        var missingUnits = 0
    }

    static func load(table: ConversionTable, oldList: AdministrativeUnitList, on database: any Database) async throws -> Summary {
        let old = Dictionary(oldList.units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return try await database.transaction { db in
            // 2025 communes sit right under a province; a 2024 commune with the same code sits under a district.
            let provinces = Set(try await OrgUnit.query(on: db).filter(\.$kind == .province).all(\.$id))
            let communes = try await OrgUnit.query(on: db).filter(\.$kind == .commune).all()
            let unitOf = Dictionary(
                communes.filter { $0.$parent.id.map(provinces.contains) ?? false }.map { ($0.code, $0.id!) },
                uniquingKeysWith: { first, _ in first })
            var summary = Summary()
            var rows: [UnitFormerName] = []
            var missing = Set<String>()
            for pair in table.pairs {
                guard let unitID = unitOf[pair.newCode] else {
                    missing.insert(pair.newCode)
                    continue
                }
                let commune = old[pair.oldCode]
                let place = [old[pair.oldDistrictCode]?.name, old[pair.oldProvinceCode]?.name].compactMap { $0 }.joined(separator: ", ")
                rows.append(UnitFormerName(unitID: unitID, code: pair.oldCode, name: commune?.name ?? "", place: place, whole: pair.whole))
            }
            try await UnitFormerName.query(on: db).delete()
            for chunk in rows.chunked(500) { try await chunk.create(on: db) }
            summary.loaded = rows.count
            summary.missingUnits = missing.count
            return summary
        }
    }
}
